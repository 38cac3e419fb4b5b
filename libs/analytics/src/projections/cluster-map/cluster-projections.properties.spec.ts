import fc from 'fast-check';

import { clusterLogs } from '../../testing/cluster-arbitraries';
import { applyAgain, dump, incremental, projectLog } from '../../testing/harness';
import { clusterProjections } from './index';

describe('cluster projections', () => {
  it('rebuild = incremental, whatever the batch boundaries and the moments they caught up', async () => {
    await fc.assert(
      fc.asyncProperty(
        clusterLogs,
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.integer({ min: 1, max: 7 }),
        async (log, cuts, batch) => {
          const rebuilt = await projectLog(log, clusterProjections);
          expect(await incremental(log, cuts, batch, clusterProjections)).toEqual(
            await dump(rebuilt.store, clusterProjections),
          );
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);

  it('applying an event twice changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(clusterLogs, fc.nat(), fc.nat(), async (log, a, b) => {
        const { store, events } = await projectLog(log, clusterProjections);
        const all = await events.readAll({ maxCount: 1000 });
        const [from, to] = [a % (all.length + 1), b % (all.length + 1)].sort((x, y) => x - y) as [number, number];
        for (const projection of clusterProjections) {
          const before = await dump(store, [projection]);
          expect(await applyAgain(store, projection, all.slice(from, to))).toEqual(before);
          expect(await applyAgain(store, projection, all)).toEqual(before);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
