import { Conflict, InvariantViolated, NotFound } from '@khai/core';
import { given } from '@khai/testing';

import { memberAccountDecider as decider } from './member-account.decider';
import type { EggDeliveryRecorded, MemberAccountEvent, MemberSettled } from './member-account.events';
import { f1, l1, l1Voided, l2, memberId, prices, settleNovember } from './member-account.fixtures';

/*
 * November, worked by hand:
 *   size 0: L1 1,200 + L2   600 = 1,800 eggs × 4.20 THB =  7,560.00 THB (756,000 satang)
 *   size 2: L1 3,000 + L2 2,400 = 5,400 eggs × 3.80 THB = 20,520.00 THB (2,052,000 satang)
 *   size 3: L1 1,800 + L2   900 = 2,700 eggs × 3.50 THB =  9,450.00 THB (945,000 satang)
 *   egg revenue                                         = 37,530.00 THB (3,753,000 satang)
 *   feed: 2,000 kg × 14.50 THB                          = 29,000.00 THB (2,900,000 satang)
 *   deduction: share capital                            =    500.00 THB (50,000 satang)
 *   net = 37,530.00 − 29,000.00 − 500.00                =  8,030.00 THB (803,000 satang)
 */
const november: MemberSettled = {
  type: 'MemberSettled',
  data: {
    memberId,
    settlementId: 'S-2026-11',
    periodFrom: '2026-11-01',
    periodTo: '2026-11-30',
    settledOn: '2026-12-01',
    priceListId: 'PL-2026-11',
    prices,
    eggLines: [
      { size: 0, eggs: 1_800, satangPerEgg: 420, amountSatang: 756_000 },
      { size: 2, eggs: 5_400, satangPerEgg: 380, amountSatang: 2_052_000 },
      { size: 3, eggs: 2_700, satangPerEgg: 350, amountSatang: 945_000 },
    ],
    eggRevenueSatang: 3_753_000,
    feedKg: 2_000,
    feedChargeSatang: 2_900_000,
    deductions: [{ reason: 'share capital', amountSatang: 50_000 }],
    deductionsSatang: 50_000,
    netSatang: 803_000,
    lotIds: ['L1', 'L2'],
    voidedLotIds: [],
    deliveryIds: ['FD-1'],
    adjustmentIds: [],
    gradings: [
      { lotId: 'L1', grading: 1 },
      { lotId: 'L2', grading: 1 },
    ],
    voids: [],
  },
};

const decemberPrices = [
  { size: 0 as const, satangPerEgg: 400 },
  { size: 2 as const, satangPerEgg: 360 },
  { size: 3 as const, satangPerEgg: 330 },
];
const settleDecember = {
  type: 'SettleMember' as const,
  data: {
    memberId,
    settlementId: 'S-2026-12',
    periodFrom: '2026-12-01',
    periodTo: '2026-12-31',
    settledOn: '2027-01-02',
    priceListId: 'PL-2026-12',
    prices: decemberPrices,
    deductions: [],
  },
};
const l3: EggDeliveryRecorded = {
  type: 'EggDeliveryRecorded',
  data: { memberId, lotId: 'L3', grading: 1, gradedOn: '2026-12-05', sizes: [{ size: 2, eggs: 3_000 }] },
};
const paidVoid = { ...l1Voided, data: { ...l1Voided.data, settlementId: 'S-2026-11' } };

function settledBy(history: readonly MemberAccountEvent[], command = settleNovember): MemberSettled['data'] {
  let state = decider.initialState;
  for (const event of history) state = decider.evolve(state, event);
  const [event] = decider.decide(command, state);
  if (event?.type !== 'MemberSettled') throw new Error('expected MemberSettled');
  return event.data;
}

describe('settling a member', () => {
  it('pays eggs by size at the list price, less feed and deductions (worked by hand)', () => {
    given(decider, [l1, l2, f1]).when(settleNovember).then([november]);
  });

  it('takes back a grading voided after it was paid, at the price it was paid', () => {
    /*
     * December: L1 was paid in November and voided on 2 December; L3 is new.
     *   size 0: −1,200 × 4.20 =  −504,000 satang
     *   size 2: −3,000 × 3.80 = −1,140,000 satang; L3 3,000 × 3.60 = 1,080,000 satang
     *   size 3: −1,800 × 3.50 =  −630,000 satang
     *   revenue = −1,194,000 satang; no feed, no deductions: net −11,940.00 THB
     */
    const december = settledBy([l1, l2, f1, november, paidVoid, l3], settleDecember);
    expect(december.eggLines).toEqual([
      { size: 0, eggs: -1_200, satangPerEgg: 420, amountSatang: -504_000 },
      { size: 2, eggs: 3_000, satangPerEgg: 360, amountSatang: 1_080_000 },
      { size: 2, eggs: -3_000, satangPerEgg: 380, amountSatang: -1_140_000 },
      { size: 3, eggs: -1_800, satangPerEgg: 350, amountSatang: -630_000 },
    ]);
    expect(december).toMatchObject({
      eggRevenueSatang: -1_194_000,
      netSatang: -1_194_000,
      lotIds: ['L3'],
      voidedLotIds: ['L1'],
      voids: [{ lotId: 'L1', grading: 1 }],
    });
  });

  it('takes a void back once only, and pays the regrading of the lot at the new prices', () => {
    const regraded: EggDeliveryRecorded = {
      type: 'EggDeliveryRecorded',
      data: { memberId, lotId: 'L1', grading: 2, gradedOn: '2026-12-03', sizes: [{ size: 2, eggs: 6_000 }] },
    };
    const history = [l1, l2, f1, november, paidVoid, regraded];
    const december = settledBy(history, settleDecember);
    expect(december).toMatchObject({ lotIds: ['L1'], voidedLotIds: ['L1'], gradings: [{ lotId: 'L1', grading: 2 }] });
    const january = settledBy([...history, { type: 'MemberSettled', data: december }], {
      ...settleDecember,
      data: { ...settleDecember.data, settlementId: 'S-2027-01', periodFrom: '2027-01-01', periodTo: '2027-01-31' },
    });
    expect(january).toMatchObject({ eggLines: [], eggRevenueSatang: 0, lotIds: [], voidedLotIds: [], netSatang: 0 });
  });

  it('does not pay a grading voided before it was settled', () => {
    // L2 alone: 600 × 420 + 2,400 × 380 + 900 × 350 = 252,000 + 912,000 + 315,000 satang.
    expect(settledBy([l1, l1Voided, l2])).toMatchObject({ lotIds: ['L2'], eggRevenueSatang: 1_479_000 });
  });

  it('carries late entries of earlier periods in, and leaves later ones waiting', () => {
    const late: EggDeliveryRecorded = { ...l2, data: { ...l2.data, lotId: 'L9', gradedOn: '2026-10-30' } };
    const early: EggDeliveryRecorded = { ...l2, data: { ...l2.data, lotId: 'L10', gradedOn: '2026-12-01' } };
    expect(settledBy([l1, late, early])).toMatchObject({ lotIds: ['L1', 'L9'] });
  });

  it('is a no-op when the same settlement is asked again, also on another day', () => {
    given(decider, [l1, l2, f1, november]).when(settleNovember).thenNothing();
    given(decider, [l1, l2, f1, november])
      .when({ ...settleNovember, data: { ...settleNovember.data, settledOn: '2026-12-03' } })
      .thenNothing();
  });

  it('refuses the same settlement id with other terms', () => {
    given(decider, [l1, l2, f1, november])
      .when({ ...settleNovember, data: { ...settleNovember.data, deductions: [] } })
      .thenThrows(Conflict, 'settlement_already_recorded');
  });

  it('refuses a period overlapping one already settled', () => {
    const error = given(decider, [l1, l2, f1, november])
      .when({ ...settleDecember, data: { ...settleDecember.data, periodFrom: '2026-11-30' } })
      .thenThrows(Conflict, 'period_already_settled');
    expect(error.details).toMatchObject({ settlementId: 'S-2026-11' });
  });

  it('refuses a period that ends before it starts', () => {
    given(decider, [l1])
      .when({ ...settleNovember, data: { ...settleNovember.data, periodFrom: '2026-12-01' } })
      .thenThrows(InvariantViolated, 'invalid_period');
  });

  it('refuses to settle a size the price list does not price', () => {
    const error = given(decider, [l1])
      .when({ ...settleNovember, data: { ...settleNovember.data, prices: [{ size: 0, satangPerEgg: 420 }] } })
      .thenThrows(InvariantViolated, 'size_not_priced');
    expect(error.details).toMatchObject({ sizes: [2, 3] });
  });

  it('refuses deductions without a reason or below zero', () => {
    given(decider, [l1])
      .when({ ...settleNovember, data: { ...settleNovember.data, deductions: [{ reason: '', amountSatang: 1 }] } })
      .thenThrows(InvariantViolated, 'reason_required');
    given(decider, [l1])
      .when({ ...settleNovember, data: { ...settleNovember.data, deductions: [{ reason: 'x', amountSatang: -1 }] } })
      .thenThrows(InvariantViolated, 'invalid_amount');
  });

  it('answers 404 for a member with nothing recorded', () => {
    given(decider).when(settleNovember).thenThrows(NotFound, 'member_account_not_found');
  });
});
