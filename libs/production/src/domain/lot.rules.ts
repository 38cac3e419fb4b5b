import { Conflict, InvariantViolated } from '@khai/core';

import { lotNotFound } from './lot.errors';
import type { GradedLot, LotState } from './lot.state';

/** Stock moves only out of a graded lot: 404 before collection, 409 while (again) ungraded. */
export function requireGraded(state: LotState, lotId: string): GradedLot {
  if (state.status === 'none') throw lotNotFound(lotId);
  if (state.status === 'collected') {
    throw new Conflict('lot_not_graded', `lot ${lotId} is not graded`, { lotId });
  }
  return state;
}

export function requireEggCount(eggs: number, min: number): void {
  if (!Number.isSafeInteger(eggs) || eggs < min) {
    throw new InvariantViolated('invalid_egg_count', `egg counts must be whole numbers of at least ${min}`, { eggs });
  }
}

export function requireTrayCount(trays: number): void {
  if (!Number.isSafeInteger(trays) || trays < 1) {
    throw new InvariantViolated('invalid_tray_count', 'tray counts must be whole numbers of at least 1', { trays });
  }
}

/** Corrections and releases must say why: the log is the audit trail. */
export function requireReason(reason: string): void {
  if (reason.trim() === '') throw new InvariantViolated('reason_required', 'a reason is required');
}

/** ISO dates compare as strings. */
export function requireOnOrAfterGrading(date: string, gradedOn: string): void {
  if (date < gradedOn) {
    throw new InvariantViolated('dated_before_grading', `the lot was graded on ${gradedOn}`, { gradedOn, date });
  }
}

export function sum(lines: readonly { readonly eggs: number }[]): number {
  return lines.reduce((total, line) => total + line.eggs, 0);
}
