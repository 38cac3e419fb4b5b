import type { SizeClass } from '@khai/contracts';

import { exactSum, ratioOrNull } from './rounding';

/**
 * Mean egg weight per size class, grams: the midpoints of the TAS 6702 bands
 * (size 0 ≥ 70 g is taken as 70 – 75, size 6 < 45 g as 40 – 45). The platform
 * may set others (KHAI_EGG_GRAMS, bound as EGG_GRAMS); answers say which they used.
 */
/** The egg weights the analytics use, when the platform binds its own. */
export const EGG_GRAMS = Symbol('EggGrams');

export type EggGrams = Readonly<Record<SizeClass, number>>;

export const TAS_MIDPOINT_GRAMS: EggGrams = {
  0: 72.5,
  1: 67.5,
  2: 62.5,
  3: 57.5,
  4: 52.5,
  5: 47.5,
  6: 42.5,
};

export interface MemberPeriodInput {
  /** Graded eggs by size class. */
  readonly eggsBySize: readonly { readonly size: SizeClass; readonly eggs: number }[];
  /** Rejected eggs; counted in production, and in egg mass at the graded eggs' mean weight. */
  readonly rejectedEggs: number;
  readonly eggRevenueSatang: number;
  readonly feedCostSatang: number;
  readonly feedKg: number;
  /** Σ hens alive each day of the period (see henDays). */
  readonly henDays: number;
  /** Σ over the days each flock was housed of its hens housed at placement (see flockPeriod). */
  readonly housedHenDays: number;
  readonly deaths: number;
  /** Hens placed: the base of mortality %. */
  readonly hensPlaced: number;
  readonly gramsPerSize?: Readonly<Record<SizeClass, number>>;
}

export interface MemberPeriodMetrics {
  readonly eggs: number;
  readonly eggRevenueSatang: number;
  readonly feedCostSatang: number;
  /** Income over feed cost: revenue − feed cost. */
  readonly iofcSatang: number;
  /** IOFC / hen-days, exact: an answer rounds it to the satang. */
  readonly iofcPerHenDaySatang: number | null;
  /** IOFC / eggs, exact. */
  readonly iofcPerEggSatang: number | null;
  /** eggs ÷ Σ hens alive each day × 100. */
  readonly henDayPct: number | null;
  /**
   * Hen-housed production as the trade counts it: eggs ÷ Σ (hens housed at placement × days housed) × 100;
   * deaths and culls since placement lower it, where they do not lower hen-day production.
   */
  readonly henHousedPct: number | null;
  /** Σ eggs × grams of their size; rejects at the graded mean. */
  readonly eggMassKg: number;
  /** Mean weight of the eggs, grams. */
  readonly meanEggGrams: number | null;
  /** kg feed / kg eggs. */
  readonly fcr: number | null;
  /** Feed per hen per day, grams: feed kg × 1,000 / hen-days. */
  readonly feedGramsPerHenDay: number | null;
  /** hen-day rate × mean egg weight, g per hen per day. */
  readonly eggMassGramsPerHenDay: number | null;
  /** deaths / hens placed × 100. */
  readonly mortalityPct: number | null;
}

/** Σ hens alive each day: the denominator of hen-day production. */
export function henDays(hensAliveEachDay: readonly number[]): number {
  return exactSum(hensAliveEachDay, 'hen-days');
}

/** Income and production of one member (or farm, or flock) over a period, exact (percentages unrounded). */
export function memberPeriodMetrics(input: MemberPeriodInput): MemberPeriodMetrics {
  const grams = input.gramsPerSize ?? TAS_MIDPOINT_GRAMS;
  const graded = exactSum(
    input.eggsBySize.map((s) => s.eggs),
    'graded eggs',
  );
  const eggs = graded + input.rejectedEggs;
  const gradedGrams = input.eggsBySize.reduce((sum, s) => sum + s.eggs * grams[s.size], 0);
  const meanGradedGrams = graded === 0 ? null : gradedGrams / graded;
  const massGrams = gradedGrams + input.rejectedEggs * (meanGradedGrams ?? 0);
  const eggMassKg = massGrams / 1000;
  const iofcSatang = input.eggRevenueSatang - input.feedCostSatang;
  const henDayRate = ratioOrNull(eggs, input.henDays);
  const meanEggGrams = eggs === 0 || meanGradedGrams === null ? null : massGrams / eggs;
  return {
    eggs,
    eggRevenueSatang: input.eggRevenueSatang,
    feedCostSatang: input.feedCostSatang,
    iofcSatang,
    iofcPerHenDaySatang: ratioOrNull(iofcSatang, input.henDays),
    iofcPerEggSatang: ratioOrNull(iofcSatang, eggs),
    henDayPct: henDayRate === null ? null : henDayRate * 100,
    henHousedPct: percent(eggs, input.housedHenDays),
    eggMassKg,
    meanEggGrams,
    fcr: eggMassKg === 0 ? null : input.feedKg / eggMassKg,
    feedGramsPerHenDay: ratioOrNull(input.feedKg * 1000, input.henDays),
    eggMassGramsPerHenDay: henDayRate === null || meanEggGrams === null ? null : henDayRate * meanEggGrams,
    mortalityPct: percent(input.deaths, input.hensPlaced),
  };
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : (part * 100) / whole;
}
