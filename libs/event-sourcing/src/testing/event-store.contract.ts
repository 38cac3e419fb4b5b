import { randomUUID } from 'node:crypto';

import type { EventEnvelope, RecordedEvent } from '@khai/core';
import type { EventStore } from '@khai/core';
import { ConcurrencyError, DuplicateEventId } from '@khai/core';

export function envelope(type: string, data: unknown, eventId: string = randomUUID()): EventEnvelope {
  return {
    type,
    data,
    metadata: {
      eventId,
      schemaVersion: 1,
      occurredAt: '2026-11-24T08:00:00.000Z',
      actor: 'contract-test',
      correlationId: eventId,
      causationId: null,
      idempotencyKey: null,
    },
  };
}

const streams = (): string => `lot-${randomUUID()}`;

/**
 * The event store contract, run against every adapter. `create` gives a fresh,
 * empty store; stores that cannot run here skip with the reason printed.
 */
export function eventStoreContract(name: string, create: () => Promise<EventStore>): void {
  describe(`event store contract: ${name}`, () => {
    let store: EventStore;
    beforeEach(async () => {
      store = await create();
    });
    afterEach(() => store.close());

    it('appends and reads a stream back in order, with revisions and data', async () => {
      const s = streams();
      const r1 = await store.append(s, [envelope('EggsCollected', { eggs: 360 })], 'no_stream');
      const r2 = await store.append(s, [envelope('LotGraded', { a: 1 }), envelope('LotGraded', { a: 2 })], 0);
      expect(r1.nextExpectedRevision).toBe(0);
      expect(r2.nextExpectedRevision).toBe(2);
      const events = await store.readStream(s);
      expect(events.map((e) => [e.revision, e.type, e.data])).toEqual([
        [0, 'EggsCollected', { eggs: 360 }],
        [1, 'LotGraded', { a: 1 }],
        [2, 'LotGraded', { a: 2 }],
      ]);
      expect(events[0]?.metadata.actor).toBe('contract-test');
      expect(await store.readStream(s, { fromRevision: 1, maxCount: 1 })).toHaveLength(1);
      expect(await store.readStream(streams())).toEqual([]);
    });

    it('says whether a stream holds an event id, when it can tell', async () => {
      if (!store.hasEvent) {
        console.log(`${name}: no hasEvent (a keyed request's checks run again on a repeat)`);
        return;
      }
      const s = streams();
      const stored = envelope('X', {});
      await store.append(s, [stored], 'no_stream');
      expect(await store.hasEvent(s, stored.metadata.eventId)).toBe(true);
      expect(await store.hasEvent(streams(), stored.metadata.eventId)).toBe(false);
      expect(await store.hasEvent(s, envelope('X', {}).metadata.eventId)).toBe(false);
    });

    it('finds the idempotency keys some actors appended in a range of positions, when it can tell', async () => {
      if (!store.idempotencyKeys) {
        console.log(`${name}: no idempotencyKeys (process managers catching up send their commands again)`);
        return;
      }
      const keyed = (actor: string, key: string | null): EventEnvelope => {
        const e = envelope('X', {});
        return { ...e, metadata: { ...e.metadata, actor, idempotencyKey: key } };
      };
      const before = await store.headPosition();
      const s = streams();
      await store.append(s, [keyed('process:a', 'a:1:step')], 'no_stream'); // before + 1
      await store.append(s, [keyed('process:b', 'b:1:step'), keyed('process:b', 'b:1:step')], 0); // + 2, + 3
      await store.append(s, [keyed('process:c', 'c:1:step')], 2); // + 4: another actor
      await store.append(s, [keyed('process:a', null)], 3); // + 5: no key
      await store.append(s, [keyed('process:a', 'a:2:step')], 4); // + 6
      const actors = new Set(['process:a', 'process:b']);
      expect(await store.idempotencyKeys(actors, before, before + 6)).toEqual([
        { key: 'a:1:step', position: before + 1 },
        { key: 'b:1:step', position: before + 2 },
        { key: 'b:1:step', position: before + 3 },
        { key: 'a:2:step', position: before + 6 },
      ]);
      expect(await store.idempotencyKeys(actors, before + 1, before + 5)).toEqual([
        { key: 'b:1:step', position: before + 2 },
        { key: 'b:1:step', position: before + 3 },
      ]);
      expect(await store.idempotencyKeys(new Set(['process:z']), before, before + 6)).toEqual([]);
    });

    it('checks the expected revision: no_stream, stream_exists, a number, any', async () => {
      const s = streams();
      await expect(store.append(s, [envelope('X', {})], 'stream_exists')).rejects.toBeInstanceOf(ConcurrencyError);
      await store.append(s, [envelope('X', {})], 'no_stream');
      await expect(store.append(s, [envelope('X', {})], 'no_stream')).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(store.append(s, [envelope('X', {})], 5)).rejects.toBeInstanceOf(ConcurrencyError);
      await store.append(s, [envelope('X', {})], 'stream_exists');
      await store.append(s, [envelope('X', {})], 'any');
      expect(await store.readStream(s)).toHaveLength(3);
    });

    it('lets exactly one of many concurrent appends at the same expected revision win', async () => {
      const s = streams();
      await store.append(s, [envelope('X', {})], 'no_stream');
      const outcomes = await Promise.allSettled(
        Array.from({ length: 16 }, (_, i) => store.append(s, [envelope('X', { i })], 0)),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(rejected).toHaveLength(15);
      for (const r of rejected) expect(r.reason).toBeInstanceOf(ConcurrencyError);
      expect(await store.readStream(s)).toHaveLength(2);
    });

    it('stores a retried event id once and answers the same result', async () => {
      const s = streams();
      const batch = [envelope('X', { n: 1 }), envelope('X', { n: 2 })];
      const first = await store.append(s, batch, 'no_stream');
      const again = await store.append(s, batch, 'no_stream');
      // The same revision and position; a store that reports retries says this one was.
      const { retried, ...answered } = again;
      expect(answered).toEqual(first);
      expect(first.retried).toBeUndefined();
      expect(retried).toBe(store.reportsRetries === true ? true : undefined);
      expect(await store.readStream(s)).toHaveLength(2);
      // An id reused in the stream for another append is refused; another stream may hold the same id.
      const reused = envelope('Y', {}, batch[0]?.metadata.eventId);
      await expect(store.append(s, [reused, envelope('Y', {})], 'any')).rejects.toBeInstanceOf(DuplicateEventId);
      const elsewhere = streams();
      await store.append(elsewhere, [reused], 'no_stream');
      expect((await store.readStream(elsewhere)).map((e) => e.metadata.eventId)).toEqual([reused.metadata.eventId]);
      // A retry after the stream has moved on, with the expected revision of the first try, or with any.
      const next = [envelope('X', { n: 3 })];
      const third = await store.append(s, next, 1);
      await store.append(s, [envelope('X', { n: 4 })], 2);
      expect(await store.append(s, next, 1)).toMatchObject(third);
      const anyBatch = [envelope('X', { n: 5 })];
      const fifth = await store.append(s, anyBatch, 'any');
      expect(await store.append(s, anyBatch, 'any')).toMatchObject(fifth);
      expect((await store.readStream(s)).map((e) => (e.data as { n: number }).n)).toEqual([1, 2, 3, 4, 5]);
    });

    it('gives strictly increasing global positions, and reading $all from any position resumes exactly there', async () => {
      const start = await store.headPosition();
      for (let i = 0; i < 30; i++) {
        await store.append(
          `lot-${i % 4}-${randomUUID()}`,
          [envelope('X', { i }), envelope('X', { i, second: true })],
          'any',
        );
      }
      const all = await store.readAll({ after: start, maxCount: 1000 });
      expect(all).toHaveLength(60);
      for (let i = 1; i < all.length; i++) expect(all[i]!.position).toBeGreaterThan(all[i - 1]!.position);
      expect(await store.headPosition()).toBe(all[all.length - 1]!.position);
      for (const cut of [0, 1, 17, 59]) {
        const rest = await store.readAll({ after: all[cut]!.position, maxCount: 1000 });
        expect(rest.map((e) => e.metadata.eventId)).toEqual(all.slice(cut + 1).map((e) => e.metadata.eventId));
      }
      const page = await store.readAll({ after: all[9]!.position, maxCount: 5 });
      expect(page.map((e) => e.position)).toEqual(all.slice(10, 15).map((e) => e.position));
    });

    it('delivers every event once, in order, from a checkpoint and then live', async () => {
      const before = await store.headPosition();
      for (let i = 0; i < 10; i++) await store.append(streams(), [envelope('X', { i })], 'no_stream');
      const history = await store.readAll({ after: before, maxCount: 100 });
      const checkpoint = history[3]!.position;
      const seen: RecordedEvent[] = [];
      const sub = store.subscribeToAll((e) => void seen.push(e), { after: checkpoint, batchSize: 4 });
      await waitFor(() => sub.isLive() && seen.length === 6);
      for (let i = 10; i < 15; i++) await store.append(streams(), [envelope('X', { i })], 'no_stream');
      await waitFor(() => seen.length === 11);
      await sub.stop();
      expect(seen.map((e) => (e.data as { i: number }).i)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
      expect(sub.position()).toBe(seen[seen.length - 1]!.position);
    });

    it('delivers only the asked types, and checkpoints past the others', async () => {
      const before = await store.headPosition();
      const types = ['Wanted', 'Other', 'Other', 'Wanted', 'Other', 'Other', 'Other', 'Wanted', 'Other', 'Other'];
      for (const [i, type] of types.entries()) await store.append(streams(), [envelope(type, { i })], 'no_stream');
      const seen: RecordedEvent[] = [];
      const checkpoints: number[] = [];
      /** How many events the handler had had at each checkpoint. */
      const handedAt: number[] = [];
      const sub = store.subscribeToAll((e) => void seen.push(e), {
        after: before,
        batchSize: 2,
        eventTypes: new Set(['Wanted']),
        onCheckpoint: (position) => {
          checkpoints.push(position);
          handedAt.push(seen.length);
        },
      });
      let head = await store.headPosition();
      await waitFor(() => sub.isLive() && checkpoints.at(-1) === head);
      expect(seen.map((e) => [e.type, (e.data as { i: number }).i])).toEqual([
        ['Wanted', 0],
        ['Wanted', 3],
        ['Wanted', 7],
      ]);
      expect(sub.position()).toBe(head);
      // Checkpoints only move forward, each once every wanted event up to it was handed over (and none after it).
      expect(checkpoints).toEqual([...new Set(checkpoints)].sort((a, b) => a - b));
      const wanted = seen.map((e) => e.position);
      expect(handedAt).toEqual(checkpoints.map((c) => wanted.filter((w) => w <= c).length));
      // Live: a passed-over append moves the checkpoint, a wanted one is delivered.
      await store.append(streams(), [envelope('Other', { i: 10 })], 'no_stream');
      head = await store.headPosition();
      await waitFor(() => checkpoints.at(-1) === head);
      await store.append(streams(), [envelope('Wanted', { i: 11 })], 'no_stream');
      await waitFor(() => seen.length === 4);
      await sub.stop();
      expect(seen.map((e) => (e.data as { i: number }).i)).toEqual([0, 3, 7, 11]);
    });

    it('delivers an event appended while the handler is busy without waiting for a poll', async () => {
      const seen: number[] = [];
      let release: () => void = () => undefined;
      const busy = new Promise<void>((resolve) => (release = resolve));
      const sub = store.subscribeToAll(
        async (e) => {
          seen.push(e.position);
          if (seen.length === 1) await busy;
        },
        { after: await store.headPosition(), batchSize: 10 },
      );
      await store.append(streams(), [envelope('X', {})], 'no_stream');
      await waitFor(() => seen.length === 1);
      await store.append(streams(), [envelope('X', {})], 'no_stream');
      release();
      const started = Date.now();
      await waitFor(() => seen.length === 2);
      await sub.stop();
      expect(Date.now() - started).toBeLessThan(150);
    });

    it('stops a subscription whose handler fails, surfacing the error', async () => {
      await store.append(streams(), [envelope('X', {})], 'no_stream');
      const sub = store.subscribeToAll(() => {
        throw new Error('projection broke');
      });
      await expect(sub.done).rejects.toThrow('projection broke');
    });
  });
}

export async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
