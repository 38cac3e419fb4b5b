import fc from 'fast-check';

import { priceProjections } from './analytics-projections';
import { analyticsLogs } from './testing/arbitraries';
import { applyAgain, dump, incremental, projectLog } from './testing/harness';

// Member income, the cluster map and the action plan have property tests of their own.
describe('price, negotiation and traceability projections', () => {
  const projections = priceProjections();

  it('rebuild = incremental, whatever the batch boundaries and the moments they caught up', async () => {
    await fc.assert(
      fc.asyncProperty(
        analyticsLogs,
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.integer({ min: 1, max: 7 }),
        async (log, cuts, batch) => {
          const rebuilt = await projectLog(log, projections);
          expect(await incremental(log, cuts, batch, projections)).toEqual(await dump(rebuilt.store, projections));
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);

  it('applying an event twice changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(analyticsLogs, fc.nat(), fc.nat(), async (log, a, b) => {
        const { store, events } = await projectLog(log, projections);
        const all = await events.readAll({ maxCount: 1000 });
        const [from, to] = [a % (all.length + 1), b % (all.length + 1)].sort((x, y) => x - y) as [number, number];
        for (const projection of projections) {
          const before = await dump(store, [projection]);
          expect(await applyAgain(store, projection, all.slice(from, to))).toEqual(before);
          expect(await applyAgain(store, projection, all)).toEqual(before);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
