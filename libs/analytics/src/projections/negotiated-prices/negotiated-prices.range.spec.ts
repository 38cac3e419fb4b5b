import { ReferenceSeriesCache } from '../../read-side/reference-series';
import { projectLog } from '../../testing/harness';
import { salesScenario } from '../../testing/scenario';
import { GetNegotiatedPricesHandler, GetNegotiatedPricesQuery } from './negotiated-prices.query';

describe('negotiated prices over a range far wider than the sales', () => {
  it('answers as over the months sold in, at once, without a cell for every day of the range', async () => {
    const log = await projectLog(salesScenario);
    const handler = new GetNegotiatedPricesHandler(log.store, log.runner, new ReferenceSeriesCache(log.store));
    const ask = (from: string, to: string) =>
      handler.execute(new GetNegotiatedPricesQuery({ from, to, granularity: 'day' }));
    const near = await ask('2022-01-01', '2022-12-31');
    const started = performance.now();
    // 9,000 years of days: a table of every day × buyer × size held hundreds of MB, and took seconds to fill.
    const wide = await ask('1000-01-01', '9999-12-31');
    expect(performance.now() - started).toBeLessThan(500);
    expect(near.total).toBeGreaterThan(0);
    expect({ ...wide, from: near.from, to: near.to }).toEqual(near);
    expect((await ask('2022-03-15', '2022-03-31')).rows.every((r) => r.period >= '2022-03-15')).toBe(true);
  });
});
