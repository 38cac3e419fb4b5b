import {
  aggregate,
  assertNever,
  Conflict,
  type Decider,
  InvariantViolated,
  NotFound,
  requireDistinct,
  sameFacts,
} from '@khai/core';

import type {
  AdjustFeedCharge,
  MemberAccountCommand,
  RecordEggDelivery,
  RecordFeedCharge,
  VoidEggDelivery,
} from './member-account.commands';
import type { MemberAccountEvent, SizeEggs } from './member-account.events';
import { settle } from './member-account.settle';
import {
  evolveMemberAccount,
  initialMemberAccountState,
  type MemberAccountState,
  type OpenMemberAccount,
} from './member-account.state';

const isCount = (n: number, min: number): boolean => Number.isSafeInteger(n) && n >= min;

function requireReason(reason: string): void {
  if (reason.trim() === '') throw new InvariantViolated('reason_required', 'a correction needs a reason');
}

/** Each size once, whole eggs; sorted, and sizes with no eggs left out so a repeat compares equal. */
function normalisedSizes(sizes: readonly SizeEggs[]): readonly SizeEggs[] {
  requireDistinct(
    sizes.map((s) => s.size),
    'duplicate_size_class',
    'each size class may be counted once',
  );
  if (sizes.some((s) => !isCount(s.eggs, 0))) {
    throw new InvariantViolated('invalid_egg_count', 'egg counts are whole and not negative');
  }
  return sizes
    .filter((s) => s.eggs > 0)
    .sort((a, b) => a.size - b.size)
    .map((s) => ({ size: s.size, eggs: s.eggs }));
}

function recordEggDelivery({ data }: RecordEggDelivery, state: MemberAccountState): MemberAccountEvent[] {
  const sizes = normalisedSizes(data.sizes);
  const gradings = state.status === 'open' ? (state.lots.get(data.lotId) ?? []) : [];
  const latest = gradings[gradings.length - 1];
  // A voided grading may be followed by a new one (production lets a voided lot be graded again).
  // The collection day is the lot's and cannot change, so a repeat is judged without it.
  if (latest && !latest.voided) {
    if (latest.gradedOn === data.gradedOn && sameFacts(latest.sizes, sizes)) return [];
    throw new Conflict('egg_delivery_already_recorded', `lot ${data.lotId} is already recorded differently`, {
      lotId: data.lotId,
      grading: latest.grading,
    });
  }
  const { memberId, lotId, gradedOn, collectedOn } = data;
  return [
    {
      type: 'EggDeliveryRecorded',
      data: { memberId, lotId, grading: gradings.length + 1, gradedOn, collectedOn, sizes },
    },
  ];
}

function voidEggDelivery({ data }: VoidEggDelivery, state: MemberAccountState): MemberAccountEvent[] {
  const gradings = state.status === 'open' ? (state.lots.get(data.lotId) ?? []) : [];
  const latest = gradings[gradings.length - 1];
  if (!latest) {
    throw new NotFound(`no egg delivery of lot ${data.lotId}`, { lotId: data.lotId }, 'egg_delivery_not_found');
  }
  if (latest.voided) return [];
  requireReason(data.reason);
  const { memberId, lotId, reason, voidedOn } = data;
  const settlementId = latest.paid?.settlementId ?? null;
  return [
    { type: 'EggDeliveryVoided', data: { memberId, lotId, grading: latest.grading, reason, voidedOn, settlementId } },
  ];
}

function recordFeedCharge({ data }: RecordFeedCharge, state: MemberAccountState): MemberAccountEvent[] {
  if (!isCount(data.kg, 1)) throw new InvariantViolated('invalid_quantity', 'feed is charged in whole kg, at least 1');
  if (!isCount(data.amountSatang, 0)) {
    throw new InvariantViolated('invalid_amount', 'a feed charge is a whole, non-negative number of satang');
  }
  const existing = state.status === 'open' ? state.feedCharges.get(data.deliveryId) : undefined;
  const { memberId, deliveryId, deliveredOn, kg, amountSatang } = data;
  if (!existing) return [{ type: 'FeedChargeRecorded', data: { memberId, deliveryId, deliveredOn, kg, amountSatang } }];
  const was = { deliveredOn: existing.deliveredOn, kg: existing.kg, amountSatang: existing.amountSatang };
  if (sameFacts(was, { deliveredOn, kg, amountSatang })) return [];
  throw new Conflict(
    'feed_charge_already_recorded',
    `feed delivery ${data.deliveryId} is already charged differently`,
    {
      deliveryId: data.deliveryId,
    },
  );
}

function adjustFeedCharge({ data }: AdjustFeedCharge, account: OpenMemberAccount | null): MemberAccountEvent[] {
  const charge = account?.feedCharges.get(data.deliveryId);
  if (!account || !charge) {
    throw new NotFound(
      `no feed charge for delivery ${data.deliveryId}`,
      { deliveryId: data.deliveryId },
      'feed_charge_not_found',
    );
  }
  const { memberId, deliveryId, adjustmentId, deltaKg, amountDeltaSatang, reason, adjustedOn } = data;
  const adjusted = { memberId, deliveryId, adjustmentId, deltaKg, amountDeltaSatang, reason, adjustedOn };
  const earlier = account.adjustments.get(data.adjustmentId);
  if (earlier) {
    const { settledIn: _settledIn, ...was } = earlier;
    const { memberId: _memberId, ...asked } = adjusted;
    if (sameFacts(was, asked)) return [];
    throw new Conflict(
      'feed_charge_adjustment_already_recorded',
      `adjustment ${data.adjustmentId} was made differently`,
      {
        adjustmentId: data.adjustmentId,
      },
    );
  }
  requireReason(data.reason);
  if (!Number.isSafeInteger(data.deltaKg) || !Number.isSafeInteger(data.amountDeltaSatang)) {
    throw new InvariantViolated('invalid_amount', 'adjustments are whole kg and whole satang');
  }
  if (data.deltaKg === 0 && data.amountDeltaSatang === 0) {
    throw new InvariantViolated('adjustment_changes_nothing', 'an adjustment changes the kg or the amount');
  }
  const kg = charge.adjustedKg + data.deltaKg;
  const amountSatang = charge.adjustedAmountSatang + data.amountDeltaSatang;
  if (kg < 0 || amountSatang < 0) {
    throw new InvariantViolated('feed_charge_negative', 'a feed charge cannot be adjusted below zero', {
      deliveryId: data.deliveryId,
      kg,
      amountSatang,
    });
  }
  return [{ type: 'FeedChargeAdjusted', data: adjusted }];
}

/** A member's account with the cooperative: graded eggs owed for, feed charged, and the settlements. */
export const memberAccountDecider: Decider<MemberAccountCommand, MemberAccountEvent, MemberAccountState> = {
  initialState: initialMemberAccountState,
  evolve: evolveMemberAccount,
  decide(command, state) {
    const account = state.status === 'open' ? state : null;
    switch (command.type) {
      case 'RecordEggDelivery':
        return recordEggDelivery(command, state);
      case 'VoidEggDelivery':
        return voidEggDelivery(command, state);
      case 'RecordFeedCharge':
        return recordFeedCharge(command, state);
      case 'AdjustFeedCharge':
        return adjustFeedCharge(command, account);
      case 'SettleMember':
        if (!account) {
          throw new NotFound(
            `member ${command.data.memberId} has no deliveries or charges to settle`,
            { memberId: command.data.memberId },
            'member_account_not_found',
          );
        }
        return settle(command.data, account);
      default:
        return assertNever(command);
    }
  },
};

/** Member accounts live in the `memberaccount` stream category. */
export const memberAccount = aggregate('memberaccount', memberAccountDecider);
