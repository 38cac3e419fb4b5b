import type { DomainEvent } from '@khai/event-sourcing';

import { ReferenceSeriesCache } from '../../read-side/reference-series';
import { applyAgain, dump, projectLog } from '../../testing/harness';
import { referencePricesProjection } from '../reference-prices/reference-prices.projection';
import { pricePremiumProjection } from './price-premium.projection';
import { GetPricePremiumHandler, GetPricePremiumQuery, type PricePremiumParams } from './price-premium.query';

function recorded(type: string, data: unknown): DomainEvent {
  return { type, data };
}

// The cooperative network's ladder of 24 Mar 2022 and its mixed price of 22 Apr 2022 (shared/data).
const ladder = recorded('ReferencePriceAnnounced', {
  referencePriceId: 'coop-network.2022-03-24',
  source: 'coop-network',
  effectiveDate: '2022-03-24',
  mixedSatangPerEgg: 340,
  sizes: [
    { size: 0, satangPerEgg: 420 },
    { size: 3, satangPerEgg: 350 },
  ],
});
const mixedOnly = recorded('ReferencePriceAnnounced', {
  referencePriceId: 'coop-network.2022-04-22',
  source: 'coop-network',
  effectiveDate: '2022-04-22',
  mixedSatangPerEgg: 350,
  sizes: [],
});
const dit = recorded('ReferencePriceAnnounced', {
  referencePriceId: 'dit.2022-04-01',
  source: 'dit',
  effectiveDate: '2022-04-01',
  mixedSatangPerEgg: 330,
  sizes: [],
});

function sale(saleId: string, soldOn: string, lines: Array<[size: number, eggs: number, satangPerEgg: number]>) {
  return recorded('SaleRecorded', {
    saleId,
    buyerId: saleId === 'S3' ? 'B-MAKRO' : 'B-TOPS',
    soldOn,
    lines: lines.map(([size, eggs, satangPerEgg]) => ({ size, eggs, satangPerEgg, amountSatang: eggs * satangPerEgg })),
    lotIds: [],
    totalEggs: 0,
    totalSatang: 0,
  });
}

const projections = [referencePricesProjection, pricePremiumProjection];

/** The events as a log would hold them, in this order, and the report's query on their read model. */
async function projected(events: readonly DomainEvent[]) {
  const log = await projectLog(events, projections);
  const handler = new GetPricePremiumHandler(log.store, log.runner, new ReferenceSeriesCache(log.store));
  const query = async (params: Omit<PricePremiumParams, 'minPosition'>) =>
    (await handler.execute(new GetPricePremiumQuery(params))).sales;
  return { ...log, query };
}

describe('price premium against the reference price in force', () => {
  const events = [
    sale('S1', '2022-03-30', [
      [0, 300, 430],
      [3, 600, 340],
      [5, 90, 310],
    ]),
    ladder,
    mixedOnly,
    sale('S2', '2022-04-25', [[2, 360, 370]]),
    sale('S0', '2022-01-05', [[3, 30, 300]]),
    dit,
    sale('S3', '2022-04-05', [[3, 30, 350]]),
  ];
  let projection: Awaited<ReturnType<typeof projected>>;
  beforeAll(async () => {
    projection = await projected(events);
  });

  it('matches sizes on the ladder, falls back to the mixed price, and says when no reference was in force', async () => {
    const [s0, s1, s3, s2] = await projection.query({ from: '2022-01-01', to: '2022-12-31', source: 'coop-network' });
    expect(s0).toMatchObject({
      saleId: 'S0',
      reference: null,
      lines: [{ referenceSatangPerEgg: null, premiumPct: null }],
    });
    expect(s1?.reference).toEqual({ source: 'coop-network', effectiveDate: '2022-03-24' });
    expect(s1?.lines).toEqual([
      // 4.30 vs 4.20: +0.10 THB, +2.38 %
      {
        size: 0,
        eggs: 300,
        satangPerEgg: 430,
        referenceSatangPerEgg: 420,
        referenceBasis: 'size',
        premiumSatangPerEgg: 10,
        premiumPct: 2.38,
      },
      // 3.40 vs 3.50: −0.10 THB, −2.86 %
      {
        size: 3,
        eggs: 600,
        satangPerEgg: 340,
        referenceSatangPerEgg: 350,
        referenceBasis: 'size',
        premiumSatangPerEgg: -10,
        premiumPct: -2.86,
      },
      // size 5 is not on this ladder: against the mixed 3.40, −0.30 THB, −8.82 %
      {
        size: 5,
        eggs: 90,
        satangPerEgg: 310,
        referenceSatangPerEgg: 340,
        referenceBasis: 'mixed',
        premiumSatangPerEgg: -30,
        premiumPct: -8.82,
      },
    ]);
    expect(s3?.lines[0]).toMatchObject({ referenceSatangPerEgg: 350, premiumSatangPerEgg: 0, premiumPct: 0 });
    // 3.70 vs the mixed 3.50 of 22 Apr: +0.20 THB, +5.71 %
    expect(s2?.lines[0]).toMatchObject({
      referenceSatangPerEgg: 350,
      referenceBasis: 'mixed',
      premiumSatangPerEgg: 20,
      premiumPct: 5.71,
    });
  });

  it('values the whole size mix at the reference ladder (mix-normalised premium)', async () => {
    const [, s1] = await projection.query({ from: '2022-01-01', to: '2022-12-31', source: 'coop-network' });
    // Realised: 300 × 430 + 600 × 340 + 90 × 310 = 129,000 + 204,000 + 27,900 = 360,900 satang.
    // At the ladder: 300 × 420 + 600 × 350 + 90 × 340 (size 5 not on it: mixed) = 366,600.
    // Premium: −5,700 / 366,600 = −1.55 %. At mixed: 990 × 340 = 336,600; mix effect 30,000 / 336,600 = 8.91 %.
    expect(s1?.mix).toEqual({
      realisedSatang: 360_900,
      atLadderSatang: 366_600,
      atMixedSatang: 336_600,
      premiumPct: -1.55,
      mixEffectPct: 8.91,
    });
    const [s0] = await projection.query({ from: '2022-01-05', to: '2022-01-05', source: 'coop-network' });
    expect(s0?.mix).toBeNull();
  });

  it('uses the latest announcement of any source unless a source is asked for', async () => {
    const [s3] = await projection.query({ from: '2022-04-05', to: '2022-04-05' });
    expect(s3?.reference).toEqual({ source: 'dit', effectiveDate: '2022-04-01' });
    expect(s3?.lines[0]).toMatchObject({ referenceSatangPerEgg: 330, premiumSatangPerEgg: 20, premiumPct: 6.06 });
  });

  it('filters by date range (inclusive) and buyer', async () => {
    expect((await projection.query({ from: '2022-03-30', to: '2022-04-05' })).map((s) => s.saleId)).toEqual([
      'S1',
      'S3',
    ]);
    const makro = await projection.query({ from: '2022-01-01', to: '2022-12-31', buyerId: 'B-MAKRO' });
    expect(makro.map((s) => s.saleId)).toEqual(['S3']);
  });

  it('gives the same answers whatever order the sales and prices arrived in, and ignores replays', async () => {
    const shuffled = await projected([...events].reverse());
    const all = { from: '2020-01-01', to: '2029-12-31', source: 'coop-network' };
    expect((await shuffled.query(all)).map((s) => s.lines)).toEqual((await projection.query(all)).map((s) => s.lines));
    const log = await projection.events.readAll({ maxCount: 100 });
    for (const p of projections) {
      expect(await applyAgain(projection.store, p, log)).toEqual(await dump(projection.store, [p]));
    }
  });

  it('answers the log position it reflects, and refuses one past the log (read your writes)', async () => {
    const handler = new GetPricePremiumHandler(
      projection.store,
      projection.runner,
      new ReferenceSeriesCache(projection.store),
    );
    const report = await handler.execute(
      new GetPricePremiumQuery({ from: '2022-01-01', to: '2022-12-31', minPosition: 7 }),
    );
    expect(report.position).toBe(7);
    await expect(projection.runner.waitFor(8, 20)).rejects.toMatchObject({ code: 'position_not_written', status: 422 });
  });
});

describe('a revised reference price', () => {
  it('replaces the announcement it corrects', async () => {
    const revised = recorded('ReferencePriceRevised', {
      ...(ladder.data as object),
      mixedSatangPerEgg: 345,
      sizes: [{ size: 0, satangPerEgg: 415 }],
      reason: 'misread',
      revisedOn: '2022-03-26',
    });
    const projection = await projected([ladder, sale('S1', '2022-03-30', [[0, 30, 430]]), revised]);
    const [s1] = await projection.query({ from: '2022-03-30', to: '2022-03-30' });
    expect(s1?.lines[0]).toMatchObject({ referenceSatangPerEgg: 415, premiumSatangPerEgg: 15, premiumPct: 3.61 });
  });
});

describe('rounding and the total premium of the sales', () => {
  // Size 2 at 3.20 and size 4 at 2.80 on the ladder from 2 Jan 2023; a sale on 1 Jan has no reference yet.
  const events = [
    sale('S9', '2023-01-01', [[2, 30, 320]]),
    recorded('ReferencePriceAnnounced', {
      referencePriceId: 'coop-network.2023-01-02',
      source: 'coop-network',
      effectiveDate: '2023-01-02',
      mixedSatangPerEgg: 300,
      sizes: [
        { size: 2, satangPerEgg: 320 },
        { size: 4, satangPerEgg: 280 },
      ],
    }),
    sale('S10', '2023-01-03', [[2, 300, 330]]),
    sale('S11', '2023-01-03', [[2, 600, 310]]),
    sale('S12', '2023-01-04', [[4, 100, 300]]),
  ];

  it('rounds +10/320 and −10/320 alike, half away from zero', async () => {
    const { query } = await projected(events);
    const [, s10, s11, s12] = await query({ from: '2023-01-01', to: '2023-01-31' });
    // +10 / 320 = +3.125 % → +3.13; −10 / 320 = −3.125 % → −3.13 (Math.round gave −3.12); +20 / 280 = 7.14 %.
    expect([s10, s11, s12].map((s) => s?.lines[0]?.premiumPct)).toEqual([3.13, -3.13, 7.14]);
  });

  it('answers the premium of every sale together as money over money at the reference, size-matched', async () => {
    const { store, runner } = await projected(events);
    const handler = new GetPricePremiumHandler(store, runner, new ReferenceSeriesCache(store));
    const report = await handler.execute(new GetPricePremiumQuery({ from: '2023-01-01', to: '2023-01-31' }));
    // With a reference, 1,000 eggs: realised 300 × 330 + 600 × 310 + 100 × 300 = 99,000 + 186,000 + 30,000
    //   = 315,000; at the reference 300 × 320 + 600 × 320 + 100 × 280 = 96,000 + 192,000 + 28,000 = 316,000.
    // Premium −1,000 satang, −1,000 / 316,000 = −0.316 % → −0.32. (The egg-weighted mean of the lines,
    //   (300 × 3.125 − 600 × 3.125 + 100 × 7.143) / 1,000 = −0.22 %, is not this measure.)
    // All 1,030 eggs: realised 315,000 + 30 × 320 = 324,600, 315.15 → 315 per egg; reference 316 per egg.
    expect(report.summary).toEqual({
      eggs: 1_030,
      realisedSatang: 324_600,
      realisedSatangPerEgg: 315,
      eggsWithoutReference: 30,
      referenceSatang: 316_000,
      referenceSatangPerEgg: 316,
      premiumSatang: -1_000,
      premiumThb: -10,
      premiumPct: -0.32,
    });
  });
});
