import { createHmac, hash } from 'node:crypto';

import { InMemoryEventStore } from '@khai/event-sourcing';

import { AggregateCache } from './aggregate-cache';
import type { Decider } from './decider';
import type { EventEnvelope } from './envelope';
import { ConcurrencyError, IdempotencyKeyReused, InvariantViolated } from './errors';
import type { AppendResult, ExpectedRevision } from './event-store.port';
import {
  deterministicId,
  formerRequestFingerprint,
  handleCommand,
  requestFingerprint,
  requestFingerprints,
} from './handle-command';

type Collected = { type: 'EggsCollected'; data: { eggs: number } };
type Collect = { eggs: number };
const lot: Decider<Collect, Collected, { total: number }> = {
  initialState: { total: 0 },
  evolve: (s, e) => ({ total: s.total + e.data.eggs }),
  decide: (c, s) => {
    if (c.eggs <= 0) throw new InvariantViolated('invalid_egg_count', 'eggs must be positive');
    if (s.total + c.eggs > 1000) return [];
    return [{ type: 'EggsCollected', data: { eggs: c.eggs } }];
  },
};
const ctx = { actor: 'staff:noi' };

/** Loses the race `conflicts` times: another writer appends just before each of our appends. */
class RacingStore extends InMemoryEventStore {
  constructor(private conflicts: number) {
    super();
  }

  override async append(
    stream: string,
    events: readonly EventEnvelope[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    if (this.conflicts > 0) {
      this.conflicts -= 1;
      await super.append(
        stream,
        [
          {
            ...events[0]!,
            data: { eggs: 1 },
            metadata: { ...events[0]!.metadata, eventId: `rival-${this.conflicts}` },
          },
        ],
        'any',
      );
    }
    return super.append(stream, events, expected);
  }
}

describe('handleCommand', () => {
  it('reads, decides and appends with the full envelope', async () => {
    const store = new InMemoryEventStore();
    const result = await handleCommand(
      store,
      'lot-1',
      lot,
      { eggs: 360 },
      { ...ctx, correlationId: 'c-1' },
      {
        occurredAt: '2026-11-24T06:00:00.000Z',
      },
    );
    expect(result).toMatchObject({ streamName: 'lot-1', revision: 0, position: 1, repeated: false });
    const [event] = await store.readStream('lot-1');
    expect(event?.metadata).toEqual({
      eventId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      schemaVersion: 1,
      occurredAt: '2026-11-24T06:00:00.000Z',
      actor: 'staff:noi',
      correlationId: 'c-1',
      causationId: null,
      idempotencyKey: null,
    });
  });

  it('writes nothing when the decider refuses, and nothing for a no-op', async () => {
    const store = new InMemoryEventStore();
    await expect(handleCommand(store, 'lot-1', lot, { eggs: 0 }, ctx)).rejects.toBeInstanceOf(InvariantViolated);
    await handleCommand(store, 'lot-1', lot, { eggs: 1000 }, ctx);
    const noop = await handleCommand(store, 'lot-1', lot, { eggs: 1 }, ctx);
    expect(noop).toMatchObject({ events: [], revision: 0, position: 0 });
    expect(await store.headPosition()).toBe(1);
  });

  it('appends once for the same idempotency key and answers the same', async () => {
    const store = new InMemoryEventStore();
    const keyed = { ...ctx, idempotencyKey: 'collect-lot-1-morning' };
    const first = await handleCommand(store, 'lot-1', lot, { eggs: 360 }, keyed);
    await handleCommand(store, 'lot-1', lot, { eggs: 10 }, ctx);
    const again = await handleCommand(store, 'lot-1', lot, { eggs: 360 }, keyed);
    expect(again).toMatchObject({ repeated: true, position: first.position });
    expect(again.events.map((e) => e.metadata.eventId)).toEqual(first.events.map((e) => e.metadata.eventId));
    expect(await store.headPosition()).toBe(2);
  });

  it('refuses a key sent again with another request, writing nothing, and still answers the same request', async () => {
    const store = new InMemoryEventStore();
    const keyed = (fingerprint: string) => ({ ...ctx, idempotencyKey: 'k-2', requestFingerprint: fingerprint });
    const first = await handleCommand(store, 'lot-1', lot, { eggs: 360 }, keyed('a'));
    await expect(
      handleCommand(store, 'lot-1', lot, { eggs: 10 }, keyed('b'), { cache: new AggregateCache() }),
    ).rejects.toThrow(IdempotencyKeyReused);
    await expect(handleCommand(store, 'lot-1', lot, { eggs: 10 }, keyed('b'))).rejects.toThrow(IdempotencyKeyReused);
    const again = await handleCommand(store, 'lot-1', lot, { eggs: 360 }, keyed('a'), { cache: new AggregateCache() });
    expect(again).toMatchObject({ repeated: true, position: first.position });
    expect(await store.headPosition()).toBe(1);
  });

  it('takes events a key appended before fingerprints as the same request', async () => {
    const store = new InMemoryEventStore();
    await handleCommand(store, 'lot-1', lot, { eggs: 360 }, { ...ctx, idempotencyKey: 'k-3' });
    const again = await handleCommand(
      store,
      'lot-1',
      lot,
      { eggs: 360 },
      { ...ctx, idempotencyKey: 'k-3', requestFingerprint: 'a' },
    );
    expect(again.repeated).toBe(true);
  });

  it('takes events a key appended under a bare fingerprint (before installation keys) as the same request only', async () => {
    const store = new InMemoryEventStore();
    await handleCommand(
      store,
      'lot-1',
      lot,
      { eggs: 360 },
      { ...ctx, idempotencyKey: 'k-4', requestFingerprint: 'bare' },
    );
    const now = { ...ctx, idempotencyKey: 'k-4', requestFingerprint: 'keyed' };
    const cache = () => ({ cache: new AggregateCache() });
    const again = await handleCommand(
      store,
      'lot-1',
      lot,
      { eggs: 360 },
      { ...now, formerRequestFingerprint: 'bare' },
      cache(),
    );
    expect(again.repeated).toBe(true);
    await expect(
      handleCommand(store, 'lot-1', lot, { eggs: 10 }, { ...now, formerRequestFingerprint: 'other' }, cache()),
    ).rejects.toThrow(IdempotencyKeyReused);
    await expect(handleCommand(store, 'lot-1', lot, { eggs: 360 }, now, cache())).rejects.toThrow(IdempotencyKeyReused);
    expect(await store.headPosition()).toBe(1);
  });

  it('derives event ids from the idempotency key, so even racing duplicates are stored once', async () => {
    const store = new InMemoryEventStore();
    const keyed = { ...ctx, idempotencyKey: 'k-1' };
    const [a, b] = await Promise.all([
      handleCommand(store, 'lot-1', lot, { eggs: 5 }, keyed),
      handleCommand(store, 'lot-1', lot, { eggs: 5 }, keyed),
    ]);
    expect(a.events[0]?.metadata.eventId).toBe(deterministicId('lot-1\u0000k-1\u00000'));
    expect(b.events[0]?.metadata.eventId).toBe(a.events[0]?.metadata.eventId);
    expect(await store.readStream('lot-1')).toHaveLength(1);
  });

  it('derives the same id from the same key in every release: stored ids must match a retry made after an upgrade', () => {
    expect(deterministicId('lot-1\u0000k-1\u00000')).toBe('b47406fd-0420-8cf8-95fe-6b6235c7ebd7');
  });

  it('re-reads and re-decides after losing a race, within the retry bound', async () => {
    const store = new RacingStore(2);
    const result = await handleCommand(store, 'lot-1', lot, { eggs: 10 }, ctx, { maxRetries: 2 });
    expect(result.revision).toBe(2);
    expect((await store.readStream('lot-1')).map((e) => (e.data as { eggs: number }).eggs)).toEqual([1, 1, 10]);
    await expect(
      handleCommand(new RacingStore(3), 'lot-2', lot, { eggs: 10 }, ctx, { maxRetries: 2 }),
    ).rejects.toBeInstanceOf(ConcurrencyError);
  });
});

describe('request fingerprints', () => {
  /** The canonical JSON fingerprints were made of before (entries sorted and rebuilt at every object): ids depend on it. */
  const before = (value: unknown): string =>
    JSON.stringify(value, (_, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    );
  const key = new Uint8Array(32).fill(7);
  const inputs: unknown[] = [
    {
      shipmentId: 's-1',
      allocatedOn: '2026-01-02',
      lines: [
        { size: 2, eggs: 30 },
        { eggs: 5, size: 1 },
      ],
    },
    { a: 1, b: { c: [1, { z: null, y: 'x' }], a: true } },
    { 10: 'ten', 9: 'nine', b: 'b', a: undefined, on: new Date('2026-01-02T00:00:00Z') },
    JSON.parse('{"__proto__": {"admin": true}, "name": "x"}'),
    [3, 'three', null],
    'plain',
    { nan: NaN, inf: -Infinity, zero: -0, holes: new Array<number>(3), fn: () => 1, list: [undefined, () => 1] },
    Object.assign(Object.create(null) as object, { b: 'null prototype', a: 1 }),
    { toJSON: () => ({ z: 1, a: 2 }) },
    { '4294967295': 'not an index', '7': 'an index', x: { '01': 'not an index', '1': 'one' } },
    { é: 1, e: 2, E: 3, '\u0000': 4, '"quoted"': 5, '\ud800': 'lone surrogate' },
    { nested: { deeper: [{ b: [{ d: 1, c: [] }], a: {} }] } },
    undefined,
    42,
  ];

  it.each(inputs.map((input, i) => [i, input]))('are made of the same text as before (input %i)', (_, input) => {
    const operation = ['recordSale', '/sales'];
    const text = before([operation, input]);
    expect(requestFingerprint(key, operation, input)).toBe(createHmac('sha256', key).update(text).digest('hex'));
    expect(formerRequestFingerprint(operation, input)).toBe(hash('sha256', text));
    expect(requestFingerprints(key, operation, input)).toEqual({
      requestFingerprint: requestFingerprint(key, operation, input),
      formerRequestFingerprint: formerRequestFingerprint(operation, input),
    });
  });

  it('are made of the same text as before for generated requests', () => {
    let seed = 19;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const names = ['memberId', 'lotId', 'size', 'eggs', 'a', 'B', '_x', 'zz', '10', 'on'];
    const generate = (depth: number): unknown => {
      const pick = random();
      if (depth > 3 || pick < 0.3) return [null, true, 0, -1.5, 'text', '', undefined][Math.floor(random() * 7)];
      if (pick < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => generate(depth + 1));
      const object: Record<string, unknown> = {};
      for (let i = Math.floor(random() * 5); i > 0; i--)
        object[names[Math.floor(random() * names.length)] as string] = generate(depth + 1);
      return object;
    };
    for (let i = 0; i < 2_000; i++) {
      const input = generate(0);
      const text = before(['op', input]);
      expect(formerRequestFingerprint('op', input)).toBe(hash('sha256', text));
    }
  });

  it('do not depend on the order of keys, and tell an own __proto__ key from none', () => {
    expect(requestFingerprint(key, 'op', { b: 1, a: { d: 2, c: 3 } })).toBe(
      requestFingerprint(key, 'op', { a: { c: 3, d: 2 }, b: 1 }),
    );
    expect(requestFingerprint(key, 'op', JSON.parse('{"__proto__": {"x": 1}, "b": 1}'))).not.toBe(
      requestFingerprint(key, 'op', { b: 1 }),
    );
  });
});
