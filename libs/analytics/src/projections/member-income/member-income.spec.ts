import { InvariantViolated, NotFound } from '@khai/event-sourcing';

import { memberPeriodMetrics, TAS_MIDPOINT_GRAMS } from '../../metrics/member-performance';
import { ReferenceSeriesCache } from '../../read-side/reference-series';
import { type Projected, projectLog } from '../../testing/harness';
import { incomeScenario } from '../../testing/income-scenario';
import { referencePricesProjection } from '../reference-prices/reference-prices.projection';
import { flockPeriod } from './flock-days';
import type { MemberIncomeParams } from './member-income.dto';
import { memberIncomeProjection } from './member-income.projection';
import { GetMemberIncomeHandler, GetMemberIncomeQuery } from './member-income.query';

describe('income per member and period', () => {
  let log: Projected;
  let ask: (params: Partial<MemberIncomeParams>) => ReturnType<GetMemberIncomeHandler['execute']>;
  beforeAll(async () => {
    log = await projectLog(incomeScenario, [referencePricesProjection, memberIncomeProjection]);
    const handler = new GetMemberIncomeHandler(log.store, log.runner, new ReferenceSeriesCache(log.store));
    ask = (params) => handler.execute(new GetMemberIncomeQuery({ from: '2026-04-01', to: '2026-04-30', ...params }));
  });

  it('values a member’s eggs at the member price list and measures them against hen-days and feed', async () => {
    const report = await ask({});
    expect(report).toMatchObject({ days: 30, position: incomeScenario.length });
    const m1 = report.members.find((m) => m.memberId === 'M1');
    // Hen-days: 1,000 hens on 1–15 Apr, 990 on 16–30 Apr (10 died on the 16th) = 15,000 + 14,850 = 29,850.
    // Eggs: L1 9,000 × size 2 + 9,000 × size 3; L2 6,000 × size 3 + 2,700 × size 4 + 300 rejects = 27,000.
    //   (L0 was collected on 31 Mar; L3's grading was voided.)
    // Revenue at the list of 8 Apr: 9,000 × 3.80 + 15,000 × 3.50 + 2,700 × 3.30
    //   = 3,420,000 + 5,250,000 + 891,000 = 9,561,000 satang; rejects earn nothing.
    // Feed: 2,000 kg + 1,500 kg corrected to 1,450 kg = 3,450 kg at 15.00 = 5,175,000 satang.
    // IOFC 9,561,000 − 5,175,000 = 4,386,000; per hen-day 4,386,000 / 29,850 = 146.93 → 147;
    //   per egg 4,386,000 / 27,000 = 162.44 → 162.
    // Hen-day 27,000 / 29,850 = 90.4523 % → 90.45; hen-housed 27,000 / (1,000 housed × 30 days) = 90 %;
    //   mortality 10 / 1,000 = 1 %. Feed 3,450 kg × 1,000 / 29,850 hen-days = 115.58 g per hen per day.
    expect(m1).toMatchObject({
      revenueBasis: 'member-price',
      eggsAtMemberPrice: 26_700,
      eggsAtReferencePrice: 0,
      eggsUnpriced: 0,
      eggsBySize: [
        { size: 2, eggs: 9_000 },
        { size: 3, eggs: 15_000 },
        { size: 4, eggs: 2_700 },
      ],
      rejectedEggs: 300,
      eggs: 27_000,
      eggRevenueSatang: 9_561_000,
      feedKg: 3_450,
      feedCostSatang: 5_175_000,
      iofcSatang: 4_386_000,
      iofcPerHenDaySatang: 147,
      iofcPerEggSatang: 162,
      henDays: 29_850,
      hensAliveAtStart: 1_000,
      housedHenDays: 30_000,
      deaths: 10,
      henDayPct: 90.45,
      henHousedPct: 90,
      mortalityPct: 1,
    });
    expect(m1?.feedGramsPerHenDay).toBeCloseTo(115.578, 3);
    // Egg mass: 9,000 × 62.5 + 15,000 × 57.5 + 2,700 × 52.5 = 562,500 + 862,500 + 141,750 = 1,566,750 g graded,
    //   mean 1,566,750 / 26,700 = 58.680 g; 300 rejects at that mean = 17,603.9 g → 1,584.354 kg.
    // FCR 3,450 / 1,584.354 = 2.1775; egg mass 0.90452 × 58.680 = 53.077 g per hen per day.
    expect(m1?.eggMassKg).toBeCloseTo(1_584.354, 3);
    expect(m1?.meanEggGrams).toBeCloseTo(58.68, 2);
    expect(m1?.fcr).toBeCloseTo(2.1775, 4);
    expect(m1?.eggMassGramsPerHenDay).toBeCloseTo(53.077, 3);
  });

  it('weighs eggs at the configured grams and says which grams it used', async () => {
    const grams = { ...TAS_MIDPOINT_GRAMS, 3: 60 };
    const handler = new GetMemberIncomeHandler(log.store, log.runner, new ReferenceSeriesCache(log.store), grams);
    const report = await handler.execute(
      new GetMemberIncomeQuery({ from: '2026-04-01', to: '2026-04-30', memberId: 'M1' }),
    );
    expect(report.eggGrams).toContainEqual({ size: 3, grams: 60 });
    expect(report.eggGrams).toContainEqual({ size: 0, grams: 72.5 });
    // 9,000 × 62.5 + 15,000 × 60 + 2,700 × 52.5 = 1,604,250 g graded, mean 60.0843 g;
    //   300 rejects at that mean = 18,025.3 g → 1,622.275 kg.
    expect(report.members[0]?.eggMassKg).toBeCloseTo(1_622.275, 3);
    expect((await ask({})).eggGrams).toContainEqual({ size: 3, grams: 57.5 });
  });

  it('falls back to the reference ladder on days no member price list covers, and says so', async () => {
    const { members } = await ask({ memberId: 'M2' });
    // Hen-days: 500 hens on 1–20 Apr, 250 on 21–30 Apr (250 culled on the 21st) = 10,000 + 2,500 = 12,500.
    // L4 (5 Apr, before the list of 8 Apr): 4,000 × 3.50 (ladder, size 3) = 1,400,000;
    // L5 (25 Apr): 6,500 × 3.50 (member list) = 2,275,000; revenue 3,675,000.
    // Feed 1,500 kg × 15.00 = 2,250,000. IOFC 1,425,000; per hen-day 1,425,000 / 12,500 = 114;
    // per egg 1,425,000 / 10,500 = 135.71 → 136. Hen-day 10,500 / 12,500 = 84 %;
    // hen-housed 10,500 / (500 × 30) = 70 %. Culls are not deaths: mortality 0 %.
    // Egg mass 10,500 × 57.5 g = 603.75 kg; FCR 1,500 / 603.75 = 2.4845. Feed 1,500,000 g / 12,500 = 120 g a hen-day.
    expect(members).toHaveLength(1);
    expect(members[0]).toMatchObject({
      memberId: 'M2',
      revenueBasis: 'mixed',
      eggsAtMemberPrice: 6_500,
      eggsAtReferencePrice: 4_000,
      eggRevenueSatang: 3_675_000,
      feedCostSatang: 2_250_000,
      iofcSatang: 1_425_000,
      iofcPerHenDaySatang: 114,
      iofcPerEggSatang: 136,
      henDays: 12_500,
      henDayPct: 84,
      henHousedPct: 70,
      deaths: 0,
      culled: 250,
      mortalityPct: 0,
      feedGramsPerHenDay: 120,
    });
    expect(members[0]?.fcr).toBeCloseTo(2.4845, 4);
    const early = await ask({ memberId: 'M2', to: '2026-04-07' });
    expect(early.members[0]).toMatchObject({ revenueBasis: 'reference-price', eggRevenueSatang: 1_400_000 });
  });

  it('spreads IOFC across the cluster on the members’ exact figures, rounded once, whichever member is asked for', async () => {
    // IOFC per hen-day, exact: [114, 4,386,000 / 29,850 = 146.934673]; the spread d = 32.934673.
    //   Median (114 + 146.934673) / 2 = 130.467337 → 130 satang (of the rounded 114 and 147 it was 130.5);
    //   mean the same; p10 114 + 0.1 d = 117.293 → 117; p90 114 + 0.9 d = 143.641 → 144;
    //   Gini = (Σ|xᵢ − xⱼ| / n²) / (2 × mean) = (2d / 4) / 260.934673 = 0.063109 (unrounded).
    // IOFC [1,425,000, 4,386,000]: Gini = (2 × 2,961,000 / 4) / (2 × 2,905,500) = 1,480,500 / 5,811,000 = 0.254775.
    // Hen-day [84, 90.452261]: median 87.226131 → 87.23 %.
    const { cluster } = await ask({ memberId: 'M1' });
    expect(cluster.iofcPerHenDaySatang).toMatchObject({ n: 2, mean: 130, median: 130, p10: 117, p90: 144 });
    expect(cluster.iofcPerHenDaySatang.gini).toBeCloseTo(0.063109, 6);
    expect(cluster.iofcSatang).toMatchObject({ n: 2, mean: 2_905_500, median: 2_905_500 });
    expect(cluster.iofcSatang.gini).toBeCloseTo(0.254775, 6);
    expect(cluster.henDayPct).toMatchObject({ n: 2, median: 87.23, mean: 87.23, p10: 84.65, p90: 89.81 });
  });

  it('refuses a range that ends before it starts, and a member it has never heard of', async () => {
    await expect(ask({ from: '2026-05-01' })).rejects.toThrow(InvariantViolated);
    await expect(ask({ memberId: 'M9' })).rejects.toThrow(NotFound);
  });

  it('answers an empty period with no members and empty distributions', async () => {
    const report = await ask({ from: '2025-01-01', to: '2025-01-31' });
    expect(report.members).toEqual([]);
    expect(report.cluster.iofcPerHenDaySatang).toMatchObject({ n: 0, median: null, gini: null });
  });
});

describe('hen-days of one flock', () => {
  const flock = {
    placedOn: '2026-04-11',
    hensPlaced: 500,
    losses: [
      ['2026-04-05', 0, 0],
      ['2026-04-15', 5, 0],
      ['2026-04-21', 0, 95],
    ] as const,
  };

  it('integrates hens alive each day from placement, a loss counting from its own day', () => {
    // 11–14 Apr: 500 × 4 = 2,000; 15–20 Apr: 495 × 6 = 2,970; 21–30 Apr: 400 × 10 = 4,000 → 8,970.
    // Housed 11–30 Apr: 500 placed × 20 days = 10,000 housed hen-days.
    expect(flockPeriod(flock, '2026-04-01', '2026-04-30')).toEqual({
      henDays: 8_970,
      hensAtStart: 0,
      housedHenDays: 10_000,
      placedInPeriod: 500,
      deaths: 5,
      culled: 95,
    });
    // From 16 Apr: 495 × 5 + 400 × 10 = 6,475; 495 there at the start.
    expect(flockPeriod(flock, '2026-04-16', '2026-04-30')).toMatchObject({ henDays: 6_475, hensAtStart: 495 });
    // A loss on the first day of the period already counts: 400 × 10.
    expect(flockPeriod(flock, '2026-04-21', '2026-04-30')).toMatchObject({ henDays: 4_000, hensAtStart: 400 });
    expect(flockPeriod(flock, '2026-03-01', '2026-03-31').henDays).toBe(0);
  });

  it('counts hen-housed days at the hens housed at placement, while the flock is housed', () => {
    // May: 400 alive all month (100 lost in April) but 500 housed: 500 × 31 = 15,500 housed hen-days,
    // 400 × 31 = 12,400 hen-days. 12,400 eggs: hen-day 100 %, hen-housed 12,400 / 15,500 = 80 %.
    const may = flockPeriod(flock, '2026-05-01', '2026-05-31');
    expect(may).toMatchObject({ henDays: 12_400, hensAtStart: 400, housedHenDays: 15_500 });
    const rates = memberPeriodMetrics({
      eggsBySize: [{ size: 3, eggs: 12_400 }],
      rejectedEggs: 0,
      eggRevenueSatang: 0,
      feedCostSatang: 0,
      feedKg: 0,
      henDays: may.henDays,
      housedHenDays: may.housedHenDays,
      deaths: 0,
      hensPlaced: 400,
    });
    expect(rates).toMatchObject({ henDayPct: 100, henHousedPct: 80 });
    // The last 400 culled on 11 May: housed 1–10 May only, 500 × 10 = 5,000.
    const emptied = { ...flock, losses: [...flock.losses, ['2026-05-11', 0, 400] as const] };
    expect(flockPeriod(emptied, '2026-05-01', '2026-05-31')).toMatchObject({ henDays: 4_000, housedHenDays: 5_000 });
  });
});
