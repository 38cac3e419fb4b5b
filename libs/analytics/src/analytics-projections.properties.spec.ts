import fc from 'fast-check';

import { analyticsProjections } from './analytics-projections';
import { analyticsLogs } from './testing/arbitraries';
import { applyAgain, dump, incremental, projectLog } from './testing/harness';

describe('analytics projections', () => {
  it('rebuild = incremental, whatever the batch boundaries and the moments they caught up', async () => {
    await fc.assert(
      fc.asyncProperty(
        analyticsLogs,
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.integer({ min: 1, max: 7 }),
        async (log, cuts, batch) => {
          const rebuilt = await projectLog(log);
          expect(await incremental(log, cuts, batch)).toEqual(await dump(rebuilt.store, analyticsProjections()));
        },
      ),
      { numRuns: 30 },
    );
  }, 30_000);

  it('applying an event twice changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(analyticsLogs, fc.nat(), fc.nat(), async (log, a, b) => {
        const { store, events } = await projectLog(log);
        const all = await events.readAll({ maxCount: 1000 });
        const [from, to] = [a % (all.length + 1), b % (all.length + 1)].sort((x, y) => x - y) as [number, number];
        for (const projection of analyticsProjections()) {
          const before = await dump(store, [projection]);
          expect(await applyAgain(store, projection, all.slice(from, to))).toEqual(before);
          expect(await applyAgain(store, projection, all)).toEqual(before);
        }
      }),
      { numRuns: 40 },
    );
  }, 30_000);
});
