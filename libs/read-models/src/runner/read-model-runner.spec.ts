import { InMemoryEventStore, type RecordedEvent } from '@khai/event-sourcing';

import { InMemoryReadModelStore } from '../adapters/in-memory.read-model-store';
import type { DocumentProjection } from '../document-projection';
import { eggsPerFarmDay, FARM_DAYS, farmDays } from '../testing/eggs-per-farm-day.projection';
import { appendSteps } from '../testing/runner.properties';
import { fastPolling, settled } from '../testing/runner-harness';
import { ReadModelRunner, ReadModelsBehind } from './read-model-runner';

const collect = (lot: number, farm: number, day: number, eggs: number) =>
  ({ kind: 'collect', lot, farm, day, eggs }) as const;

describe('read model runner', () => {
  let runner: ReadModelRunner | undefined;
  afterEach(async () => {
    await runner?.stop();
    runner = undefined;
  });

  it('catches up from the persisted checkpoint, applying only what came after it', async () => {
    const events = fastPolling(new InMemoryEventStore());
    const store = new InMemoryReadModelStore();
    await appendSteps(events, [collect(1, 0, 0, 300), collect(2, 0, 0, 200), { kind: 'noise', lot: 1 }]);
    runner = new ReadModelRunner(events, store, [eggsPerFarmDay]);
    await runner.start();
    await settled(runner, events);
    await runner.stop();
    expect(await store.checkpoint(eggsPerFarmDay.name)).toBe(3);

    await appendSteps(events, [collect(3, 0, 0, 50), collect(4, 1, 1, 10)], 3);
    runner = new ReadModelRunner(events, store, [eggsPerFarmDay]);
    expect(await runner.status()).toMatchObject([{ position: 0, head: 5, lag: 5, live: false }]);
    await runner.start();
    await settled(runner, events);
    const [status] = await runner.status();
    expect(status).toMatchObject({ position: 5, head: 5, lag: 0, live: true, failed: null, eventsProcessed: 2 });
    expect(await farmDays(store, 'F0', '2026-11-01', '2026-11-30')).toEqual([
      { _id: 'F0:2026-11-01', _position: 4, memberId: 'M0', farmId: 'F0', day: '2026-11-01', eggs: 550, lots: 3 },
    ]);
  });

  it('feeds every read model from one pass, each from its own checkpoint', async () => {
    const events = fastPolling(new InMemoryEventStore());
    const store = new InMemoryReadModelStore();
    const seenBy = (name: string, seen: number[]): DocumentProjection => ({
      name,
      collections: [name],
      handles: new Set(['EggsCollected']),
      apply: (event: RecordedEvent) => void seen.push(event.position),
    });
    await appendSteps(events, [collect(1, 0, 0, 30), collect(2, 0, 0, 30), collect(3, 0, 0, 30)]);
    await store.write('ahead', 2, []);
    const ahead: number[] = [];
    const behind: number[] = [];
    let reads = 0;
    const counted = Object.assign(Object.create(events) as InMemoryEventStore, {
      subscribeToAll: (...args: Parameters<InMemoryEventStore['subscribeToAll']>) => {
        reads += 1;
        return events.subscribeToAll(...args);
      },
    });
    runner = new ReadModelRunner(counted, store, [seenBy('ahead', ahead), seenBy('behind', behind)]);
    await runner.start();
    await settled(runner, events);
    expect({ ahead, behind, reads }).toEqual({ ahead: [3], behind: [1, 2, 3], reads: 1 });
    expect((await runner.status()).map((s) => [s.name, s.position, s.live])).toEqual([
      ['ahead', 3, true],
      ['behind', 3, true],
    ]);
  });

  it('asks the log for the types its read models handle only, and moves past the others to the head', async () => {
    const events = fastPolling(new InMemoryEventStore());
    const store = new InMemoryReadModelStore();
    const other: DocumentProjection = {
      name: 'other',
      collections: ['other'],
      handles: new Set(['FlockPlaced']),
      apply: () => undefined,
    };
    const asked: (ReadonlySet<string> | undefined)[] = [];
    const handed: string[] = [];
    const watched = Object.assign(Object.create(events) as InMemoryEventStore, {
      subscribeToAll: (...[handler, options]: Parameters<InMemoryEventStore['subscribeToAll']>) => {
        asked.push(options?.eventTypes);
        return events.subscribeToAll((event) => {
          handed.push(event.type);
          return handler(event);
        }, options);
      },
    });
    await appendSteps(events, [collect(1, 0, 0, 30), { kind: 'noise', lot: 1 }, collect(2, 0, 0, 30)]);
    await appendSteps(
      events,
      [
        { kind: 'noise', lot: 2 },
        { kind: 'noise', lot: 2 },
      ],
      3,
    );
    runner = new ReadModelRunner(watched, store, [eggsPerFarmDay, other]);
    await runner.start();
    await settled(runner, events);
    expect(asked.map((types) => [...(types ?? [])].sort())).toEqual([
      ['CollectionVoided', 'EggsCollected', 'FlockPlaced'],
    ]);
    expect(handed).toEqual(['EggsCollected', 'EggsCollected']);
    expect((await runner.status()).map((s) => [s.name, s.position, s.live])).toEqual([
      [eggsPerFarmDay.name, 5, true],
      ['other', 5, true],
    ]);
    expect(await store.checkpoint('other')).toBe(5);
  });

  it('follows the log live, and waits for a position (read your writes)', async () => {
    const events = fastPolling(new InMemoryEventStore());
    runner = new ReadModelRunner(events, new InMemoryReadModelStore(), [eggsPerFarmDay], { maxDelayMs: 1 });
    await runner.start();
    await appendSteps(events, [collect(1, 0, 0, 30)]);
    await runner.waitFor(1, 2000);
    expect(await runner.store.count(FARM_DAYS)).toBe(1);
    await runner.stop();
    await appendSteps(events, [collect(2, 0, 0, 30)], 1);
    await expect(runner.waitFor(2, 20)).rejects.toThrow(ReadModelsBehind);
  });

  it('refuses at once a position past the head of the log: no write has it', async () => {
    const events = fastPolling(new InMemoryEventStore());
    runner = new ReadModelRunner(events, new InMemoryReadModelStore(), [eggsPerFarmDay]);
    await runner.start();
    await appendSteps(events, [collect(1, 0, 0, 30)]);
    const started = Date.now();
    for (const position of [2, Number.MAX_SAFE_INTEGER]) {
      await expect(runner.waitFor(position)).rejects.toMatchObject({
        status: 422,
        code: 'position_not_written',
        details: { position, head: 1 },
      });
    }
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('rebuilds from 0 with progress up to the head, then follows the log again', async () => {
    const events = fastPolling(new InMemoryEventStore());
    const store = new InMemoryReadModelStore();
    await appendSteps(
      events,
      Array.from({ length: 25 }, (_, i) => collect(i, i % 3, i % 2, 10)),
    );
    runner = new ReadModelRunner(events, store, [eggsPerFarmDay], { batchEvents: 10 });
    await runner.start();
    await settled(runner, events);
    const before = await store.find(FARM_DAYS);
    const progress: number[] = [];
    const result = await runner.rebuild(eggsPerFarmDay.name, { onProgress: (p) => progress.push(p.position) });
    expect(result).toMatchObject({ name: eggsPerFarmDay.name, position: 25, events: 25 });
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(25);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(await store.find(FARM_DAYS)).toEqual(before);
    await appendSteps(events, [collect(99, 0, 0, 1)], 25);
    await runner.waitFor(26, 2000);
  });

  it('stops a projection that throws, shows why, and keeps the checkpoint before the failed batch', async () => {
    const events = fastPolling(new InMemoryEventStore());
    const store = new InMemoryReadModelStore();
    const fragile: DocumentProjection = {
      ...eggsPerFarmDay,
      name: 'fragile',
      apply: (event: RecordedEvent, tx) => {
        if ((event.data as { eggs?: number }).eggs === 13) throw new Error('unlucky count');
        return eggsPerFarmDay.apply(event, tx);
      },
    };
    runner = new ReadModelRunner(events, store, [fragile], { batchEvents: 1 });
    await appendSteps(events, [collect(1, 0, 0, 30), collect(2, 0, 0, 13), collect(3, 0, 0, 30)]);
    await runner.start();
    await expect(settled(runner, events, 2000)).rejects.toThrow('unlucky count');
    expect(await runner.status()).toMatchObject([
      { position: 1, lag: 2, failed: expect.stringContaining('after position 1') },
    ]);
    expect(await store.checkpoint('fragile')).toBe(1);
  });

  it('refuses a projection writing to a collection it does not own', async () => {
    const events = fastPolling(new InMemoryEventStore());
    const rogue: DocumentProjection = {
      name: 'rogue',
      collections: ['mine'],
      handles: new Set(['EggsCollected']),
      apply: (_event, tx) => tx.put('theirs', 'x', { v: 1 }),
    };
    runner = new ReadModelRunner(events, new InMemoryReadModelStore(), [rogue]);
    await appendSteps(events, [collect(1, 0, 0, 30)]);
    await runner.start();
    await expect(settled(runner, events, 2000)).rejects.toThrow('rogue does not own collection theirs');
  });

  it('refuses two projections of the same name', () => {
    expect(
      () =>
        new ReadModelRunner(new InMemoryEventStore(), new InMemoryReadModelStore(), [eggsPerFarmDay, eggsPerFarmDay]),
    ).toThrow('two projections are named eggs-per-farm-day');
  });
});
