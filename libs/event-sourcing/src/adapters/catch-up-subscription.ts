import type { RecordedEvent } from '@khai/core';
import type { EventHandler, ReadAllOptions, SubscribeOptions, Subscription } from '@khai/core';

/**
 * Wakes waiting subscriptions when an append commits. Over a SharedArrayBuffer
 * (`AppendSignal.shared()`), also subscriptions on other threads: a store that
 * reads the same file on a worker thread waits on the writer's signal
 * (`Atomics.waitAsync`) instead of polling for its appends. A shared signal also
 * carries how far readers may read the log (`visibleUpTo`): a writer that makes
 * its commits durable after they are made (`SqliteEventStoreOptions.syncOn`)
 * hides from readers, on every thread, what a power loss could still take back.
 */
export class AppendSignal {
  private waiters: Array<() => void> = [];
  private local = 0;
  private readonly shared: Int32Array | undefined;
  /** The last position readers may see, or -1: all that is committed. */
  private readonly cap: BigInt64Array | undefined;

  constructor(buffer?: SharedArrayBuffer) {
    this.shared = buffer && new Int32Array(buffer, 0, 1);
    this.cap = buffer && new BigInt64Array(buffer, 8, 1);
  }

  /** A buffer for a signal that other threads can wait on: the generation, then the readers' cap. */
  static shared(): SharedArrayBuffer {
    const buffer = new SharedArrayBuffer(16);
    new BigInt64Array(buffer, 8, 1)[0] = -1n;
    return buffer;
  }

  /** The last position readers may see: everything committed, unless a writer limits it (`limitReaders`). */
  visibleUpTo(): number {
    const cap = this.cap ? Atomics.load(this.cap, 0) : -1n;
    return cap < 0n ? Number.MAX_SAFE_INTEGER : Number(cap);
  }

  /** Whether a writer limits readers now (`limitReaders`). */
  limitsReaders(): boolean {
    return this.cap !== undefined && Atomics.load(this.cap, 0) >= 0n;
  }

  /** Lets readers see the log up to `position` only, or (`undefined`) all that is committed. */
  limitReaders(position: number | undefined): void {
    if (!this.cap) throw new Error('only a shared signal carries a limit for readers');
    Atomics.store(this.cap, 0, position === undefined ? -1n : BigInt(position));
  }

  /** Counts notifications, so a reader can tell an append happened while it was busy. */
  get generation(): number {
    return this.shared ? Atomics.load(this.shared, 0) : this.local;
  }

  notify(): void {
    if (this.shared) {
      Atomics.add(this.shared, 0, 1);
      Atomics.notify(this.shared, 0);
    } else {
      this.local += 1;
    }
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /**
   * Resolves on the next notify after generation `seen` (on this thread, or on another over a shared
   * buffer), or after `timeoutMs` (to see appends by other processes).
   */
  wait(timeoutMs: number, seen = this.generation): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      timer.unref();
      const waiters = this.waiters;
      function done(): void {
        clearTimeout(timer);
        const i = waiters.indexOf(done);
        if (i >= 0) waiters.splice(i, 1);
        resolve();
      }
      waiters.push(done);
      if (this.shared) {
        const waited = Atomics.waitAsync(this.shared, 0, seen, timeoutMs);
        if (waited.async) void waited.value.then(done);
        else done();
      }
    });
  }
}

/** A page of the events of some types after a position: `readUpTo` is how far the log was read for it. */
export interface FilteredPage {
  readonly events: RecordedEvent[];
  readonly readUpTo: number;
  /** False once the page reached the end of the log as it was. */
  readonly more: boolean;
}

/** Reads up to `maxCount` events of the given types after `after`, passing over the others unread. */
export type ReadFiltered = (after: number, maxCount: number, types: ReadonlySet<string>) => Promise<FilteredPage>;

/**
 * A catch-up subscription over any store that can read $all in pages: it reads
 * from the checkpoint in batches, hands each event to the handler in order, and
 * once caught up waits for the next append (or polls, for other writers).
 *
 * With `eventTypes`, pages come from `readFiltered` when the store has one (it passes over the other events without
 * decoding them), else from `readAll` filtered here; after each page `onCheckpoint` gets how far it read.
 */
export function catchUpSubscription(
  readAll: (options: ReadAllOptions) => Promise<RecordedEvent[]>,
  signal: AppendSignal,
  handler: EventHandler,
  options: SubscribeOptions & { pollMs?: number } = {},
  readFiltered?: ReadFiltered,
): Subscription {
  const batchSize = options.batchSize ?? 1000;
  const pollMs = options.pollMs ?? 250;
  const types = options.eventTypes;
  let position = options.after;
  let live = false;
  let stopped = false;

  const readPage = async (): Promise<FilteredPage> => {
    if (types && readFiltered) return readFiltered(position ?? 0, batchSize, types);
    const page = await readAll(
      position === undefined ? { maxCount: batchSize } : { after: position, maxCount: batchSize },
    );
    const last = page[page.length - 1];
    return {
      events: types ? page.filter((event) => types.has(event.type)) : page,
      readUpTo: last === undefined ? (position ?? 0) : last.position,
      more: page.length === batchSize,
    };
  };

  const done = (async () => {
    while (!stopped) {
      const seen = signal.generation;
      const page = await readPage();
      for (const event of page.events) {
        if (stopped) return;
        // Awaited only when it returns a promise: awaiting every event's `undefined` cost a turn of the microtask
        // queue per event.
        const handled = handler(event);
        if (handled !== undefined) await handled;
        position = event.position;
      }
      if (types && !stopped && page.readUpTo > (position ?? 0)) {
        position = page.readUpTo;
        const checkpointed = options.onCheckpoint?.(position);
        if (checkpointed !== undefined) await checkpointed;
      }
      // A page read and handled without awaiting I/O runs on microtasks alone: without this turn of the event loop a
      // catch-up of millions of events would keep the HTTP server from accepting a connection until it ended.
      if (page.more) await new Promise<void>((resolve) => setImmediate(resolve));
      else {
        live = true;
        // Sleep only if nothing was appended since this read began: an append that
        // lands while the handler runs must not wait for the poll.
        if (!stopped && signal.generation === seen) await signal.wait(pollMs, seen);
      }
    }
  })();
  done.catch(() => undefined);

  return {
    done,
    position: () => position,
    isLive: () => live,
    async stop() {
      stopped = true;
      signal.notify();
      await done.catch(() => undefined);
    },
  };
}
