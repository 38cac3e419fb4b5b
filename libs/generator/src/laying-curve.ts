import type { SizeClass } from '@khai/contracts';

import type { Rng } from './prng';

/**
 * The hen-day lay rate by age (DOMAIN.md: lay begins at 18 – 21 weeks, peaks ≥ 90 %
 * near week 28, ≤ 70 % by week 72): a logistic rise from the onset, multiplied by a
 * linear loss of persistence after the peak week.
 */
export interface LayCurve {
  /** Age in weeks at the first eggs (about 5 % lay). */
  readonly onsetWeeks: number;
  /** Plateau rate, 0 – 1. */
  readonly peakRate: number;
  readonly peakWeek: number;
  /** The rate at 72 weeks; the decline is linear from the peak week through it. */
  readonly rateAt72: number;
}

export function randomLayCurve(rng: Rng): LayCurve {
  return {
    onsetWeeks: rng.uniform(18, 21),
    peakRate: rng.uniform(0.93, 0.96),
    peakWeek: 28,
    rateAt72: rng.uniform(0.62, 0.68),
  };
}

/** Hen-day rate at an age in weeks, before season and day-to-day noise. */
export function henDayRate(ageWeeks: number, curve: LayCurve): number {
  if (ageWeeks < curve.onsetWeeks) return 0;
  // 5 % at the onset, 50 % 2.2 weeks later, ~99.8 % by the peak week.
  const rise = 1 / (1 + Math.exp(-(ageWeeks - (curve.onsetWeeks + 2.2)) / 0.75));
  const declinePerWeek = (1 - curve.rateAt72 / curve.peakRate) / (72 - curve.peakWeek);
  const persistence = ageWeeks <= curve.peakWeek ? 1 : Math.max(0, 1 - declinePerWeek * (ageWeeks - curve.peakWeek));
  return curve.peakRate * rise * persistence;
}

/**
 * Mean egg weight by age: young hens lay small eggs; the mean rises quickly after the
 * onset and levels off in the mid 60s of grams.
 */
export interface EggWeightCurve {
  readonly onsetGrams: number;
  readonly matureGrams: number;
  /** Weeks for the gap to the mature weight to shrink by e. */
  readonly tauWeeks: number;
  /** Spread of single egg weights within a flock, grams. */
  readonly sdGrams: number;
}

export function randomEggWeightCurve(rng: Rng): EggWeightCurve {
  return { onsetGrams: rng.uniform(47, 50), matureGrams: rng.uniform(63.5, 66), tauWeeks: 11, sdGrams: 4.5 };
}

export function meanEggGrams(ageWeeks: number, onsetWeeks: number, curve: EggWeightCurve): number {
  const weeks = Math.max(0, ageWeeks - onsetWeeks);
  return curve.matureGrams - (curve.matureGrams - curve.onsetGrams) * Math.exp(-weeks / curve.tauWeeks);
}

/**
 * TAS 6702 lower bounds in grams of sizes 0 – 5; size 6 is anything lighter.
 * Configurable, as DOMAIN.md asks.
 */
export const TAS_LOWER_GRAMS: readonly number[] = [70, 65, 60, 55, 50, 45];

/** Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7), enough for a size mix. */
function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return sign * y;
}

function normalCdf(x: number, mean: number, sd: number): number {
  return 0.5 * (1 + erf((x - mean) / (sd * Math.SQRT2)));
}

/** Share of eggs in each size class 0 – 6 for normally distributed weights. */
export function sizeMix(meanGrams: number, sdGrams: number, lowerGrams: readonly number[] = TAS_LOWER_GRAMS): number[] {
  const shares: number[] = [];
  let above = 0;
  for (const bound of lowerGrams) {
    const atLeast = 1 - normalCdf(bound, meanGrams, sdGrams);
    shares.push(Math.max(0, atLeast - above));
    above = atLeast;
  }
  shares.push(Math.max(0, 1 - above));
  return shares;
}

/**
 * Splits a whole number of eggs by weights, exactly (largest remainder): the parts
 * always add up to the total, which is what grading must conserve.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((p, q) => q[0] - p[0] || p[1] - q[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    const i = (order[k] as readonly [number, number])[1];
    parts[i] = (parts[i] as number) + 1;
  }
  return parts;
}

/** The size classes a size-mix index stands for. */
export const SIZE_OF_INDEX: readonly SizeClass[] = [0, 1, 2, 3, 4, 5, 6];
