import { henDays, memberPeriodMetrics, TAS_MIDPOINT_GRAMS } from './member-performance';

describe('income and production per member and period', () => {
  // A 10-day period: 1,000 hens housed; 20 die on day 6 → 5 × 1,000 + 5 × 980 = 9,900 hen-days.
  const alive = [...Array(5).fill(1_000), ...Array(5).fill(980)] as number[];
  const input = {
    // Graded 3,000 × size 2, 4,000 × size 3, 1,600 × size 4 = 8,600; 200 rejects → 8,800 eggs.
    eggsBySize: [
      { size: 2 as const, eggs: 3_000 },
      { size: 3 as const, eggs: 4_000 },
      { size: 4 as const, eggs: 1_600 },
    ],
    rejectedEggs: 200,
    // 3,000 × 3.80 + 4,000 × 3.50 + 1,600 × 3.30 = 1,140,000 + 1,400,000 + 528,000 = 3,068,000 satang.
    eggRevenueSatang: 3_068_000,
    // 1,150 kg × 15.00 THB = 1,725,000 satang.
    feedCostSatang: 1_725_000,
    feedKg: 1_150,
    henDays: henDays(alive),
    // 1,000 hens housed at placement, housed all 10 days.
    housedHenDays: 10_000,
    deaths: 20,
    hensPlaced: 1_000,
  };

  it('computes revenue, feed cost, IOFC and its rates, exactly (answers round them)', () => {
    // IOFC = 3,068,000 − 1,725,000 = 1,343,000 satang.
    // Per hen-day 1,343,000 / 9,900 = 135.6566 satang; per egg 1,343,000 / 8,800 = 152.6136 satang.
    const m = memberPeriodMetrics(input);
    expect(input.henDays).toBe(9_900);
    expect(m).toMatchObject({
      eggs: 8_800,
      eggRevenueSatang: 3_068_000,
      feedCostSatang: 1_725_000,
      iofcSatang: 1_343_000,
      mortalityPct: 2,
    });
    expect(m.iofcPerHenDaySatang).toBeCloseTo(135.6566, 4);
    expect(m.iofcPerEggSatang).toBeCloseTo(152.6136, 4);
  });

  it('gives feed per hen-day in grams', () => {
    // 1,150 kg × 1,000 / 9,900 hen-days = 116.1616 g of feed per hen per day.
    expect(memberPeriodMetrics(input).feedGramsPerHenDay).toBeCloseTo(116.1616, 4);
  });

  it('computes hen-day and hen-housed production', () => {
    // Hen-day 8,800 / 9,900 × 100 = 88.89 %; hen-housed 8,800 / (1,000 housed × 10 days) × 100 = 88 %.
    const m = memberPeriodMetrics(input);
    expect(m.henDayPct).toBeCloseTo(88.8889, 4);
    expect(m.henHousedPct).toBe(88);
  });

  it('weighs a size 0 egg at 72.5 g, the midpoint of its 70–75 g band', () => {
    // 1,000 eggs of size 0 × 72.5 g = 72.5 kg (72 kg before).
    const m = memberPeriodMetrics({ ...input, eggsBySize: [{ size: 0, eggs: 1_000 }], rejectedEggs: 0 });
    expect(TAS_MIDPOINT_GRAMS[0]).toBe(72.5);
    expect(m.eggMassKg).toBe(72.5);
  });

  it('weighs the eggs at the TAS midpoints and derives FCR and egg mass', () => {
    // Graded grams: 3,000 × 62.5 + 4,000 × 57.5 + 1,600 × 52.5 = 187,500 + 230,000 + 84,000 = 501,500 g,
    // mean 501,500 / 8,600 = 58.314 g; the 200 rejects at that mean: 11,662.8 g → 513,162.8 g = 513.163 kg.
    // FCR = 1,150 / 513.163 = 2.241; egg mass = 0.8889 hen-day rate × 58.314 g = 51.835 g per hen per day.
    const m = memberPeriodMetrics(input);
    expect(m.eggMassKg).toBeCloseTo(513.1628, 4);
    expect(m.meanEggGrams).toBeCloseTo(58.314, 3);
    expect(m.fcr).toBeCloseTo(2.241, 3);
    expect(m.eggMassGramsPerHenDay).toBeCloseTo(51.835, 3);
  });

  it('takes other grams per size', () => {
    // Every size at 60 g: 8,800 × 60 = 528 kg; FCR 1,150 / 528 = 2.178.
    const grams = Object.fromEntries(Object.keys(TAS_MIDPOINT_GRAMS).map((s) => [s, 60])) as typeof TAS_MIDPOINT_GRAMS;
    const m = memberPeriodMetrics({ ...input, gramsPerSize: grams });
    expect(m.eggMassKg).toBeCloseTo(528, 9);
    expect(m.fcr).toBeCloseTo(2.178, 3);
  });

  it('keeps a negative IOFC per hen-day exact, and has no rates without a base', () => {
    // IOFC −150 satang over 100 hen-days = −1.5 (the answer rounds it to −2: rounding.spec.ts).
    const loss = memberPeriodMetrics({ ...input, eggRevenueSatang: 0, feedCostSatang: 150, henDays: 100 });
    expect(loss.iofcPerHenDaySatang).toBe(-1.5);
    const empty = memberPeriodMetrics({
      ...input,
      eggsBySize: [],
      rejectedEggs: 0,
      henDays: 0,
      housedHenDays: 0,
      hensPlaced: 0,
    });
    expect(empty).toMatchObject({
      eggs: 0,
      iofcPerHenDaySatang: null,
      iofcPerEggSatang: null,
      henDayPct: null,
      henHousedPct: null,
      meanEggGrams: null,
      fcr: null,
      feedGramsPerHenDay: null,
      eggMassGramsPerHenDay: null,
      mortalityPct: null,
    });
  });
});
