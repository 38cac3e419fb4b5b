import {
  type EventStore,
  InvariantViolated,
  KhaiError,
  type RecordedEvent,
  type Subscription,
} from '@khai/event-sourcing';

import { InMemoryReadModelStore } from '../adapters/in-memory.read-model-store';
import type { DocumentProjection } from '../document-projection';
import type { LoadedDocument, ReadModelStore } from '../read-model-store.port';
import { ProjectionBatch } from './batch';

/** A read-your-writes wait ran out: the read models are still behind the asked position. */
export class ReadModelsBehind extends KhaiError {
  // The same code as the in-memory projections' 503, so clients see one error whichever read side answers.
  readonly code = 'projections_behind';
  readonly status = 503;
  readonly title = 'The read models have not caught up yet';
}

export interface ReadModelRunnerOptions {
  /** Events per batch (handled or not): one store write each. Default 5,000. */
  readonly batchEvents?: number;
  /** A batch not full yet is written this long after its first event. Default 20 ms. */
  readonly maxDelayMs?: number;
  /** Page size when reading the log. Default 1,000. */
  readonly pageSize?: number;
}

export interface ReadModelStatus {
  readonly name: string;
  /** Last log position written with the projection's checkpoint. */
  readonly position: number;
  readonly head: number;
  /** Events in the log not yet applied. */
  readonly lag: number;
  /** Caught up with the log and following it. */
  readonly live: boolean;
  readonly rebuilding: boolean;
  readonly failed: string | null;
  /** Events applied (handled or passed over) since this process started. */
  readonly eventsProcessed: number;
}

export interface RebuildProgress {
  readonly name: string;
  readonly position: number;
  /** The log's head when the rebuild started: done when `position` reaches it. */
  readonly head: number;
}

export interface RebuildOptions {
  readonly onProgress?: (progress: RebuildProgress) => void;
  /** Replay into memory, then load the result: the default for every store but memory. */
  readonly staged?: boolean;
}

export interface RebuildResult {
  readonly name: string;
  readonly position: number;
  readonly events: number;
  readonly ms: number;
}

interface Lane {
  readonly projection: DocumentProjection;
  position: number;
  /** Last event handed to the lane (buffered or written). */
  seen: number;
  buffer: RecordedEvent[];
  /** Takes part in the pass over the log (prepared and started, or being rebuilt). */
  following: boolean;
  flushing: Promise<void>;
  storeIsEmpty: boolean;
  rebuilding: boolean;
  failed: string | null;
  processed: number;
  onFlushed: ((position: number) => void) | undefined;
  onFailed: ((error: unknown) => void) | undefined;
}

/**
 * Keeps document projections current in one pass over the log: one catch-up
 * subscription, from the checkpoint of the projection furthest behind, hands
 * each event to every projection that has not applied it yet (each keeps its
 * own checkpoint, so one behind the others catches up in the same pass), in
 * batches of `batchEvents` (or what arrived within `maxDelayMs`); each batch is
 * one `write` per projection of its documents and checkpoint. One pass reads
 * and decodes the log once, where a subscription per projection did it once
 * for each. Usable without Nest (`start`, `rebuild`, `stop`); `ReadModelsModule` wraps it.
 */
export class ReadModelRunner {
  private readonly lanes = new Map<string, Lane>();
  private readonly batchEvents: number;
  private readonly maxDelayMs: number;
  private readonly pageSize: number;
  private started = false;
  private pass: Subscription | undefined;
  /** The lanes the pass feeds, as an array for the hot path. */
  private fed: Lane[] = [];
  /** Last position the pass handed out, and that position at the last flush. */
  private seen = 0;
  private flushedAt = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly events: EventStore,
    readonly store: ReadModelStore,
    readonly projections: readonly DocumentProjection[],
    private readonly options: ReadModelRunnerOptions = {},
  ) {
    this.batchEvents = options.batchEvents ?? 5000;
    this.maxDelayMs = options.maxDelayMs ?? 20;
    this.pageSize = options.pageSize ?? 1000;
    for (const projection of projections) {
      if (this.lanes.has(projection.name)) throw new Error(`two projections are named ${projection.name}`);
      this.lanes.set(projection.name, newLane(projection));
    }
  }

  /**
   * Creates the indexes, then follows the log from each checkpoint (in the
   * background). A projection whose store cannot be prepared (the server is
   * down, a journal cannot be replayed) is marked failed; the others start.
   */
  async start(): Promise<void> {
    this.started = true;
    for (const lane of this.lanes.values()) {
      try {
        for (const [collection, specs] of Object.entries(lane.projection.indexes ?? {})) {
          await this.store.ensureIndexes(collection, specs);
        }
        lane.position = await this.store.checkpoint(lane.projection.name);
        lane.seen = lane.position;
      } catch (error) {
        lane.failed = `could not start: ${error instanceof Error ? error.message : String(error)}`;
        continue;
      }
      lane.following = true;
    }
    await this.restartPass();
  }

  async stop(): Promise<void> {
    this.started = false;
    await this.haltPass();
  }

  async status(): Promise<ReadModelStatus[]> {
    const head = await this.events.headPosition();
    const passIsLive = this.pass?.isLive() ?? false;
    return [...this.lanes.values()].map((lane) => ({
      name: lane.projection.name,
      position: lane.position,
      head,
      lag: Math.max(0, head - lane.position),
      live: lane.following && passIsLive && lane.buffer.length === 0 && lane.seen === lane.position,
      rebuilding: lane.rebuilding,
      failed: lane.failed,
      eventsProcessed: lane.processed,
    }));
  }

  /** Resolves once every read model is live or has failed (a start's catch-up is over), looking every `pollMs`. */
  async caughtUp(pollMs = 10): Promise<void> {
    while (this.started && !(await this.status()).every((s) => s.live || s.failed !== null)) {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  /**
   * Resolves once every projection has applied the log up to `position` (read your writes). A position past the
   * log's head is no write's (writes are answered once their position is readable): refused at once, 422.
   */
  async waitFor(position: number, timeoutMs = 5000): Promise<void> {
    const behind = () => [...this.lanes.values()].some((lane) => lane.position < position);
    if (!behind()) return;
    const head = await this.events.headPosition();
    if (position > head) {
      const message = `no write has position ${position}: the log ends at ${head}`;
      throw new InvariantViolated('position_not_written', message, { position, head });
    }
    const deadline = Date.now() + timeoutMs;
    while (behind()) {
      if (Date.now() > deadline) {
        throw new ReadModelsBehind(`read models did not reach position ${position} in ${timeoutMs} ms`, { position });
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }

  /**
   * Empties the projection's collections and replays the log from 0 up to the
   * head as it is now; then, if the runner was started, follows the log again.
   *
   * Staged (the default for any store but memory): the replay runs into
   * memory and the result is loaded into the store in one pass, so each
   * document is written once — a store where updates cost much more than
   * inserts (FerretDB) rebuilds at insert speed. It needs the read model to
   * fit in memory, as the embedded default does anyway.
   */
  async rebuild(name: string, options: RebuildOptions = {}): Promise<RebuildResult> {
    const lane = this.lanes.get(name);
    if (!lane) throw new Error(`no projection named ${name}`);
    const started = Date.now();
    await this.haltPass();
    lane.rebuilding = true;
    try {
      if (options.staged ?? this.store.kind !== 'memory') await this.rebuildStaged(lane, options.onProgress);
      else await this.replayFromZero(lane, options.onProgress);
      return { name, position: lane.position, events: lane.position, ms: Date.now() - started };
    } catch (error) {
      lane.failed ??= `rebuild failed: ${error instanceof Error ? error.message : String(error)}`;
      throw error;
    } finally {
      lane.onFlushed = undefined;
      lane.onFailed = undefined;
      lane.rebuilding = false;
      lane.following = this.started && !lane.failed;
      if (this.started) await this.restartPass();
      else await this.haltPass();
    }
  }

  private async rebuildStaged(lane: Lane, onProgress: RebuildOptions['onProgress']): Promise<void> {
    const { name, collections } = lane.projection;
    const memory = new InMemoryReadModelStore();
    const staging = new ReadModelRunner(this.events, memory, [lane.projection], this.options);
    const { position } = await staging.rebuild(name, { staged: false, ...(onProgress ? { onProgress } : {}) });
    const docs: LoadedDocument[] = [];
    for (const collection of collections) {
      for (const { _id, _position, ...doc } of await memory.find(collection)) {
        docs.push({ collection, id: _id, position: _position, doc });
      }
    }
    await this.store.load(name, collections, position, docs);
    lane.position = position;
    lane.seen = position;
    lane.failed = null;
    lane.processed += position;
  }

  private async replayFromZero(lane: Lane, onProgress: RebuildOptions['onProgress']): Promise<void> {
    const name = lane.projection.name;
    await this.store.reset(name, lane.projection.collections);
    lane.position = 0;
    lane.seen = 0;
    lane.failed = null;
    lane.storeIsEmpty = true;
    const head = await this.events.headPosition();
    onProgress?.({ name, position: 0, head });
    await new Promise<void>((resolve, reject) => {
      lane.onFlushed = (position) => {
        onProgress?.({ name, position: Math.min(position, head), head });
        if (position >= head) resolve();
      };
      lane.onFailed = reject;
      lane.following = true;
      this.restartPass().catch(reject);
      if (head === 0) resolve();
    });
  }

  /** Stops the pass (writing what it handed out), then starts one from the checkpoint furthest behind. */
  private async restartPass(): Promise<void> {
    await this.haltPass();
    this.fed = [...this.lanes.values()].filter((lane) => lane.following && !lane.failed);
    if (this.fed.length === 0) return;
    const after = Math.min(...this.fed.map((lane) => lane.position));
    this.seen = after;
    this.flushedAt = after;
    const fed = this.fed;
    // Only the types some projection handles: the store passes over the others without decoding them (half of a
    // generated log, packing mostly, is events no read model looks at), and tells how far it read (`passedOver`).
    const eventTypes = new Set(fed.flatMap((lane) => [...lane.projection.handles]));
    const pass = this.events.subscribeToAll((event) => this.receive(event), {
      after,
      batchSize: this.pageSize,
      eventTypes,
      onCheckpoint: (position) => this.passedOver(position),
    });
    this.pass = pass;
    pass.done.catch((error: unknown) => {
      for (const lane of fed) {
        lane.failed ??= error instanceof Error ? error.message : String(error);
        lane.onFailed?.(error);
      }
    });
  }

  private async haltPass(): Promise<void> {
    const pass = this.pass;
    this.pass = undefined;
    await pass?.stop();
    await this.flushAll();
  }

  private receive(event: RecordedEvent): Promise<void> | void {
    const position = event.position;
    const type = event.type;
    for (const lane of this.fed) {
      if (position <= lane.seen || lane.failed) continue;
      lane.seen = position;
      if (lane.projection.handles.has(type)) lane.buffer.push(event);
    }
    return this.reached(position);
  }

  /** The pass has read the log up to `position`, and handed out every event up to it that a projection handles. */
  private passedOver(position: number): Promise<void> | void {
    for (const lane of this.fed) if (position > lane.seen && !lane.failed) lane.seen = position;
    return this.reached(position);
  }

  private reached(position: number): Promise<void> | void {
    this.seen = position;
    if (position - this.flushedAt >= this.batchEvents) return this.flushAll();
    this.timer ??= setTimeout(() => void this.flushAll(), this.maxDelayMs);
  }

  /** Writes what every lane has received; a lane that cannot write is marked failed, and the others go on. */
  private async flushAll(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.flushedAt = this.seen;
    await Promise.all([...this.lanes.values()].map((lane) => this.flush(lane).catch(() => undefined)));
  }

  /** Writes what the lane has received; flushes run one at a time, in order. */
  private flush(lane: Lane): Promise<void> {
    const run = lane.flushing.then(() => this.flushNow(lane));
    lane.flushing = run.catch(() => undefined);
    return run;
  }

  private async flushNow(lane: Lane): Promise<void> {
    if (lane.failed || lane.seen <= lane.position) return;
    const events = lane.buffer;
    const upTo = lane.seen;
    lane.buffer = [];
    try {
      const batch = new ProjectionBatch(this.store, lane.projection, lane.storeIsEmpty);
      await batch.applyAll(events);
      await this.store.write(lane.projection.name, upTo, batch.ops());
    } catch (error) {
      lane.failed = `stopped after position ${lane.position}: ${error instanceof Error ? error.message : String(error)}`;
      lane.onFailed?.(error);
      throw error;
    }
    lane.processed += upTo - lane.position;
    lane.position = upTo;
    lane.storeIsEmpty = false;
    lane.onFlushed?.(upTo);
  }
}

function newLane(projection: DocumentProjection): Lane {
  return {
    projection,
    position: 0,
    seen: 0,
    buffer: [],
    following: false,
    flushing: Promise.resolve(),
    storeIsEmpty: false,
    rebuilding: false,
    failed: null,
    processed: 0,
    onFlushed: undefined,
    onFailed: undefined,
  };
}
