import type { SizeClass } from '@khai/contracts';
import { InvariantViolated } from '@khai/core';

/** The checks every sales decider repeats; each throws a typed 422 with a stable code. */

export function requireWholeNumber(value: number, min: number, code: string, field: string): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new InvariantViolated(code, `${field} must be a whole number of at least ${min}`, { [field]: value });
  }
}

/** A free-text reason is kept for the record; blank says nothing. */
export function requireReason(reason: string): void {
  if (reason.trim().length === 0) throw new InvariantViolated('reason_required', 'a reason must be given');
}

/** ISO dates (YYYY-MM-DD) compare correctly as strings. */
export function requireNotBefore(date: string, earliest: string, code: string, message: string): void {
  if (date < earliest) throw new InvariantViolated(code, message, { date, earliest });
}

/** Past 2^53 integer arithmetic in a double stops being exact. */
export function requireSafeTotal(total: number, field: string): void {
  if (!Number.isSafeInteger(total)) {
    throw new InvariantViolated('amount_out_of_range', `${field} is too large to add up exactly`, { [field]: total });
  }
}

export function bySize<T extends { readonly size: SizeClass }>(lines: readonly T[]): T[] {
  return [...lines].sort((a, b) => a.size - b.size);
}
