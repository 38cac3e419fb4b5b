import { aggregatePremium } from '../../metrics/price-premium';
import { ratioPct, roundSatang } from '../../metrics/rounding';
import { ReferenceSeriesCache } from '../../read-side/reference-series';
import { type Projected, projectLog } from '../../testing/harness';
import { order, sale, salesScenario } from '../../testing/scenario';
import type { NegotiatedPricesParams } from './negotiated-prices.dto';
import { GetNegotiatedPricesHandler, GetNegotiatedPricesQuery } from './negotiated-prices.query';

describe('negotiated prices against the reference, by period × buyer × size', () => {
  let log: Projected;
  let ask: (params: Partial<NegotiatedPricesParams>) => ReturnType<GetNegotiatedPricesHandler['execute']>;
  beforeAll(async () => {
    log = await projectLog(salesScenario);
    const handler = new GetNegotiatedPricesHandler(log.store, log.runner, new ReferenceSeriesCache(log.store));
    ask = (params) =>
      handler.execute(
        new GetNegotiatedPricesQuery({ from: '2022-03-01', to: '2022-04-30', granularity: 'week', ...params }),
      );
  });

  it('values each ISO week’s eggs at the reference in force on their day, size-matched', async () => {
    const report = await ask({});
    expect(report).toMatchObject({ granularity: 'week', page: 1, pageSize: 100, total: 4, position: 9 });
    expect(report.rows.map((r) => [r.period, r.buyerId, r.channel, r.size])).toEqual([
      ['2022-W09', 'B-TOPS', 'MODERN_TRADE', 3],
      ['2022-W13', 'B-TOPS', 'MODERN_TRADE', 0],
      ['2022-W13', 'B-TOPS', 'MODERN_TRADE', 3],
      ['2022-W14', 'B-MAKRO', 'WHOLESALER', 5],
    ]);
    const [before, size0, size3, offLadder] = report.rows;
    // 1 Mar: no reference in force yet — counted in volume, left out of the premium.
    expect(before).toMatchObject({
      eggs: 30,
      realisedSatang: 9_000,
      eggsWithoutReference: 30,
      referenceSatang: 0,
      referenceSatangPerEgg: null,
      premiumSatang: 0,
      premiumPct: null,
      contractEggs: 0,
      spotEggs: 30,
    });
    // 300 × 4.30 against 4.20: +30 THB, +2.38 %, all under contract.
    expect(size0).toMatchObject({
      eggs: 300,
      realisedSatang: 129_000,
      referenceSatang: 126_000,
      premiumSatang: 3_000,
      premiumThb: 30,
      premiumPct: 2.38,
      contractSharePct: 100,
    });
    // 600 × 3.40 (contract) and 30 × 3.50 (spot, no order) against 3.50: −60 THB, −6,000 / 220,500 = −2.72 %.
    expect(size3).toEqual({
      period: '2022-W13',
      buyerId: 'B-TOPS',
      channel: 'MODERN_TRADE',
      size: 3,
      eggs: 630,
      realisedSatang: 214_500,
      realisedSatangPerEgg: 340,
      eggsWithoutReference: 0,
      referenceSatang: 220_500,
      referenceSatangPerEgg: 350,
      premiumSatang: -6_000,
      premiumThb: -60,
      premiumPct: -2.72,
      contractEggs: 600,
      spotEggs: 30,
      contractSharePct: 95.24,
    });
    // Size 5 is not on the ladder: against the mixed 3.40, −27 THB, −8.82 %.
    expect(offLadder).toMatchObject({ referenceSatangPerEgg: 340, premiumSatang: -2_700, premiumPct: -8.82 });
  });

  it('sums every matching row, not only the page, exactly as aggregatePremium does, and rounds once', async () => {
    const expected = aggregatePremium([
      { eggs: 300, realisedSatangPerEgg: 430, referenceSatangPerEgg: 420 },
      { eggs: 600, realisedSatangPerEgg: 340, referenceSatangPerEgg: 350 },
      { eggs: 30, realisedSatangPerEgg: 350, referenceSatangPerEgg: 350 },
      { eggs: 90, realisedSatangPerEgg: 310, referenceSatangPerEgg: 340 },
    ]);
    const { summary, rows } = await ask({ pageSize: 1 });
    expect(rows).toHaveLength(1);
    expect(summary).toEqual({
      eggs: 1_050,
      realisedSatang: 380_400,
      realisedSatangPerEgg: 362,
      eggsWithoutReference: 30,
      referenceSatang: expected.referenceSatang,
      referenceSatangPerEgg: roundSatang(expected.referenceSatangPerEgg),
      premiumSatang: expected.premiumSatang,
      premiumThb: -57,
      premiumPct: ratioPct(expected.premiumRatio),
      contractEggs: 900,
      spotEggs: 150,
      contractSharePct: 85.71,
    });
    // The 1,020 eggs with a reference: realised 129,000 + 204,000 + 10,500 + 27,900 = 371,400 satang;
    // at the reference 126,000 + 210,000 + 10,500 + 30,600 = 377,100 (377,100 / 1,020 = 369.71 → 370 per egg).
    // Premium −5,700 / 377,100 = −1.51 %: money given up over money at the reference. (The egg-weighted mean
    // of the line percentages, (300 × 2.381 − 600 × 2.857 + 30 × 0 − 90 × 8.824) / 1,020 = −1.76 %, was answered
    // before: it counts the 90 cheap size-5 eggs for more than their satang.)
    expect(summary).toMatchObject({ referenceSatang: 377_100, referenceSatangPerEgg: 370, premiumPct: -1.51 });
  });

  it('groups by Bangkok business day or by month', async () => {
    const days = await ask({ granularity: 'day' });
    expect(days.rows.map((r) => [r.period, r.size, r.eggs])).toEqual([
      ['2022-03-01', 3, 30],
      ['2022-03-30', 0, 300],
      ['2022-03-30', 3, 600],
      ['2022-03-31', 3, 30],
      ['2022-04-04', 5, 90],
    ]);
    const months = await ask({ granularity: 'month' });
    expect(months.rows.map((r) => [r.period, r.buyerId, r.size, r.eggs, r.eggsWithoutReference])).toEqual([
      ['2022-03', 'B-TOPS', 0, 300, 0],
      ['2022-03', 'B-TOPS', 3, 660, 30],
      ['2022-04', 'B-MAKRO', 5, 90, 0],
    ]);
  });

  it('filters by date range (inclusive), buyer, size and channel, and pages', async () => {
    expect((await ask({ from: '2022-03-30', to: '2022-03-30', granularity: 'day' })).total).toBe(2);
    expect((await ask({ buyerId: 'B-MAKRO' })).rows.map((r) => r.size)).toEqual([5]);
    expect((await ask({ size: 0 })).rows.map((r) => r.period)).toEqual(['2022-W13']);
    expect((await ask({ channel: 'WHOLESALER' })).rows.map((r) => r.buyerId)).toEqual(['B-MAKRO']);
    expect((await ask({ channel: 'WHOLESALER', buyerId: 'B-TOPS' })).total).toBe(0);
    const second = await ask({ page: 2, pageSize: 3 });
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(second.rows.map((r) => r.buyerId)).toEqual(['B-MAKRO']);
  });

  it('takes the reference of one source when asked, and refuses a range that ends before it starts', async () => {
    const dit = await ask({ source: 'dit' });
    expect(dit.summary).toMatchObject({ eggsWithoutReference: 1_050, premiumPct: null });
    await expect(ask({ from: '2022-04-01', to: '2022-03-01' })).rejects.toMatchObject({ code: 'invalid_date_range' });
  });
});

describe('the basis of a delivered shipment’s sale', () => {
  it('is the basis of the order the sale names, whatever the sale’s own id', async () => {
    const shipmentSale = sale('SH-9', 'B-TOPS', '2022-05-10', [[3, 300, 340]]);
    const log = await projectLog([
      order('SO9', 'B-TOPS', '2022-05-01', 'CONTRACT', [[3, 300, 340]]),
      { ...shipmentSale, data: { ...(shipmentSale.data as object), orderId: 'SO9' } },
      sale('GATE-1', 'B-TOPS', '2022-05-11', [[3, 100, 360]]),
    ]);
    const handler = new GetNegotiatedPricesHandler(log.store, log.runner, new ReferenceSeriesCache(log.store));
    const { summary } = await handler.execute(
      new GetNegotiatedPricesQuery({ from: '2022-05-01', to: '2022-05-31', granularity: 'month' }),
    );
    // 300 eggs of the contract order SO9 (sold as SH-9) of 400 sold: 75 %.
    expect(summary).toMatchObject({ eggs: 400, contractEggs: 300, contractSharePct: 75 });
  });
});
