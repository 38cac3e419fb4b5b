import type { RecordedEvent } from '../envelope';
import type { EventHandler, ReadAllOptions, SubscribeOptions, Subscription } from '../event-store.port';

/** Wakes waiting subscriptions when an append commits. */
export class AppendSignal {
  private waiters: Array<() => void> = [];
  /** Counts notifications, so a reader can tell an append happened while it was busy. */
  generation = 0;

  notify(): void {
    this.generation += 1;
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Resolves on the next notify, or after `timeoutMs` (to see appends by other processes). */
  wait(timeoutMs: number): Promise<void> {
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
    });
  }
}

/**
 * A catch-up subscription over any store that can read $all in pages: it reads
 * from the checkpoint in batches, hands each event to the handler in order, and
 * once caught up waits for the next append (or polls, for other writers).
 */
export function catchUpSubscription(
  readAll: (options: ReadAllOptions) => Promise<RecordedEvent[]>,
  signal: AppendSignal,
  handler: EventHandler,
  options: SubscribeOptions & { pollMs?: number } = {},
): Subscription {
  const batchSize = options.batchSize ?? 1000;
  const pollMs = options.pollMs ?? 250;
  let position = options.after;
  let live = false;
  let stopped = false;

  const done = (async () => {
    while (!stopped) {
      const seen = signal.generation;
      const batch = await readAll(
        position === undefined ? { maxCount: batchSize } : { after: position, maxCount: batchSize },
      );
      for (const event of batch) {
        if (stopped) return;
        await handler(event);
        position = event.position;
      }
      if (batch.length < batchSize) {
        live = true;
        // Sleep only if nothing was appended since this read began: an append that
        // lands while the handler runs must not wait for the poll.
        if (!stopped && signal.generation === seen) await signal.wait(pollMs);
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
