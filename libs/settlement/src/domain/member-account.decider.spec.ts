import { Conflict, InvariantViolated, NotFound } from '@khai/core';
import { given } from '@khai/testing';

import { memberAccountDecider as decider } from './member-account.decider';
import type { MemberSettled } from './member-account.events';
import {
  adjustF1,
  chargeF1,
  f1,
  f1Adjusted,
  l1,
  l1Voided,
  l2,
  recordL1,
  settleNovember,
  voidL1,
} from './member-account.fixtures';
import { evolveMemberAccount, initialMemberAccountState } from './member-account.state';

/** The November settlement of L1 alone, for the cases that need a paid grading. */
function paidL1(): MemberSettled {
  const [event] = decider.decide(settleNovember, evolveMemberAccount(initialMemberAccountState, l1));
  if (event?.type !== 'MemberSettled') throw new Error('expected MemberSettled');
  return event;
}

describe('recording an egg delivery', () => {
  it('records the graded eggs, sorted by size, as the lot’s first grading', () => {
    given(decider).when(recordL1).then([l1]);
  });

  it('leaves out sizes with no eggs', () => {
    given(decider)
      .when({ ...recordL1, data: { ...recordL1.data, sizes: [...recordL1.data.sizes, { size: 5, eggs: 0 }] } })
      .then([l1]);
  });

  it('is a no-op for the same lot and counts', () => given(decider, [l1]).when(recordL1).thenNothing());

  it('refuses other counts or another date for a recorded lot', () => {
    given(decider, [l1])
      .when({ ...recordL1, data: { ...recordL1.data, sizes: [{ size: 0, eggs: 1 }] } })
      .thenThrows(Conflict, 'egg_delivery_already_recorded');
    given(decider, [l1])
      .when({ ...recordL1, data: { ...recordL1.data, gradedOn: '2026-11-04' } })
      .thenThrows(Conflict, 'egg_delivery_already_recorded');
  });

  it('records a voided lot graded again as its second grading', () => {
    const regraded = { ...recordL1.data, gradedOn: '2026-11-04', sizes: [{ size: 2 as const, eggs: 5_900 }] };
    given(decider, [l1, l1Voided])
      .when({ ...recordL1, data: regraded })
      .then([{ type: 'EggDeliveryRecorded', data: { ...regraded, grading: 2 } }]);
  });

  it('refuses a size counted twice and counts that are not whole eggs', () => {
    given(decider)
      .when({ ...recordL1, data: { ...recordL1.data, sizes: [...recordL1.data.sizes, { size: 0, eggs: 1 }] } })
      .thenThrows(InvariantViolated, 'duplicate_size_class');
    given(decider)
      .when({ ...recordL1, data: { ...recordL1.data, sizes: [{ size: 0, eggs: -1 }] } })
      .thenThrows(InvariantViolated, 'invalid_egg_count');
    given(decider)
      .when({ ...recordL1, data: { ...recordL1.data, sizes: [{ size: 0, eggs: 1.5 }] } })
      .thenThrows(InvariantViolated, 'invalid_egg_count');
  });
});

describe('voiding an egg delivery', () => {
  it('voids an unsettled grading: it will not be paid', () => given(decider, [l1]).when(voidL1).then([l1Voided]));

  it('voids a paid grading and names the settlement that paid it', () => {
    given(decider, [l1, paidL1()])
      .when(voidL1)
      .then([{ ...l1Voided, data: { ...l1Voided.data, settlementId: 'S-2026-11' } }]);
  });

  it('is a no-op when the lot is already voided', () => given(decider, [l1, l1Voided]).when(voidL1).thenNothing());

  it('voids the latest grading of a lot graded again', () => {
    const second = { ...l1, data: { ...l1.data, grading: 2 } };
    given(decider, [l1, l1Voided, second])
      .when(voidL1)
      .then([{ ...l1Voided, data: { ...l1Voided.data, grading: 2 } }]);
  });

  it('answers 404 for a lot never recorded', () => {
    given(decider).when(voidL1).thenThrows(NotFound, 'egg_delivery_not_found');
    given(decider, [l2]).when(voidL1).thenThrows(NotFound, 'egg_delivery_not_found');
  });

  it('needs a reason', () => {
    given(decider, [l1])
      .when({ ...voidL1, data: { ...voidL1.data, reason: '  ' } })
      .thenThrows(InvariantViolated, 'reason_required');
  });
});

describe('recording a feed charge', () => {
  it('records the charge at the contract price', () => given(decider).when(chargeF1).then([f1]));

  it('is a no-op for the same delivery and amounts', () => given(decider, [f1]).when(chargeF1).thenNothing());

  it('refuses a different charge for a recorded delivery', () => {
    given(decider, [f1])
      .when({ ...chargeF1, data: { ...chargeF1.data, kg: 1_999 } })
      .thenThrows(Conflict, 'feed_charge_already_recorded');
  });

  it('refuses kg below 1 and amounts that are not whole satang', () => {
    given(decider)
      .when({ ...chargeF1, data: { ...chargeF1.data, kg: 0 } })
      .thenThrows(InvariantViolated, 'invalid_quantity');
    given(decider)
      .when({ ...chargeF1, data: { ...chargeF1.data, amountSatang: 10.5 } })
      .thenThrows(InvariantViolated, 'invalid_amount');
  });
});

describe('adjusting a feed charge', () => {
  it('records the correction with its reason', () => given(decider, [f1]).when(adjustF1).then([f1Adjusted]));

  it('is a no-op when the adjustment id repeats with the same facts', () => {
    given(decider, [f1, f1Adjusted]).when(adjustF1).thenNothing();
  });

  it('refuses the same adjustment id with other facts', () => {
    given(decider, [f1, f1Adjusted])
      .when({ ...adjustF1, data: { ...adjustF1.data, deltaKg: -40 } })
      .thenThrows(Conflict, 'feed_charge_adjustment_already_recorded');
  });

  it('answers 404 for a delivery never charged', () => {
    given(decider).when(adjustF1).thenThrows(NotFound, 'feed_charge_not_found');
    given(decider, [l1]).when(adjustF1).thenThrows(NotFound, 'feed_charge_not_found');
  });

  it('needs a reason, a change, and leaves the charge at zero or more', () => {
    given(decider, [f1])
      .when({ ...adjustF1, data: { ...adjustF1.data, reason: '' } })
      .thenThrows(InvariantViolated, 'reason_required');
    given(decider, [f1])
      .when({ ...adjustF1, data: { ...adjustF1.data, deltaKg: 0, amountDeltaSatang: 0 } })
      .thenThrows(InvariantViolated, 'adjustment_changes_nothing');
    given(decider, [f1, f1Adjusted])
      .when({ ...adjustF1, data: { ...adjustF1.data, adjustmentId: 'ADJ-2', deltaKg: -1_951 } })
      .thenThrows(InvariantViolated, 'feed_charge_negative');
  });
});
