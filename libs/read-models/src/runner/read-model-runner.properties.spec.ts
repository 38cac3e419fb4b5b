import { InMemoryEventStore } from '@khai/event-sourcing';
import fc from 'fast-check';

import { InMemoryReadModelStore } from '../adapters/in-memory.read-model-store';
import { dumpEggsPerFarmDay, eggsPerFarmDay } from '../testing/eggs-per-farm-day.projection';
import {
  appendSteps,
  applyAgain,
  cleanRebuild,
  crashAndRestart,
  crashPlans,
  incremental,
  logs,
} from '../testing/runner.properties';
import { ReadModelRunner } from './read-model-runner';

describe('read model runner properties (in memory)', () => {
  it('rebuild = incremental, whatever the batch boundaries and the moments it caught up', async () => {
    await fc.assert(
      fc.asyncProperty(
        logs,
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.integer({ min: 1, max: 9 }),
        async (steps, cuts, batch) => {
          expect(await incremental(new InMemoryReadModelStore(), steps, cuts, batch)).toEqual(
            await cleanRebuild(steps),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('applying an event twice changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(logs, fc.nat(), fc.nat(), async (steps, a, b) => {
        const events = new InMemoryEventStore();
        await appendSteps(events, steps);
        const store = new InMemoryReadModelStore();
        await new ReadModelRunner(events, store, [eggsPerFarmDay]).rebuild(eggsPerFarmDay.name);
        const before = await dumpEggsPerFarmDay(store);
        const all = await events.readAll({ maxCount: 1000 });
        const [from, to] = [a % (all.length + 1), b % (all.length + 1)].sort((x, y) => x - y) as [number, number];
        await applyAgain(store, all.slice(from, to), all.length); // any run of events again, as one batch
        await applyAgain(store, all, all.length); // the whole log again
        expect(await dumpEggsPerFarmDay(store)).toEqual(before);
        expect(await store.checkpoint(eggsPerFarmDay.name)).toBe(all.length);
      }),
      { numRuns: 60 },
    );
  });

  it('stopped by a crash at any point (even between documents and checkpoint) and restarted, it ends as a clean rebuild', async () => {
    await fc.assert(
      fc.asyncProperty(logs, crashPlans, fc.integer({ min: 1, max: 9 }), async (steps, plans, batch) => {
        expect(await crashAndRestart(new InMemoryReadModelStore(), steps, plans, batch)).toEqual(
          await cleanRebuild(steps),
        );
      }),
      { numRuns: 60 },
    );
  });
});
