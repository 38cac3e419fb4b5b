import { InMemoryEventStore } from './adapters/in-memory.event-store';
import { AggregateCache } from './aggregate-cache';
import type { Decider } from './decider';
import type { EventEnvelope } from './envelope';
import type { ReadStreamOptions } from './event-store.port';
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

/** Counts the events each read returns. */
class CountingStore extends InMemoryEventStore {
  eventsRead = 0;

  override async readStream(stream: string, options?: ReadStreamOptions) {
    const events = await super.readStream(stream, options);
    this.eventsRead += events.length;
    return events;
  }
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
});
