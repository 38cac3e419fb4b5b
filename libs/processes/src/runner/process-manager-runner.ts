import {
  CHECKPOINT_STORE,
  type CheckpointStore,
  EVENT_STORE,
  type EventStore,
  type GatedStart,
  type RecordedEvent,
  StartupGate,
  type Subscription,
  takeTurn,
} from '@khai/event-sourcing';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  Optional,
} from '@nestjs/common';

import { type Handling, idempotencyKeyFor, processActor, type ProcessManager } from './process-manager';
import { SentCommands } from './sent-commands';

export const PROCESS_MANAGERS = Symbol('ProcessManagers');

export interface ProcessStatus {
  readonly name: string;
  readonly checkpoint: number;
  readonly head: number;
  readonly lag: number;
  readonly failed: string | null;
}

/**
 * Events a process manager's checkpoint may move past its last save before it is saved again. A restart repeats at
 * most these (their commands found written by their keys); each save is a sync of the checkpoint file, and saved
 * every 500 events they were an eighth of a catch-up's main thread (docs/benchmarks.md).
 */
const SAVE_EVERY = 5_000;
/** Checkpoints not saved by SAVE_EVERY are saved this long after the last event. */
const SAVE_AFTER_MS = 20;
/**
 * Handlings started and not finished, across the process managers, at most: the pass over the log waits while
 * there are this many. About two of the store's groups (SqliteEventStore's `maxGroupSize`, 512).
 */
const WINDOW = 1_024;

/**
 * Runs every process manager on one catch-up subscription of the log, from the
 * earliest of their persisted checkpoints: each event is read once and handed to
 * each process manager that handles it and has not passed it (each keeps its own
 * checkpoint). Four subscriptions read a backlog four times; one pass reads it once,
 * and asks only for the types they handle (`SubscribeOptions.eventTypes`).
 *
 * A backlog's commands go to the store in batches. The pass does not wait for an
 * event's handling before it reads on: each process manager's events are put in
 * lanes by their key (`ProcessManager.keyOf`, e.g. the member whose account the
 * command enters), each lane handled in log order, the lanes at the same time, up to
 * `WINDOW` handlings in flight. Their appends thus reach the store together, and the
 * SQLite store commits what reached it in one turn of the event loop as one
 * transaction (its group commit). That rather than an explicit batch append: the
 * commands stay the use cases' own (each decided on its stream, refused on its own,
 * its conflicts retried on its own), the KurrentDB adapter behind the same port
 * just takes them one append each, and HTTP or Kafka commands arriving meanwhile
 * join the same groups. Commands are answered once committed, before their sync
 * (`EventStore.answeringBeforeSync`), and the checkpoints are saved together
 * (`CheckpointStore.saveAll`, one sync) every `SAVE_EVERY` events or
 * `SAVE_AFTER_MS` after the last, once the store has synced what was committed: one
 * sync of the log per group and of the checkpoints per save, not per command.
 *
 * A backlog the process managers handled before (a checkpoint lost or reset, a backup
 * restored, generated years) holds their commands already: the log is scanned for
 * their keys a little ahead of the pass (`SentCommands`), and a handling asks
 * `Handling.sent(step)` to pass over a command found rather than send it to be
 * answered as a repeat.
 *
 * A process manager's checkpoint is the event before the first of its handlings not
 * finished (or the last event it was handed, when none is in flight): a restart
 * repeats at most the events since the last save, which the commands' idempotency
 * keys make harmless. A handler that throws stops its process manager (the others
 * go on): its checkpoint stays before that event, its handlings not yet started are
 * not started (those of other keys already under way finish, and are repeated by
 * the next start), the error shows in `status`, and the event is tried again on the
 * next start.
 */
@Injectable()
export class ProcessManagerRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ProcessManagerRunner.name);
  private readonly running = new Map<string, Run>();
  private readonly failures = new Map<string, string>();
  private subscription: Subscription | undefined;
  /** Its start, behind the start-up gate. */
  private started: GatedStart | undefined;
  /** The commands of the backlog found sent already, scanned ahead of the pass. */
  private sent: SentCommands | undefined;
  /** Handlings started and not finished, all process managers together. */
  private inFlight = 0;
  /** Wakes the pass once the window has room again. */
  private room: (() => void) | undefined;
  /** The save of checkpoints under way, and whether another is wanted after it. */
  private saving: Promise<void> | undefined;
  private saveAgain = false;
  private timer: NodeJS.Timeout | undefined;
  /** An event came since the timer was set: it waits another SAVE_AFTER_MS. */
  private touched = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    @Inject(PROCESS_MANAGERS) private readonly managers: readonly ProcessManager[],
    @Optional() @Inject(StartupGate) private readonly gate: StartupGate = new StartupGate(),
  ) {}

  /** Starts at once, or in the background once what holds the start-up gate (the read models' start) is done. */
  async onApplicationBootstrap(): Promise<void> {
    const failed = (error: unknown) => this.logger.error(`process managers did not start: ${String(error)}`);
    this.started = this.gate.start(() => this.start(), failed);
    await this.started.begun;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.started?.callOff();
    await this.subscription?.stop();
    clearTimeout(this.timer);
    this.timer = undefined;
    // Lanes are replaced as handlings are added; none is added once the pass has stopped.
    for (;;) {
      const lanes = [...this.running.values()].flatMap((run) => [...run.lanes.values()]);
      if (lanes.length === 0) break;
      await Promise.all(lanes);
    }
    while (this.saving) await this.saving;
    await this.saveCheckpoints();
  }

  async status(): Promise<ProcessStatus[]> {
    const head = await this.store.headPosition();
    return this.managers.map((m) => {
      const run = this.running.get(m.name);
      const checkpoint = run ? checkpointOf(run) : 0;
      return {
        name: m.name,
        checkpoint,
        head,
        lag: Math.max(0, head - checkpoint),
        failed: this.failures.get(m.name) ?? null,
      };
    });
  }

  /** Resolves once every process manager has handled the log up to `position`. */
  async waitFor(position: number, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    // Before its start (behind the start-up gate) no process manager has a run: each is at 0.
    while (
      this.managers.some((m) => {
        const run = this.running.get(m.name);
        return !run || checkpointOf(run) < position;
      })
    ) {
      if (Date.now() > deadline) throw new Error(`process managers did not reach ${position} in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }

  /**
   * Waits at most `timeoutMs` for one process manager to handle the log up to `position`; answers where it got,
   * and why it stopped if it did (then at once: a stopped process does not move on).
   */
  async reach(name: string, position: number, timeoutMs: number): Promise<{ position: number; failed: string | null }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const run = this.running.get(name);
      const checkpoint = run ? checkpointOf(run) : 0;
      const failed = this.failures.get(name) ?? null;
      if (checkpoint >= position || failed !== null || Date.now() >= deadline) return { position: checkpoint, failed };
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }

  private async start(): Promise<void> {
    for (const manager of this.managers) {
      const checkpoint = (await this.checkpoints.load(manager.name)) ?? 0;
      this.running.set(manager.name, {
        manager,
        seen: checkpoint,
        saved: checkpoint,
        queue: [],
        next: 0,
        lanes: new Map(),
      });
    }
    const runs = [...this.running.values()];
    if (runs.length === 0) return;
    const after = Math.min(...runs.map((r) => r.seen));
    const actors = new Set(runs.map((run) => processActor(run.manager.name)));
    this.sent = await SentCommands.of(this.store, actors, after);
    const sent = this.sent;
    const onEvent = async (event: RecordedEvent): Promise<void> => {
      if (sent) await sent.reach(event.position, () => Math.min(...runs.map(checkpointOf)));
      for (const run of runs) {
        if (run.seen >= event.position || this.failures.has(run.manager.name)) continue;
        if (run.manager.handles.has(event.type)) {
          const handling: Queued = { position: event.position, before: run.seen, done: false };
          run.queue.push(handling);
          let key = '';
          try {
            if (run.manager.keyOf) key = await run.manager.keyOf(event);
          } catch (error) {
            this.fail(run, error); // the handling stays unfinished: the checkpoint stays before the event
            continue;
          }
          this.dispatch(run, event, handling, key);
        }
        run.seen = event.position;
      }
      this.touched = true;
      this.saveWhenDue(runs);
      if (this.inFlight >= WINDOW) await new Promise<void>((resolve) => (this.room = resolve));
      // Handlings of commands found written run on microtasks alone, and a page of the log takes tens of
      // milliseconds: the pass, the read models' restore and HTTP requests share the event loop in slices.
      await takeTurn();
    };
    // Only the types some process manager handles: the store passes over the others without decoding them (85 % of
    // five generated years), and says how far it read, which moves the checkpoints past them.
    const eventTypes = new Set(runs.flatMap((run) => [...run.manager.handles]));
    const onCheckpoint = (position: number): void => {
      for (const run of runs) if (run.seen < position && !this.failures.has(run.manager.name)) run.seen = position;
      this.touched = true;
      this.saveWhenDue(runs);
    };
    this.subscription = this.store.subscribeToAll(onEvent, { after, eventTypes, onCheckpoint });
    this.subscription.done.catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      for (const run of runs) if (!this.failures.has(run.manager.name)) this.failures.set(run.manager.name, message);
      this.logger.error(`process managers stopped: ${message}`);
    });
  }

  /** Starts the handling at once if its key's lane is idle, else after the lane's last. */
  private dispatch(run: Run, event: RecordedEvent, handling: Queued, key: string): void {
    this.inFlight += 1;
    const before = run.lanes.get(key);
    const handled = before ? before.then(() => this.handle(run, event, handling)) : this.handle(run, event, handling);
    run.lanes.set(key, handled);
    void handled.then(() => {
      if (run.lanes.get(key) === handled) run.lanes.delete(key);
    });
  }

  /** Never rejects: a failure stops the process manager and leaves the handling unfinished. */
  private async handle(run: Run, event: RecordedEvent, handling: Queued): Promise<void> {
    try {
      await takeTurn(); // a lane's next handling follows its last on a microtask
      if (this.failures.has(run.manager.name)) return; // stopped: what was waiting is not started
      const name = run.manager.name;
      const sent = this.sent;
      const found: Handling = { sent: (step) => sent?.has(idempotencyKeyFor(name, event, step)) ?? false };
      const work = (): Promise<void> => run.manager.handle(event, found);
      await (this.store.answeringBeforeSync ? this.store.answeringBeforeSync(work) : work());
      handling.done = true;
      while (run.next < run.queue.length && run.queue[run.next]?.done) run.next += 1;
      if (run.next > 4_096) {
        run.queue.splice(0, run.next);
        run.next = 0;
      }
    } catch (error) {
      this.fail(run, error);
    } finally {
      this.inFlight -= 1;
      if (this.room && this.inFlight <= WINDOW / 2) {
        const wake = this.room;
        this.room = undefined;
        wake();
      }
    }
  }

  private fail(run: Run, error: unknown): void {
    const name = run.manager.name;
    if (this.failures.has(name)) return;
    const message = error instanceof Error ? error.message : String(error);
    this.failures.set(name, message);
    this.logger.error(`process ${name} stopped after ${checkpointOf(run)}: ${message}`);
  }

  /** A save now if a checkpoint has moved SAVE_EVERY events since its last, else SAVE_AFTER_MS after the last event. */
  private saveWhenDue(runs: readonly Run[]): void {
    if (runs.some((run) => checkpointOf(run) - run.saved >= SAVE_EVERY)) {
      this.requestSave();
      return;
    }
    if (this.timer) return;
    this.touched = false;
    const wait = (): void => {
      if (this.touched) {
        this.touched = false;
        this.timer = setTimeout(wait, SAVE_AFTER_MS);
        return;
      }
      this.timer = undefined;
      this.requestSave();
    };
    this.timer = setTimeout(wait, SAVE_AFTER_MS);
  }

  /** Saves now, or right after the save under way: saves never overlap. */
  private requestSave(): void {
    if (this.saving) {
      this.saveAgain = true;
      return;
    }
    this.saving = this.saveCheckpoints()
      .catch((error: unknown) =>
        this.logger.error(`process managers could not save their checkpoints: ${String(error)}`),
      )
      .finally(() => {
        this.saving = undefined;
        if (this.saveAgain) {
          this.saveAgain = false;
          this.requestSave();
        }
      });
  }

  /** Saves the checkpoints that moved, once the commands of the events up to them are durable. */
  private async saveCheckpoints(): Promise<void> {
    const moved = new Map<Run, number>();
    for (const run of this.running.values()) {
      const position = checkpointOf(run);
      if (position > run.saved) moved.set(run, position);
    }
    if (moved.size === 0) return;
    await this.store.synced?.();
    await this.checkpoints.saveAll(new Map([...moved].map(([run, position]) => [run.manager.name, position])));
    for (const [run, position] of moved) run.saved = Math.max(run.saved, position);
  }
}

interface Run {
  readonly manager: ProcessManager;
  /** The last event handed to it: handled, being handled, or passed over. */
  seen: number;
  /** The last position saved. */
  saved: number;
  /** Its handlings in log order, from `next` on the first not finished. */
  readonly queue: Queued[];
  next: number;
  /** The last handling of each key: the key's next starts after it. */
  readonly lanes: Map<string, Promise<void>>;
}

/** An event handed to a process manager, in its queue until its handling has finished. */
interface Queued {
  readonly position: number;
  /** The last event handed to the process manager before this one. */
  readonly before: number;
  /** Its commands committed (not necessarily synced). */
  done: boolean;
}

/**
 * The last event a process manager has handled with all before it: the one before its first handling not finished,
 * or the last it was handed.
 */
function checkpointOf(run: Run): number {
  const first = run.queue[run.next];
  return first ? first.before : run.seen;
}
