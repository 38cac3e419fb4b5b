/**
 * Exact integer division for money. Satang in, satang out: the quotient of two safe
 * integers rounded half away from zero (2.5 → 3, −2.5 → −3), computed without a
 * floating-point quotient so that no amount is ever off by a satang.
 */
export function divideRoundHalfAwayFromZero(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    throw new RangeError(`exact division needs safe integers, got ${numerator} / ${denominator}`);
  }
  if (denominator === 0) throw new RangeError('division by zero');
  // For safe integers `%` is exact, and so is (numerator − remainder) / denominator.
  const remainder = numerator % denominator;
  const quotient = (numerator - remainder) / denominator;
  if (2 * Math.abs(remainder) < Math.abs(denominator)) return quotient + 0;
  return quotient + Math.sign(numerator) * Math.sign(denominator);
}

/** A number rounded to a whole satang, half away from zero (Math.round rounds −2.5 to −2). */
export function roundHalfAwayFromZero(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  return Math.sign(value) * Math.round(Math.abs(value)) + 0;
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
