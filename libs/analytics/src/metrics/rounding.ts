import { divideRoundHalfAwayFromZero } from '@khai/core';

/**
 * The two rounding rules of the analytics answers. Projections and metrics keep
 * exact values; an answer rounds each figure once, when it is built:
 * - money: to a whole satang, half away from zero (2.5 → 3, −2.5 → −3);
 * - percentages (and the HHI, in squared percentage points): to two decimals,
 *   half away from zero (+10/320 = +3.125 % → +3.13 %, −10/320 → −3.13 %).
 * Half away from zero is symmetric, −x rounds to −(x rounded), where Math.round is
 * not (it rounds −2.5 to −2). Other measures (kg, grams, FCR, Gini, ratios) are
 * answered unrounded.
 */
export const SATANG_RULE = 'whole satang, rounded half away from zero';
export const PCT_RULE = 'percent, rounded half away from zero to two decimals';

// Shared with settlement, which must not load analytics.
export { divideRoundHalfAwayFromZero };

/** A number rounded to a whole number, half away from zero (Math.round rounds −2.5 to −2). */
export function roundHalfAwayFromZero(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  return Math.sign(value) * Math.round(Math.abs(value)) + 0;
}

/**
 * A figure meant to be k + ½ can come out of floating-point arithmetic as
 * k + 0.49999999999999994 (a mean, a percentage × 100): 15 significant digits
 * take that noise off before the half is judged.
 */
function denoised(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(15));
}

/** The money rule: an exact amount (a mean, a median, a rate per hen-day) to a whole satang. */
export function roundSatang(value: number): number;
export function roundSatang(value: number | null): number | null;
export function roundSatang(value: number | null): number | null {
  return value === null ? null : roundHalfAwayFromZero(denoised(value));
}

/** The percentage rule: an exact percentage to two decimals. */
export function roundPct(percent: number): number;
export function roundPct(percent: number | null): number | null;
export function roundPct(percent: number | null): number | null {
  return percent === null ? null : roundHalfAwayFromZero(denoised(percent * 100)) / 100;
}

/** A ratio (0.03125) as a percentage by the percentage rule (3.13); null stays null. */
export function ratioPct(ratio: number | null): number | null {
  return ratio === null ? null : roundPct(ratio * 100);
}

/**
 * part / whole × 100 by the percentage rule; null when the whole is 0. Whole
 * amounts (eggs, satang) are divided exactly, in integers.
 */
export function pctOf(part: number, whole: number): number | null {
  if (whole === 0) return null;
  const scaled = part * 10_000;
  if (Number.isSafeInteger(scaled) && Number.isSafeInteger(whole)) {
    return divideRoundHalfAwayFromZero(scaled, whole) / 100;
  }
  return roundPct((part * 100) / whole);
}

/** Σ of safe integers, refusing a total that would no longer be exact. */
export function exactSum(values: Iterable<number>, what = 'total'): number {
  let total = 0;
  for (const v of values) {
    if (!Number.isSafeInteger(v)) throw new RangeError(`${what}: ${v} is not a safe integer`);
    total += v;
  }
  if (!Number.isSafeInteger(total)) throw new RangeError(`${what} is too large to add up exactly`);
  return total;
}

/** a × b for safe integers, refusing a product past 2^53. */
export function exactProduct(a: number, b: number, what = 'product'): number {
  const product = a * b;
  if (!Number.isSafeInteger(product)) throw new RangeError(`${what} is too large to be exact`);
  return product;
}

/** A ratio, or null where the denominator is zero (no basis to compare with). */
export function ratioOrNull(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
