import type { EventStore, SubscribeOptions } from '@khai/event-sourcing';

import type { ReadModelOp, ReadModelStore } from '../read-model-store.port';
import type { ReadModelRunner } from '../runner/read-model-runner';

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

export class Crash extends Error {}

/**
 * A store that crashes on its `crashOnWrite`-th write, either before anything
 * of it lands or after all of it did (the runner never hears back). Both
 * adapters make a write all-or-nothing once recovered (MongoDB through its
 * journal), so these are the two states a crash can leave.
 */
export class CrashingStore implements ReadModelStore {
  readonly kind: string;
  private writes = 0;

  constructor(
    private readonly inner: ReadModelStore,
    private readonly crashOnWrite: number,
    private readonly landed: boolean,
  ) {
    this.kind = `crashing ${inner.kind}`; // not "memory": batches then fetch ahead, as against a server
  }

  get: ReadModelStore['get'] = (c, id) => this.inner.get(c, id);
  getMany: ReadModelStore['getMany'] = (c, ids) => this.inner.getMany(c, ids);
  find: ReadModelStore['find'] = (c, o) => this.inner.find(c, o);
  count: ReadModelStore['count'] = (c, w) => this.inner.count(c, w);
  checkpoint: ReadModelStore['checkpoint'] = (p) => this.inner.checkpoint(p);
  reset: ReadModelStore['reset'] = (p, c) => this.inner.reset(p, c);
  load: ReadModelStore['load'] = (p, c, at, docs) => this.inner.load(p, c, at, docs);
  ensureIndexes: ReadModelStore['ensureIndexes'] = (c, i) => this.inner.ensureIndexes(c, i);

  async write(projection: string, position: number, ops: readonly ReadModelOp[]): Promise<void> {
    this.writes += 1;
    if (this.writes !== this.crashOnWrite) return this.inner.write(projection, position, ops);
    if (this.landed) await this.inner.write(projection, position, ops);
    throw new Crash(`crashed ${this.landed ? 'after' : 'before'} write ${this.writes}`);
  }

  async close(): Promise<void> {}
}

/**
 * The event store with its subscriptions polling every 2 ms. Its catch-up
 * subscription is woken by appends, but an append that lands while the
 * subscriber is busy in its handler wakes nobody, and the subscription then
 * sleeps its full poll period (250 ms): tests that append while a runner is
 * live would spend their time waiting for it.
 */
export function fastPolling(events: EventStore): EventStore {
  return {
    append: (stream, envelopes, expected) => events.append(stream, envelopes, expected),
    readStream: (stream, options) => events.readStream(stream, options),
    readAll: (options) => events.readAll(options),
    // pollMs is the in-process adapters' own option (catchUpSubscription), not part of the port.
    subscribeToAll: (handler, options) => events.subscribeToAll(handler, { ...options, pollMs: 2 } as SubscribeOptions),
    headPosition: () => events.headPosition(),
    close: () => events.close(),
  };
}
