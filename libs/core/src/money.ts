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
