import { Conflict, InvariantViolated, NotFound } from '@khai/core';
import { given } from '@khai/testing';

import { memberAccountDecider as decider } from './member-account.decider';
import type {
  EggDeliveryRecorded,
  MemberAccountEvent,
  MemberSettled,
  MemberSettledV1Data,
} from './member-account.events';
import {
  decemberList,
  decemberPrices,
  f1,
  l1,
  l1Voided,
  l2,
  memberId,
  novemberList,
  prices,
  schedule,
  settleNovember,
} from './member-account.fixtures';

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
    priceLists: [{ priceListId: 'PL-2026-11', effectiveFrom: '2026-11-01', prices }],
    eggLines: [
      { size: 0, eggs: 1_800, satangPerEgg: 420, amountSatang: 756_000, priceListId: 'PL-2026-11' },
      { size: 2, eggs: 5_400, satangPerEgg: 380, amountSatang: 2_052_000, priceListId: 'PL-2026-11' },
      { size: 3, eggs: 2_700, satangPerEgg: 350, amountSatang: 945_000, priceListId: 'PL-2026-11' },
    ],
    eggRevenueSatang: 3_753_000,
    feedKg: 2_000,
    feedChargeSatang: 2_900_000,
    deductions: [{ reason: 'share capital', amountSatang: 50_000, basis: { kind: 'fixed' } }],
    deductionsSatang: 50_000,
    netSatang: 803_000,
    lotIds: ['L1', 'L2'],
    voidedLotIds: [],
    deliveryIds: ['FD-1'],
    adjustmentIds: [],
    gradings: [
      { lotId: 'L1', grading: 1, priceListId: 'PL-2026-11' },
      { lotId: 'L2', grading: 1, priceListId: 'PL-2026-11' },
    ],
    voids: [],
  },
};

const settleDecember = {
  type: 'SettleMember' as const,
  data: {
    memberId,
    settlementId: 'S-2026-12',
    periodFrom: '2026-12-01',
    periodTo: '2026-12-31',
    settledOn: '2027-01-02',
    priceLists: schedule,
    deductions: [],
  },
};
const l3: EggDeliveryRecorded = {
  type: 'EggDeliveryRecorded',
  data: {
    memberId,
    lotId: 'L3',
    grading: 1,
    gradedOn: '2026-12-05',
    collectedOn: '2026-12-04',
    sizes: [{ size: 2, eggs: 3_000 }],
  },
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
      { size: 0, eggs: -1_200, satangPerEgg: 420, amountSatang: -504_000, priceListId: 'PL-2026-11' },
      { size: 2, eggs: 3_000, satangPerEgg: 360, amountSatang: 1_080_000, priceListId: 'PL-2026-12' },
      { size: 2, eggs: -3_000, satangPerEgg: 380, amountSatang: -1_140_000, priceListId: 'PL-2026-11' },
      { size: 3, eggs: -1_800, satangPerEgg: 350, amountSatang: -630_000, priceListId: 'PL-2026-11' },
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
      data: {
        memberId,
        lotId: 'L1',
        grading: 2,
        gradedOn: '2026-12-03',
        collectedOn: '2026-12-02',
        sizes: [{ size: 2, eggs: 6_000 }],
      },
    };
    const history = [l1, l2, f1, november, paidVoid, regraded];
    const december = settledBy(history, settleDecember);
    expect(december).toMatchObject({
      lotIds: ['L1'],
      voidedLotIds: ['L1'],
      gradings: [{ lotId: 'L1', grading: 2, priceListId: 'PL-2026-12' }],
    });
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
    const late: EggDeliveryRecorded = {
      ...l2,
      data: { ...l2.data, lotId: 'L9', gradedOn: '2026-10-30', collectedOn: '2026-10-29' },
    };
    const early: EggDeliveryRecorded = {
      ...l2,
      data: { ...l2.data, lotId: 'L10', gradedOn: '2026-12-01', collectedOn: '2026-11-30' },
    };
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

  it('refuses to settle a size the price list in force does not price', () => {
    const onlySize0 = { ...novemberList, prices: [{ size: 0 as const, satangPerEgg: 420 }] };
    const error = given(decider, [l1])
      .when({ ...settleNovember, data: { ...settleNovember.data, priceLists: [onlySize0] } })
      .thenThrows(InvariantViolated, 'size_not_priced');
    expect(error.details).toMatchObject({ priceListId: 'PL-2026-11', sizes: [2, 3] });
  });

  it('refuses to settle a lot collected before any price list took effect', () => {
    const error = given(decider, [l1, l2])
      .when({ ...settleNovember, data: { ...settleNovember.data, priceLists: [decemberList] } })
      .thenThrows(InvariantViolated, 'no_price_list_in_force');
    expect(error.details).toEqual({
      lots: [
        { lotId: 'L1', collectedOn: '2026-11-02' },
        { lotId: 'L2', collectedOn: '2026-11-09' },
      ],
    });
  });

  it('refuses a deduction with no basis, or with two', () => {
    for (const deduction of [{ reason: 'fee' }, { reason: 'fee', amountSatang: 1, satangPerEgg: 1 }]) {
      given(decider, [l1])
        .when({ ...settleNovember, data: { ...settleNovember.data, deductions: [deduction] } })
        .thenThrows(InvariantViolated, 'deduction_basis');
    }
  });

  it('refuses rates below zero, beyond two decimals, and a percentage over 100', () => {
    for (const deduction of [
      { reason: 'levy', satangPerEgg: -1 },
      { reason: 'levy', satangPerKg: 0.125 },
      { reason: 'levy', percentOfEggRevenue: 100.01 },
      { reason: 'levy', amountSatang: 0.5 },
    ]) {
      given(decider, [l1])
        .when({ ...settleNovember, data: { ...settleNovember.data, deductions: [deduction] } })
        .thenThrows(InvariantViolated, 'invalid_amount');
    }
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

describe('settling at the member price list in force on each collection day', () => {
  const collected = (lotId: string, collectedOn: string, gradedOn: string, eggs: number): EggDeliveryRecorded => ({
    type: 'EggDeliveryRecorded',
    data: { memberId, lotId, grading: 1, gradedOn, collectedOn, sizes: [{ size: 2, eggs }] },
  });
  const settleBoth = {
    ...settleNovember,
    data: { ...settleNovember.data, periodTo: '2026-12-31', deductions: [] },
  };

  it('pays a period that spans two lists each part at its own list (worked by hand)', () => {
    /*
     * 1 November – 31 December, size 2 only:
     *   L5 collected 2026-11-20: 1,000 eggs × 3.80 THB (PL-2026-11) = 380,000 satang
     *   L6 collected 2026-12-10: 2,000 eggs × 3.60 THB (PL-2026-12) = 720,000 satang
     *   egg revenue = 1,100,000 satang
     */
    const settled = settledBy(
      [collected('L5', '2026-11-20', '2026-11-21', 1_000), collected('L6', '2026-12-10', '2026-12-11', 2_000)],
      settleBoth,
    );
    expect(settled.eggLines).toEqual([
      { size: 2, eggs: 2_000, satangPerEgg: 360, amountSatang: 720_000, priceListId: 'PL-2026-12' },
      { size: 2, eggs: 1_000, satangPerEgg: 380, amountSatang: 380_000, priceListId: 'PL-2026-11' },
    ]);
    expect(settled.eggRevenueSatang).toBe(1_100_000);
    expect(settled.priceLists).toEqual([
      { priceListId: 'PL-2026-11', effectiveFrom: '2026-11-01', prices },
      { priceListId: 'PL-2026-12', effectiveFrom: '2026-12-01', prices: decemberPrices },
    ]);
    expect(settled.gradings).toEqual([
      { lotId: 'L5', grading: 1, priceListId: 'PL-2026-11' },
      { lotId: 'L6', grading: 1, priceListId: 'PL-2026-12' },
    ]);
  });

  it('takes the collection day, not the grading day: collected 30 November, graded 1 December', () => {
    // 1,500 eggs × 3.80 THB (November's list, in force on the collection day) = 570,000 satang, not 540,000.
    const december = settledBy([collected('L7', '2026-11-30', '2026-12-01', 1_500)], {
      ...settleBoth,
      data: { ...settleBoth.data, periodFrom: '2026-12-01' },
    });
    expect(december.eggLines).toEqual([
      { size: 2, eggs: 1_500, satangPerEgg: 380, amountSatang: 570_000, priceListId: 'PL-2026-11' },
    ]);
  });

  it('pays at the list set later when two take effect the same day', () => {
    const correction = {
      ...novemberList,
      priceListId: 'PL-2026-11b',
      prices: [{ size: 2 as const, satangPerEgg: 385 }],
    };
    const settled = settledBy([collected('L5', '2026-11-20', '2026-11-21', 1_000)], {
      ...settleBoth,
      data: { ...settleBoth.data, priceLists: [...schedule, correction] },
    });
    expect(settled.eggLines).toEqual([
      { size: 2, eggs: 1_000, satangPerEgg: 385, amountSatang: 385_000, priceListId: 'PL-2026-11b' },
    ]);
  });

  it('prices a delivery recorded before the collection day was kept at its grading day', () => {
    const { collectedOn: _, ...old } = collected('L8', '2026-11-30', '2026-12-01', 1_000).data;
    const settled = settledBy([{ type: 'EggDeliveryRecorded', data: old }], settleBoth);
    expect(settled.eggLines).toEqual([
      { size: 2, eggs: 1_000, satangPerEgg: 360, amountSatang: 360_000, priceListId: 'PL-2026-12' },
    ]);
  });

  it('takes back a grading paid by a settlement of the old shape at the one list it named', () => {
    const { priceLists: _lists, gradings, eggLines, deductions, ...rest } = november.data;
    const v1: MemberSettledV1Data = {
      ...rest,
      priceListId: 'PL-2026-11',
      prices,
      eggLines: eggLines.map(({ priceListId: _id, ...line }) => line),
      deductions: deductions.map(({ reason, amountSatang }) => ({ reason, amountSatang })),
      gradings: gradings.map(({ lotId, grading }) => ({ lotId, grading })),
    };
    const old = { type: 'MemberSettled', data: v1 } as unknown as MemberSettled;
    const december = settledBy([l1, l2, f1, old, paidVoid], settleDecember);
    expect(december.eggLines).toEqual([
      { size: 0, eggs: -1_200, satangPerEgg: 420, amountSatang: -504_000, priceListId: 'PL-2026-11' },
      { size: 2, eggs: -3_000, satangPerEgg: 380, amountSatang: -1_140_000, priceListId: 'PL-2026-11' },
      { size: 3, eggs: -1_800, satangPerEgg: 350, amountSatang: -630_000, priceListId: 'PL-2026-11' },
    ]);
    // The old settlement is repeated as a no-op: its fixed deduction compares equal.
    given(decider, [l1, l2, f1, old]).when(settleNovember).thenNothing();
  });
});

describe('deductions per egg, per kg and as a percentage', () => {
  /*
   * November as above: 9,900 eggs paid, 2,000 kg of feed, egg revenue 3,753,000 satang.
   *   share capital, fixed                     = 50,000 satang
   *   egg fund, 0.50 satang × 9,900 eggs       =  4,950 satang
   *   transport, 12.25 satang × 2,000 kg       = 24,500 satang
   *   cooperative fee, 1.25 % × 3,753,000      = 46,912.5 → 46,913 satang (half away from zero)
   *   deductions = 126,363 satang; net = 3,753,000 − 2,900,000 − 126,363 = 726,637 satang
   */
  const deductions = [
    { reason: 'share capital', amountSatang: 50_000 },
    { reason: 'egg fund', satangPerEgg: 0.5 },
    { reason: 'transport', satangPerKg: 12.25 },
    { reason: 'cooperative fee', percentOfEggRevenue: 1.25 },
  ];
  const withRates = { ...settleNovember, data: { ...settleNovember.data, deductions } };

  it('reckons each on what the settlement holds, rounded once (worked by hand)', () => {
    const settled = settledBy([l1, l2, f1], withRates);
    expect(settled.deductions).toEqual([
      { reason: 'share capital', amountSatang: 50_000, basis: { kind: 'fixed' } },
      { reason: 'egg fund', amountSatang: 4_950, basis: { kind: 'per-egg', satangPerEgg: 0.5, eggs: 9_900 } },
      { reason: 'transport', amountSatang: 24_500, basis: { kind: 'per-kg', satangPerKg: 12.25, kg: 2_000 } },
      {
        reason: 'cooperative fee',
        amountSatang: 46_913,
        basis: { kind: 'percent', percentOfEggRevenue: 1.25, eggRevenueSatang: 3_753_000 },
      },
    ]);
    expect(settled).toMatchObject({ deductionsSatang: 126_363, netSatang: 726_637 });
  });

  it('repeats as a no-op, and refuses the same id with another rate', () => {
    const history = [l1, l2, f1, { type: 'MemberSettled' as const, data: settledBy([l1, l2, f1], withRates) }];
    given(decider, history).when(withRates).thenNothing();
    const otherRate = deductions.map((d) => (d.satangPerEgg ? { ...d, satangPerEgg: 0.6 } : d));
    given(decider, history)
      .when({ ...withRates, data: { ...withRates.data, deductions: otherRate } })
      .thenThrows(Conflict, 'settlement_already_recorded');
  });

  it('charges nothing per egg on a settlement that only takes eggs back', () => {
    const december = settledBy([l1, l2, f1, november, paidVoid], {
      ...settleDecember,
      data: { ...settleDecember.data, deductions: [{ reason: 'egg fund', satangPerEgg: 1 }] },
    });
    expect(december.deductions).toEqual([
      { reason: 'egg fund', amountSatang: 0, basis: { kind: 'per-egg', satangPerEgg: 1, eggs: -6_000 } },
    ]);
  });
});
