import fc from 'fast-check';

import { applyAgain, dump, incremental, projectLog } from '../../testing/harness';
import { incomeLogs } from '../../testing/income-arbitraries';
import { incomeProjections } from './index';

describe('member income projection', () => {
  it('rebuild = incremental, whatever the batch boundaries and the moments they caught up', async () => {
    await fc.assert(
      fc.asyncProperty(
        incomeLogs,
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.integer({ min: 1, max: 7 }),
        async (log, cuts, batch) => {
          const rebuilt = await projectLog(log, incomeProjections);
          expect(await incremental(log, cuts, batch, incomeProjections)).toEqual(
            await dump(rebuilt.store, incomeProjections),
          );
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);

  it('applying an event twice changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(incomeLogs, fc.nat(), fc.nat(), async (log, a, b) => {
        const { store, events } = await projectLog(log, incomeProjections);
        const all = await events.readAll({ maxCount: 1000 });
        const [from, to] = [a % (all.length + 1), b % (all.length + 1)].sort((x, y) => x - y) as [number, number];
        for (const projection of incomeProjections) {
          const before = await dump(store, [projection]);
          expect(await applyAgain(store, projection, all.slice(from, to))).toEqual(before);
          expect(await applyAgain(store, projection, all)).toEqual(before);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
