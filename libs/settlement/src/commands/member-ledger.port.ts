import { InvariantViolated, KhaiError, type UseCaseEnvironment } from '@khai/core';

/**
 * How far the member ledger has read the log: the process that records each
 * grading and feed delivery in the member's account, after the event that caused
 * it. A settlement waits for it, so that what was recorded before it is in it.
 */
export interface MemberLedger {
  /** The log's head now. */
  head(): Promise<number>;
  /** Waits at most `timeoutMs` for the ledger to handle the log up to `position`; answers where it got. */
  reach(position: number, timeoutMs: number): Promise<{ readonly position: number; readonly failed: string | null }>;
}

export const MEMBER_LEDGER = Symbol('MemberLedger');
/** How long a settlement waits for the ledger, in ms (a setting; 5 s unless bound). */
export const SETTLEMENT_WAIT_MS = Symbol('SettlementWaitMs');

/** The ledger has not handled the log up to the position a settlement must include. */
export class LedgerBehind extends KhaiError {
  readonly code = 'ledger_behind';
  readonly status = 503;
  readonly title = 'The member ledger has not caught up yet';
}

/**
 * Waits until the member ledger has handled the log up to `minPosition` (the
 * position the caller has seen), or up to the head when none is given, so that a
 * grading or feed delivery acknowledged before the settlement is settled by it;
 * otherwise refuses with the position it is waiting for (503, nothing written).
 * Without a ledger in this process (the settlement context alone) there is nothing to wait for.
 */
export async function ledgerCaughtUp(env: UseCaseEnvironment, minPosition: number | undefined): Promise<void> {
  // Optional like a setting: bound only where the member-ledger process runs.
  const ledger = env.setting<MemberLedger | undefined>(MEMBER_LEDGER, undefined);
  if (ledger) await waitForLedger(ledger, minPosition, env.setting(SETTLEMENT_WAIT_MS, 5_000));
}

/** Waits for the ledger to reach `minPosition` (the head when none is given); 422 past the head, 503 in the end. */
export async function waitForLedger(
  ledger: MemberLedger,
  minPosition: number | undefined,
  timeoutMs: number,
): Promise<void> {
  const head = await ledger.head();
  const waitingFor = minPosition ?? head;
  if (waitingFor > head) {
    const message = `no write has position ${waitingFor}: the log ends at ${head}`;
    throw new InvariantViolated('position_not_written', message, { position: waitingFor, head });
  }
  const at = await ledger.reach(waitingFor, timeoutMs);
  if (at.position >= waitingFor) return;
  const why = at.failed === null ? '' : ` (it stopped: ${at.failed})`;
  throw new LedgerBehind(
    `the member ledger has handled the log up to ${at.position}, not yet ${waitingFor}${why}; retry`,
    { waitingFor, ledgerAt: at.position, failed: at.failed },
  );
}
