import { InMemoryEventStore } from '@khai/event-sourcing';

import { AggregateCache } from './aggregate-cache';
import type { Decider } from './decider';
import type { EventEnvelope } from './envelope';
import { InvariantViolated } from './errors';
import type { ExpectedRevision, ReadStreamOptions } from './event-store.port';
import { handleCommand } from './handle-command';

type Added = { type: 'Added'; data: { n: number } };
const counter: Decider<{ n: number }, Added, number> = {
  initialState: 0,
  evolve: (total, e) => total + e.data.n,
  decide: (c) => [{ type: 'Added', data: { n: c.n } }],
};
const ctx = { actor: 'test' };

function raw(n: number): EventEnvelope {
  return {
    type: 'Added',
    data: { n },
    metadata: {
      eventId: `raw-${n}-${Math.random()}`,
      schemaVersion: 1,
      occurredAt: '2026-11-24T00:00:00Z',
      actor: 'other',
      correlationId: 'c',
      causationId: null,
      idempotencyKey: null,
    },
  };
}

/** Counts the reads of a stream and the events they return. */
class CountingStore extends InMemoryEventStore {
  reads = 0;
  eventsRead = 0;

  override async readStream(stream: string, options?: ReadStreamOptions) {
    const events = await super.readStream(stream, options);
    this.reads += 1;
    this.eventsRead += events.length;
    return events;
  }
}

/** Answers a retried append as it answered the first, without saying so. */
class UntellingStore extends CountingStore {
  override readonly reportsRetries = false;

  override async append(stream: string, events: readonly EventEnvelope[], expected: ExpectedRevision) {
    const { retried: _retried, ...answer } = await super.append(stream, events, expected);
    return answer;
  }
}

type DoorEvent = { type: 'Installed' | 'Opened'; data: Record<string, never> };
/** Opening a door not yet there installs it first. */
const door: Decider<'open', DoorEvent, 'absent' | 'installed'> = {
  initialState: 'absent',
  evolve: () => 'installed',
  decide: (_, state) =>
    state === 'absent'
      ? [
          { type: 'Installed', data: {} },
          { type: 'Opened', data: {} },
        ]
      : [{ type: 'Opened', data: {} }],
};

type Switched = { type: 'Switched'; data: { on: boolean } };
/** Refuses everything on a stream never switched; switching to where it is is a no-op. */
const lamp: Decider<{ on: boolean }, Switched, boolean | undefined> = {
  initialState: undefined,
  evolve: (_, e) => e.data.on,
  decide: (c, on) => {
    if (on === undefined && !c.on) throw new InvariantViolated('never_switched_on', 'switch it on first');
    return c.on === on ? [] : [{ type: 'Switched', data: { on: c.on } }];
  },
};

function switched(on: boolean): EventEnvelope {
  return { ...raw(0), type: 'Switched', data: { on } };
}

describe('aggregate cache', () => {
  it('reads only what was appended since the last command', async () => {
    const store = new CountingStore();
    const cache = new AggregateCache();
    for (let i = 1; i <= 50; i++) await handleCommand(store, 'tally-1', counter, { n: 1 }, ctx, { cache });
    // Without the cache each command reads the whole stream: 0 + 1 + … + 49 = 1,225 events.
    expect(store.eventsRead).toBeLessThanOrEqual(50);
    expect((await cache.load(store, 'tally-1', counter)).state).toBe(50);
  });

  it('sees appends made by other writers, and answers repeated keys after them', async () => {
    const store = new InMemoryEventStore();
    const cache = new AggregateCache();
    const first = await handleCommand(store, 'tally-1', counter, { n: 5 }, { ...ctx, idempotencyKey: 'k' }, { cache });
    await store.append('tally-1', [raw(100)], 0);
    const next = await handleCommand(store, 'tally-1', counter, { n: 1 }, ctx, { cache });
    expect(next.revision).toBe(2);
    expect((await cache.load(store, 'tally-1', counter)).state).toBe(106);
    const repeated = await handleCommand(
      store,
      'tally-1',
      counter,
      { n: 5 },
      { ...ctx, idempotencyKey: 'k' },
      { cache },
    );
    expect(repeated).toMatchObject({ repeated: true, position: first.position });
  });

  it('decides on the fold unread: a new stream and a cached one cost no read', async () => {
    const store = new CountingStore();
    const cache = new AggregateCache();
    // A new stream: no read. Its next command finds it there (a conflict on the initial state) and reads it, once.
    for (let i = 1; i <= 10; i++) await handleCommand(store, 'tally-1', counter, { n: i }, ctx, { cache });
    expect(store.reads).toBe(1);
    await handleCommand(store, 'tally-2', counter, { n: 1 }, { ...ctx, idempotencyKey: 'k' }, { cache });
    expect(store.reads).toBe(1);
    const repeated = await handleCommand(
      store,
      'tally-2',
      counter,
      { n: 1 },
      { ...ctx, idempotencyKey: 'k' },
      { cache },
    );
    expect(repeated.repeated).toBe(true);
    expect(store.reads).toBe(2);
    expect((await cache.load(store, 'tally-1', counter)).state).toBe(55);
    // Asked to, it reads before deciding.
    await handleCommand(store, 'tally-1', counter, { n: 1 }, ctx, { cache, readFirst: true });
    expect(store.reads).toBe(4);
  });

  it('keeps the streams in use through a flood of streams created once', async () => {
    const store = new CountingStore();
    const cache = new AggregateCache(10);
    for (let i = 1; i <= 3; i++) await handleCommand(store, 'account-1', counter, { n: i }, ctx, { cache });
    // A thousand orders, each a stream of its own that no further command touches here.
    for (let i = 0; i < 1000; i++) await handleCommand(store, `order-${i}`, counter, { n: 1 }, ctx, { cache });
    const reads = store.reads;
    const next = await handleCommand(store, 'account-1', counter, { n: 4 }, ctx, { cache });
    expect(next.revision).toBe(3);
    expect(store.reads).toBe(reads);
    expect((await cache.load(store, 'account-1', counter)).state).toBe(10);
  });

  it('reads and decides again when the unread fold refuses, changes nothing or is behind', async () => {
    const store = new CountingStore();
    await store.append('lamp-1', [switched(true)], 'no_stream');
    const cache = new AggregateCache();
    // Not cached: the initial state would refuse; the stream says it is on, so switching off is allowed.
    const off = await handleCommand(store, 'lamp-1', lamp, { on: false }, ctx, { cache });
    expect(off).toMatchObject({ revision: 1, repeated: false });
    expect(off.events.map((e) => e.data)).toEqual([{ on: false }]);
    // Behind the store (another writer switched it on and off) and deciding to append: the append
    // conflicts, the stream is read, the decision made again.
    await store.append('lamp-1', [switched(true)], 1);
    await store.append('lamp-1', [switched(false)], 2);
    let reads = store.reads;
    const on = await handleCommand(store, 'lamp-1', lamp, { on: true }, ctx, { cache });
    expect(on).toMatchObject({ revision: 4 });
    expect(store.reads).toBe(reads + 1);
    // Another writer switches it off behind the cache: "on" would be a no-op on the fold, and is not.
    await store.append('lamp-1', [switched(false)], 4);
    reads = store.reads;
    const again = await handleCommand(store, 'lamp-1', lamp, { on: true }, ctx, { cache });
    expect(again).toMatchObject({ revision: 6 });
    expect(store.reads).toBe(reads + 1);
    // A refusal stands once the read stream confirms it.
    await expect(handleCommand(store, 'lamp-2', lamp, { on: false }, ctx, { cache })).rejects.toBeInstanceOf(
      InvariantViolated,
    );
    expect((await store.readStream('lamp-1')).map((e) => (e.data as { on: boolean }).on)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      true,
    ]);
  });

  it('answers a repeated key the fold does not know (an empty cache, as after a restart) as repeated', async () => {
    const store = new CountingStore();
    const keyed = { ...ctx, idempotencyKey: 'k-restart' };
    const first = await handleCommand(store, 'tally-9', counter, { n: 7 }, keyed, { cache: new AggregateCache() });
    const again = await handleCommand(store, 'tally-9', counter, { n: 7 }, keyed, { cache: new AggregateCache() });
    expect(again).toMatchObject({ repeated: true, position: first.position, revision: 0 });
    expect(again.events.map((e) => e.metadata.eventId)).toEqual(first.events.map((e) => e.metadata.eventId));
    expect(await store.headPosition()).toBe(1);
    // Decided unread, answered as a retry by the store, then read once to answer with what was stored.
    expect(store.reads).toBe(1);
  });

  it('reads first for a keyed command when the store cannot tell a retried append (as KurrentDB)', async () => {
    const store = new UntellingStore();
    const keyed = { ...ctx, idempotencyKey: 'k-kurrent' };
    const first = await handleCommand(store, 'tally-9', counter, { n: 7 }, keyed, { cache: new AggregateCache() });
    expect(store.reads).toBe(1);
    const again = await handleCommand(store, 'tally-9', counter, { n: 7 }, keyed, { cache: new AggregateCache() });
    expect(again).toMatchObject({ repeated: true, position: first.position });
    expect(await store.headPosition()).toBe(1);
    // Without a key nothing can be mistaken for a retry: decided unread.
    await handleCommand(store, 'tally-10', counter, { n: 1 }, ctx, { cache: new AggregateCache() });
    expect(store.reads).toBe(2);
  });

  it('answers a repeated key whose unread decision gives other events than the first time', async () => {
    const store = new InMemoryEventStore();
    await handleCommand(store, 'door-1', door, 'open', { ...ctx, idempotencyKey: 'k-install' });
    // On the installed door: one event. Decided again on the initial state: two, the first with the stored id.
    const first = await handleCommand(store, 'door-1', door, 'open', { ...ctx, idempotencyKey: 'k-open' });
    expect(first.events).toHaveLength(1);
    const again = await handleCommand(
      store,
      'door-1',
      door,
      'open',
      { ...ctx, idempotencyKey: 'k-open' },
      {
        cache: new AggregateCache(),
      },
    );
    expect(again).toMatchObject({ repeated: true, position: first.position });
    expect(await store.headPosition()).toBe(3);
  });

  it('keeps stores apart, and forgets the least recently used streams past its bound', async () => {
    const cache = new AggregateCache(2);
    const a = new InMemoryEventStore();
    const b = new InMemoryEventStore();
    await a.append('tally-1', [raw(1)], 'no_stream');
    await b.append('tally-1', [raw(2)], 'no_stream');
    expect((await cache.load(a, 'tally-1', counter)).state).toBe(1);
    expect((await cache.load(b, 'tally-1', counter)).state).toBe(2);
    for (const s of ['tally-2', 'tally-3', 'tally-1']) await cache.load(a, s, counter);
    expect((await cache.load(a, 'tally-1', counter)).state).toBe(1);
  });

  it('reads a long stream in pages and lets the event loop in while folding it', async () => {
    const store = new CountingStore();
    for (let i = 0; i < 5; i++)
      await store.append(
        'tally-1',
        Array.from({ length: 1_000 }, () => raw(1)),
        'any',
      );
    // A fold that takes a while: 5,000 events at 10 µs each, past a slice of the event loop.
    const slow: typeof counter = {
      ...counter,
      evolve: (total, e) => {
        const until = performance.now() + 0.01;
        while (performance.now() < until);
        return counter.evolve(total, e);
      },
    };
    let turns = 0;
    const ticking = setInterval(() => (turns += 1), 0);
    try {
      const folded = await new AggregateCache().load(store, 'tally-1', slow);
      expect(folded.state).toBe(5_000);
      expect(folded.revision).toBe(4_999);
    } finally {
      clearInterval(ticking);
    }
    expect(store.reads).toBe(6); // five full pages, then one that says the stream ends
    expect(turns).toBeGreaterThan(0); // one read and fold of the whole stream gives a timer no turn
  });
});
