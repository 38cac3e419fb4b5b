import {
  type DomainEvent,
  type EventEnvelope,
  type EventStore,
  InMemoryEventStore,
  type RecordedEvent,
  type SubscribeOptions,
} from '@khai/event-sourcing';
import {
  type DocumentData,
  type DocumentProjection,
  InMemoryReadModelStore,
  type ProjectionTx,
  type ReadModelOp,
  ReadModelRunner,
  type ReadModelStore,
  type StoredDocument,
} from '@khai/read-models';

import { analyticsProjections } from '../analytics-projections';

/** The test's events as the log holds them, each in its own stream. */
export function envelopeOf(event: DomainEvent, n: number): EventEnvelope {
  const eventId = `00000000-0000-8000-8000-${String(n).padStart(12, '0')}`;
  return {
    type: event.type,
    data: event.data,
    metadata: {
      eventId,
      schemaVersion: 1,
      occurredAt: '2026-11-24T01:00:00.000Z',
      actor: 'test',
      correlationId: eventId,
      causationId: null,
      idempotencyKey: null,
    },
  };
}

export async function appendAll(events: EventStore, log: readonly DomainEvent[], offset = 0): Promise<void> {
  for (const [i, event] of log.entries())
    await events.append(`t-${offset + i}`, [envelopeOf(event, offset + i)], 'any');
}

export interface Projected {
  readonly events: InMemoryEventStore;
  readonly store: InMemoryReadModelStore;
  readonly runner: ReadModelRunner;
}

/** The log rebuilt into a fresh in-memory read model by every analytics projection (or the ones given). */
export async function projectLog(
  log: readonly DomainEvent[],
  projections: readonly DocumentProjection[] = analyticsProjections(),
): Promise<Projected> {
  const events = new InMemoryEventStore();
  await appendAll(events, log);
  const store = new InMemoryReadModelStore();
  const runner = new ReadModelRunner(events, store, projections, { batchEvents: 100_000 });
  for (const p of projections) await runner.rebuild(p.name);
  return { events, store, runner };
}

export type Dump = Record<string, StoredDocument[]>;

/** Every document of the projections, sorted by id: what two runs are compared by. */
export async function dump(store: ReadModelStore, projections: readonly DocumentProjection[]): Promise<Dump> {
  const result: Dump = {};
  for (const p of projections) for (const c of p.collections) result[c] = await store.find(c);
  return result;
}

/** Resolves once every projection is live at the head, or rejects when one has failed. */
export async function settled(runner: ReadModelRunner, events: EventStore, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const head = await events.headPosition();
  for (;;) {
    const statuses = await runner.status();
    const failed = statuses.find((s) => s.failed !== null);
    if (failed) throw new Error(`${failed.name} failed: ${failed.failed}`);
    if (statuses.every((s) => s.position >= head && s.live)) return;
    if (Date.now() > deadline) throw new Error(`not settled: ${JSON.stringify(statuses)}`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/** Subscriptions polling every 2 ms, so a live runner in a test catches up at once. */
export function fastPolling(events: EventStore): EventStore {
  return {
    append: (stream, envelopes, expected) => events.append(stream, envelopes, expected),
    readStream: (stream, options) => events.readStream(stream, options),
    readAll: (options) => events.readAll(options),
    // pollMs is the in-process adapters' own option, not part of the port.
    subscribeToAll: (handler, options) => events.subscribeToAll(handler, { ...options, pollMs: 2 } as SubscribeOptions),
    headPosition: () => events.headPosition(),
    close: () => events.close(),
  };
}

/** Appends the log in chunks cut at `cuts`, a live runner of `batchEvents` catching up after each. */
export async function incremental(
  log: readonly DomainEvent[],
  cuts: readonly number[],
  batchEvents: number,
  projections: readonly DocumentProjection[] = analyticsProjections(),
): Promise<Dump> {
  const events = fastPolling(new InMemoryEventStore());
  const store = new InMemoryReadModelStore();
  const runner = new ReadModelRunner(events, store, projections, { batchEvents, maxDelayMs: 0 });
  await runner.start();
  let from = 0;
  for (const to of [...cuts.map((c) => c % (log.length + 1)).sort((a, b) => a - b), log.length]) {
    await appendAll(events, log.slice(from, Math.max(from, to)), from);
    from = Math.max(from, to);
    await settled(runner, events);
  }
  await runner.stop();
  return dump(store, projections);
}

/**
 * A projection batch as the runner makes one (its rule copied from
 * libs/read-models: a write to a document already at or after the event's
 * position is dropped), to apply events again on top of a read model.
 */
class ReplayTx implements ProjectionTx {
  private readonly versions = new Map<string, { position: number; doc: StoredDocument | undefined }>();
  private readonly changed = new Set<string>();
  position = 0;

  constructor(private readonly store: ReadModelStore) {}

  async get<T extends DocumentData>(collection: string, id: string): Promise<StoredDocument<T> | undefined> {
    const key = `${collection}\u0000${id}`;
    let version = this.versions.get(key);
    if (!version) {
      const doc = await this.store.get(collection, id);
      version = { position: doc?._position ?? -1, doc };
      this.versions.set(key, version);
    }
    return version.doc as StoredDocument<T> | undefined;
  }

  put(collection: string, id: string, doc: DocumentData): void {
    this.write(collection, id, { ...structuredClone(doc), _id: id, _position: this.position });
  }

  delete(collection: string, id: string): void {
    this.write(collection, id, undefined);
  }

  ops(): ReadModelOp[] {
    return [...this.changed].map((key) => {
      const [collection, id] = key.split('\u0000') as [string, string];
      const { position, doc } = this.versions.get(key) as { position: number; doc: StoredDocument | undefined };
      if (doc === undefined) return { kind: 'delete', collection, id, position };
      const { _id, _position, ...data } = doc;
      return { kind: 'put', collection, id, position, doc: data };
    });
  }

  private write(collection: string, id: string, doc: StoredDocument | undefined): void {
    const key = `${collection}\u0000${id}`;
    const known = this.versions.get(key);
    if (known && known.position >= this.position) return;
    this.versions.set(key, { position: this.position, doc });
    this.changed.add(key);
  }
}

/**
 * Applies `events` again, as one batch, and writes the changes it makes to a
 * copy of the read model whose checkpoint is 0: only the documents' positions
 * can then keep a replay from counting twice.
 */
export async function applyAgain(
  store: ReadModelStore,
  projection: DocumentProjection,
  events: readonly RecordedEvent[],
): Promise<Dump> {
  const copy = new InMemoryReadModelStore();
  const docs = await dump(store, [projection]);
  await copy.load(
    projection.name,
    projection.collections,
    0,
    Object.entries(docs).flatMap(([collection, list]) =>
      list.map(({ _id, _position, ...doc }) => ({ collection, id: _id, position: _position, doc })),
    ),
  );
  const tx = new ReplayTx(copy);
  for (const event of events) {
    if (!projection.handles.has(event.type)) continue;
    tx.position = event.position;
    await projection.apply(event, tx);
  }
  await copy.write(projection.name, 0, tx.ops());
  return dump(copy, [projection]);
}
