import { ReferenceSeriesCache } from '../../read-side/reference-series';
import { projectLog } from '../../testing/harness';
import { salesScenario } from '../../testing/scenario';
import { GetNegotiatedPricesHandler, GetNegotiatedPricesQuery } from './negotiated-prices.query';

describe('negotiated prices over a range far wider than the sales', () => {
  it('answers as over the months sold in, at once, without a cell for every day of the range', async () => {
    const log = await projectLog(salesScenario);
    const handler = new GetNegotiatedPricesHandler(log.store, log.runner, new ReferenceSeriesCache(log.store));
    const ask = (from: string, to: string, granularity: 'day' | 'month' = 'day') =>
      handler.execute(new GetNegotiatedPricesQuery({ from, to, granularity }));
    const near = await ask('2022-01-01', '2022-12-31', 'month');
    const started = performance.now();
    // Ten years by the month, the longest period: only the months sold in are numbered.
    const wide = await ask('2015-01-01', '2024-12-28', 'month');
    expect(performance.now() - started).toBeLessThan(500);
    expect(near.total).toBeGreaterThan(0);
    expect({ ...wide, from: near.from, to: near.to }).toEqual(near);
    expect((await ask('2022-03-15', '2022-03-31')).rows.every((r) => r.period >= '2022-03-15')).toBe(true);
  });

  it('refuses a period beyond its limit before any work: by the day a year, else ten years', async () => {
    const log = await projectLog(salesScenario);
    const handler = new GetNegotiatedPricesHandler(log.store, log.runner, new ReferenceSeriesCache(log.store));
    const ask = (from: string, to: string, granularity: 'day' | 'week' | 'month') =>
      handler.execute(new GetNegotiatedPricesQuery({ from, to, granularity }));
    // 9,000 years of days took 7-12 s (and hundreds of MB) before the months-sold bound; now it is not asked at all.
    await expect(ask('1000-01-01', '9999-12-31', 'day')).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(ask('2022-01-01', '2023-01-02', 'day')).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(ask('2012-01-01', '2022-01-08', 'week')).rejects.toMatchObject({ code: 'validation_failed' });
    expect((await ask('2022-01-01', '2023-01-01', 'day')).total).toBeGreaterThan(0);
  });
});
