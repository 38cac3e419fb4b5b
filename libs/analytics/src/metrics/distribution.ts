/**
 * How a metric (IOFC per hen-day, say) is spread across the cluster's members.
 *
 * Percentiles use linear interpolation between closest ranks, numpy's default
 * (`method='linear'`): for sorted x₀ … xₙ₋₁ and p in [0, 1], h = (n − 1) p and
 * P = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋).
 *
 * Gini = mean absolute difference / (2 × mean), MAD = Σᵢ Σⱼ |xᵢ − xⱼ| / n². It is 0
 * when all values are equal. It is meant for non-negative amounts: with a zero or
 * negative mean it is undefined (null, caveat NON_POSITIVE_MEAN); with some negative
 * values but a positive mean it is still computed, may exceed 1, and carries the
 * caveat NEGATIVE_VALUES.
 */
export type GiniCaveat = 'NEGATIVE_VALUES' | 'NON_POSITIVE_MEAN';

export interface Distribution {
  readonly n: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly p10: number | null;
  readonly p90: number | null;
  readonly gini: number | null;
  readonly giniCaveat: GiniCaveat | null;
}

/** Linear-interpolation percentile (numpy default); p in [0, 1]; null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile ${p} is outside [0, 1]`);
  return percentileOfSorted(sortedFinite(values), p);
}

function percentileOfSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo] as number;
  const high = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return low + (h - lo) * (high - low);
}

function sortedFinite(values: readonly number[]): number[] {
  for (const v of values) if (!Number.isFinite(v)) throw new RangeError(`${v} is not a finite number`);
  return [...values].sort((a, b) => a - b);
}

/** Gini coefficient with its caveat; see the module comment. */
export function gini(values: readonly number[]): { gini: number | null; caveat: GiniCaveat | null } {
  return giniOfSorted(sortedFinite(values));
}

function giniOfSorted(sorted: readonly number[]): { gini: number | null; caveat: GiniCaveat | null } {
  const n = sorted.length;
  if (n === 0) return { gini: null, caveat: null };
  if (sorted[0] === sorted[n - 1]) return { gini: 0, caveat: null };
  const sum = sorted.reduce((a, b) => a + b, 0);
  if (sum <= 0) return { gini: null, caveat: 'NON_POSITIVE_MEAN' };
  // Σᵢ Σⱼ |xᵢ − xⱼ| = 2 Σᵢ (2i − n + 1) x₍ᵢ₎ over the sorted values (i from 0).
  let pairs = 0;
  sorted.forEach((x, i) => (pairs += (2 * i - n + 1) * x));
  const mad = (2 * pairs) / (n * n);
  const mean = sum / n;
  return { gini: mad / (2 * mean), caveat: (sorted[0] as number) < 0 ? 'NEGATIVE_VALUES' : null };
}

/** Median, p10, p90, mean and Gini of one value per member. */
export function distribution(values: readonly number[]): Distribution {
  const sorted = sortedFinite(values);
  const { gini: g, caveat } = giniOfSorted(sorted);
  return {
    n: sorted.length,
    mean: sorted.length === 0 ? null : sorted.reduce((a, b) => a + b, 0) / sorted.length,
    median: percentileOfSorted(sorted, 0.5),
    p10: percentileOfSorted(sorted, 0.1),
    p90: percentileOfSorted(sorted, 0.9),
    gini: g,
    giniCaveat: caveat,
  };
}
