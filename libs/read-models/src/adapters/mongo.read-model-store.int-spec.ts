import { randomUUID } from 'node:crypto';

import { InMemoryEventStore } from '@khai/event-sourcing';
import fc from 'fast-check';
import { MongoClient } from 'mongodb';

import { ReadModelRunner } from '../runner/read-model-runner';
import { dumpEggsPerFarmDay, eggsPerFarmDay } from '../testing/eggs-per-farm-day.projection';
import { readModelStoreContract } from '../testing/read-model-store.contract';
import {
  appendSteps,
  applyAgain,
  cleanRebuild,
  crashAndRestart,
  crashPlans,
  incremental,
  logs,
} from '../testing/runner.properties';
import { settled } from '../testing/runner-harness';
import { MongoReadModelStore, type WriteStep } from './mongo.read-model-store';

// A real MongoDB-wire server: MONGO_URL (FerretDB from deploy/local/ferretdb.sh here, MongoDB in CI with Docker).
// Without it the suite is skipped, and says so.
const url = process.env.MONGO_URL;
/** One database per run, dropped at the end, so runs never see each other's documents. */
const dbName = `khai_read_models_test_${Date.now()}_${randomUUID().slice(0, 8)}`;

class Crashed extends Error {}

/** Crashes at the `at`-th step a write reaches (journaled, committed, each chunk, checkpointed). */
class CrashingMongoStore extends MongoReadModelStore {
  private steps = 0;
  constructor(
    other: MongoReadModelStore,
    private readonly at: number,
  ) {
    super(other.connectionForTests());
  }
  protected override async reached(step: WriteStep): Promise<void> {
    this.steps += 1;
    if (this.steps === this.at) throw new Crashed(`crashed at ${step}`);
  }
}

if (url) {
  readModelStoreContract(`mongodb (${url}, db ${dbName})`, () => MongoReadModelStore.connect(url, { dbName }));

  describe('mongodb read models: journal, runner properties', () => {
    let store: MongoReadModelStore;
    const reset = () => store.reset(eggsPerFarmDay.name, eggsPerFarmDay.collections);
    beforeAll(async () => {
      store = await MongoReadModelStore.connect(url, { dbName });
    });
    afterAll(async () => {
      await store.close();
      const client = await MongoClient.connect(url);
      await client.db(dbName).dropDatabase();
      await client.close();
    });

    it('finishes a write interrupted at any step after its commit point, and forgets one interrupted before', async () => {
      const steps = Array.from(
        { length: 30 },
        (_, i) => ({ kind: 'collect', lot: i, farm: i % 3, day: i % 2, eggs: 5 }) as const,
      );
      const expected = await cleanRebuild(steps);
      const events = new InMemoryEventStore();
      await appendSteps(events, steps);
      // One batch of 60 documents: journaled, committed, 1 insert chunk, checkpointed.
      for (let at = 1; at <= 4; at++) {
        await reset();
        const crashing = new CrashingMongoStore(store, at);
        await expect(
          new ReadModelRunner(events, crashing, [eggsPerFarmDay]).rebuild(eggsPerFarmDay.name, { staged: false }),
        ).rejects.toThrow(Crashed);
        const recovered = await store.checkpoint(eggsPerFarmDay.name);
        expect(recovered).toBe(at === 1 ? 0 : 30);
        if (at === 1) expect(await store.count('example_lots')).toBe(0);
        const runner = new ReadModelRunner(events, store, [eggsPerFarmDay]);
        await runner.start();
        await settled(runner, events, 30_000);
        await runner.stop();
        expect(await dumpEggsPerFarmDay(store)).toEqual(expected);
      }
    });

    it('finishes from its journal a write of lines (arrays inside arrays) interrupted after its commit point', async () => {
      const collections = ['c_journal_lines'];
      await store.reset('p_journal_lines', collections);
      const doc = {
        month: '2026-11',
        lines: [
          [1, 365, 9480, 1],
          [4, 365, 28500, 0],
        ],
      };
      // Crashes at the second step, `committed`: journaled and committed, not yet applied.
      await expect(
        new CrashingMongoStore(store, 2).write('p_journal_lines', 9, [
          { kind: 'put', collection: 'c_journal_lines', id: 'm', position: 9, doc },
        ]),
      ).rejects.toThrow(Crashed);
      expect(await store.count('c_journal_lines')).toBe(0);
      expect(await store.checkpoint('p_journal_lines')).toBe(9);
      expect(await store.get('c_journal_lines', 'm')).toEqual({ ...doc, _id: 'm', _position: 9 });
    });

    it('rebuilds staged (replay in memory, load once), and a crash while loading leaves it reset', async () => {
      const steps = Array.from(
        { length: 1500 },
        (_, i) => ({ kind: 'collect', lot: i, farm: i % 7, day: i % 4, eggs: 5 }) as const,
      );
      const expected = await cleanRebuild(steps);
      const events = new InMemoryEventStore();
      await appendSteps(events, steps);
      await reset();
      // 1,500 lots and 28 farm-days: the second insert chunk of the load crashes.
      await expect(
        new ReadModelRunner(events, new CrashingMongoStore(store, 2), [eggsPerFarmDay]).rebuild(eggsPerFarmDay.name),
      ).rejects.toThrow(Crashed);
      expect(await store.checkpoint(eggsPerFarmDay.name)).toBe(0);
      expect(await store.count('example_lots')).toBe(0);
      const progress: number[] = [];
      const result = await new ReadModelRunner(events, store, [eggsPerFarmDay]).rebuild(eggsPerFarmDay.name, {
        onProgress: (p) => progress.push(p.position),
      });
      expect(result.position).toBe(1500);
      expect(progress.at(-1)).toBe(1500);
      expect(await store.checkpoint(eggsPerFarmDay.name)).toBe(1500);
      expect(await dumpEggsPerFarmDay(store)).toEqual(expected);
    });

    it('finishes a reset interrupted before it emptied the collections', async () => {
      await reset();
      await store.write(eggsPerFarmDay.name, 5, [
        { kind: 'put', collection: 'example_lots', id: 'x', position: 5, doc: { eggs: 1 } },
      ]);
      const client = await MongoClient.connect(url);
      await client
        .db(dbName)
        .collection<{ _id: string }>('read_model_checkpoints')
        .updateOne({ _id: eggsPerFarmDay.name }, { $set: { position: 0, resetting: ['example_lots'] } });
      await client.close();
      expect(await store.checkpoint(eggsPerFarmDay.name)).toBe(0);
      expect(await store.count('example_lots')).toBe(0);
    });

    it('rebuild = incremental', async () => {
      await fc.assert(
        fc.asyncProperty(
          logs,
          fc.array(fc.nat(), { maxLength: 3 }),
          fc.integer({ min: 1, max: 9 }),
          async (steps, cuts, batch) => {
            await reset();
            expect(await incremental(store, steps, cuts, batch)).toEqual(await cleanRebuild(steps));
          },
        ),
        { numRuns: 8 },
      );
    });

    it('applying an event twice changes nothing', async () => {
      await fc.assert(
        fc.asyncProperty(logs, fc.nat(), async (steps, a) => {
          await reset();
          const events = new InMemoryEventStore();
          await appendSteps(events, steps);
          await new ReadModelRunner(events, store, [eggsPerFarmDay]).rebuild(eggsPerFarmDay.name);
          const before = await dumpEggsPerFarmDay(store);
          const all = await events.readAll({ maxCount: 1000 });
          await applyAgain(store, all.slice(a % (all.length + 1)), all.length);
          expect(await dumpEggsPerFarmDay(store)).toEqual(before);
        }),
        { numRuns: 8 },
      );
    });

    it('stopped by a crash at any point and restarted, it ends as a clean rebuild', async () => {
      await fc.assert(
        fc.asyncProperty(logs, crashPlans, fc.integer({ min: 1, max: 9 }), async (steps, plans, batch) => {
          await reset();
          expect(await crashAndRestart(store, steps, plans, batch)).toEqual(await cleanRebuild(steps));
        }),
        { numRuns: 8 },
      );
    });

    it('crashed inside its writes at random steps and restarted, it ends as a clean rebuild', async () => {
      await fc.assert(
        fc.asyncProperty(
          logs,
          fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }),
          fc.integer({ min: 2, max: 9 }),
          async (steps, crashes, batch) => {
            await reset();
            const events = new InMemoryEventStore();
            await appendSteps(events, steps);
            for (const at of crashes) {
              const runner = new ReadModelRunner(events, new CrashingMongoStore(store, at), [eggsPerFarmDay], {
                batchEvents: batch,
                maxDelayMs: 0,
              });
              await runner.start();
              await settled(runner, events, 30_000).catch(() => undefined);
              await runner.stop();
            }
            const runner = new ReadModelRunner(events, store, [eggsPerFarmDay], { batchEvents: batch });
            await runner.start();
            await settled(runner, events, 30_000);
            await runner.stop();
            expect(await dumpEggsPerFarmDay(store)).toEqual(await cleanRebuild(steps));
          },
        ),
        { numRuns: 8 },
      );
    });
  });
} else {
  const reason = 'MONGO_URL is not set (deploy/local/ferretdb.sh install && deploy/local/ferretdb.sh start prints it)';
  console.warn(`SKIPPED the MongoDB read model store tests: ${reason}`);
  describe.skip(`read model store contract: mongodb — skipped: ${reason}`, () => {
    readModelStoreContract('mongodb', () => Promise.reject(new Error(reason)));
  });
}
