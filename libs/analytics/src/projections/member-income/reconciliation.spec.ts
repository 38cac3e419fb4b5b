import { fold } from '@khai/core';
import { memberAccount, type MemberAccountState, type OpenMemberAccount } from '@khai/settlement';

import { type IncomePrice, reconcile } from './reconciliation';

const memberId = 'M-017';
const size2 = (eggs: number) => [{ size: 2 as const, eggs }];
const lists = [
  {
    priceListId: 'PL-10',
    effectiveFrom: '2026-10-01',
    prices: [{ size: 2 as const, satangPerEgg: 370 }],
    setOn: '2026-09-30',
  },
  {
    priceListId: 'PL-11',
    effectiveFrom: '2026-11-01',
    prices: [{ size: 2 as const, satangPerEgg: 380 }],
    setOn: '2026-10-31',
  },
];
/** Size 2 at the member list in force on the day, as the income report values it. */
const reportPrice: IncomePrice = (day) => (day >= '2026-11-01' ? 380 : 370);

type Command = Parameters<typeof memberAccount.decider.decide>[0];
function account(commands: readonly Command[]): OpenMemberAccount {
  let state: MemberAccountState = memberAccount.decider.initialState;
  const events = [];
  for (const c of commands) {
    const decided = memberAccount.decider.decide(c, state);
    events.push(...decided);
    state = fold(memberAccount.decider, events);
  }
  if (state.status !== 'open') throw new Error('no account');
  return state;
}
const grade = (lotId: string, collectedOn: string, gradedOn: string, eggs: number): Command => ({
  type: 'RecordEggDelivery',
  data: { memberId, lotId, collectedOn, gradedOn, sizes: size2(eggs) },
});
const settle = (settlementId: string, periodFrom: string, periodTo: string, settledOn: string): Command => ({
  type: 'SettleMember',
  data: { memberId, settlementId, periodFrom, periodTo, settledOn, priceLists: lists, deductions: [] },
});

/*
 * November 2026, member M-017, worked by hand (size 2 only):
 *   L0 collected 30 Oct, 1,000 eggs: paid by S-OCT (settled 5 Nov) at 3.70
 *   L1 collected  2 Nov, 2,000 eggs: paid by S-NOV (settled 30 Nov) at 3.80
 *   L3 collected 10 Nov,   800 eggs: paid by S-NOV at 3.80, voided 30 Nov
 *   L2 collected 29 Nov,   500 eggs: graded 1 Dec, after S-NOV's period: unsettled
 *   D0 delivered 20 Oct, 1,000 kg, 1,450,000: charged by S-OCT
 *   D1 delivered  5 Nov, 2,000 kg, 2,900,000: charged by S-NOV; corrected on 2 Dec by −50 kg, −72,500
 * The income report (by collection and delivery day): eggs L1 + L2 = 2,500, revenue 2,500 × 380 = 950,000;
 *   feed D1 with its correction: 1,950 kg, 2,827,500.
 * The settlements of the window (S-OCT, S-NOV): eggs 1,000 + 2,000 + 800 = 3,800; revenue 370,000 + 760,000 +
 *   304,000 = 1,434,000; feed 3,000 kg, 4,350,000.
 * Difference: −1,300 eggs, −484,000 satang; −1,050 kg, −1,522,500 satang, explained as
 *   L0 settled here, collected outside −1,000 eggs −370,000 | L2 not yet settled +500 +190,000 |
 *   L3 voided after payment −800 −304,000 | D0 settled here, delivered outside −1,000 kg −1,450,000 |
 *   D1's correction not settled here −50 kg −72,500.
 */
describe('income against settlements (reconciliation)', () => {
  const november = account([
    grade('L0', '2026-10-30', '2026-10-31', 1_000),
    {
      type: 'RecordFeedCharge',
      data: { memberId, deliveryId: 'D0', deliveredOn: '2026-10-20', kg: 1_000, amountSatang: 1_450_000 },
    },
    settle('S-OCT', '2026-10-01', '2026-10-31', '2026-11-05'),
    grade('L1', '2026-11-02', '2026-11-03', 2_000),
    grade('L3', '2026-11-10', '2026-11-10', 800),
    {
      type: 'RecordFeedCharge',
      data: { memberId, deliveryId: 'D1', deliveredOn: '2026-11-05', kg: 2_000, amountSatang: 2_900_000 },
    },
    settle('S-NOV', '2026-11-01', '2026-11-29', '2026-11-30'),
    { type: 'VoidEggDelivery', data: { memberId, lotId: 'L3', reason: 'wrong member', voidedOn: '2026-11-30' } },
    grade('L2', '2026-11-29', '2026-12-01', 500),
    {
      type: 'AdjustFeedCharge',
      data: {
        memberId,
        deliveryId: 'D1',
        adjustmentId: 'ADJ1',
        deltaKg: -50,
        amountDeltaSatang: -72_500,
        reason: 'short',
        adjustedOn: '2026-12-02',
      },
    },
  ]);
  const income = { eggs: 2_500, revenueSatang: 950_000, feedKg: 1_950, feedSatang: 2_827_500 };

  it('lines the report up against the settlements of the window and explains every difference', () => {
    const r = reconcile('2026-11-01', '2026-11-30', income, november, reportPrice);
    expect(r.settled).toEqual({
      eggs: 3_800,
      revenueSatang: 1_434_000,
      feedKg: 3_000,
      feedSatang: 4_350_000,
      settlementIds: ['S-OCT', 'S-NOV'],
    });
    expect(r.difference).toEqual({ eggs: -1_300, revenueSatang: -484_000, feedKg: -1_050, feedSatang: -1_522_500 });
    expect(r.explained).toEqual([
      expect.objectContaining({
        kind: 'feed_settled_here_delivered_outside',
        deliveryId: 'D0',
        feedKg: -1_000,
        feedSatang: -1_450_000,
      }),
      expect.objectContaining({
        kind: 'settled_here_collected_outside',
        lotId: 'L0',
        settlementId: 'S-OCT',
        eggs: -1_000,
        revenueSatang: -370_000,
      }),
      expect.objectContaining({
        kind: 'voided_after_payment',
        lotId: 'L3',
        settlementId: 'S-NOV',
        eggs: -800,
        revenueSatang: -304_000,
      }),
      expect.objectContaining({
        kind: 'not_yet_settled',
        lotId: 'L2',
        settlementId: null,
        eggs: 500,
        revenueSatang: 190_000,
      }),
      expect.objectContaining({
        kind: 'correction_not_settled_here',
        adjustmentId: 'ADJ1',
        feedKg: -50,
        feedSatang: -72_500,
      }),
    ]);
    expect(r.unexplained).toEqual({ eggs: 0, revenueSatang: 0, feedKg: 0, feedSatang: 0 });
  });

  it('names the take-back in December’s window, and what was settled before it', () => {
    const december = account([
      ...[
        grade('L0', '2026-10-30', '2026-10-31', 1_000),
        grade('L1', '2026-11-02', '2026-11-03', 2_000),
        grade('L3', '2026-11-10', '2026-11-10', 800),
      ],
      settle('S-NOV', '2026-11-01', '2026-11-29', '2026-11-30'),
      { type: 'VoidEggDelivery', data: { memberId, lotId: 'L3', reason: 'wrong member', voidedOn: '2026-11-30' } },
      settle('S-DEC', '2026-11-30', '2026-12-31', '2027-01-02'),
    ]);
    // The report for December: no egg collected then. S-DEC takes L3 back: −800 eggs, −304,000.
    const r = reconcile(
      '2026-12-01',
      '2027-01-31',
      { eggs: 0, revenueSatang: 0, feedKg: 0, feedSatang: 0 },
      december,
      reportPrice,
    );
    expect(r.difference).toMatchObject({ eggs: 800, revenueSatang: 304_000 });
    expect(r.explained).toEqual([
      expect.objectContaining({
        kind: 'taken_back',
        lotId: 'L3',
        settlementId: 'S-DEC',
        eggs: 800,
        revenueSatang: 304_000,
      }),
    ]);
    expect(r.unexplained).toEqual({ eggs: 0, revenueSatang: 0, feedKg: 0, feedSatang: 0 });
  });

  it('names a price the report values differently from what the settlement paid', () => {
    const paid = account([
      grade('L1', '2026-11-02', '2026-11-03', 2_000),
      settle('S-NOV', '2026-11-01', '2026-11-30', '2026-11-30'),
    ]);
    // A list of 3.85 set later for November: the report values L1 at 2,000 × 385 = 770,000; S-NOV paid 760,000.
    const r = reconcile(
      '2026-11-01',
      '2026-11-30',
      { eggs: 2_000, revenueSatang: 770_000, feedKg: 0, feedSatang: 0 },
      paid,
      () => 385,
    );
    expect(r.explained).toEqual([
      expect.objectContaining({
        kind: 'priced_differently',
        lotId: 'L1',
        settlementId: 'S-NOV',
        eggs: 0,
        revenueSatang: 10_000,
      }),
    ]);
    expect(r.unexplained).toEqual({ eggs: 0, revenueSatang: 0, feedKg: 0, feedSatang: 0 });
  });

  it('leaves what it cannot explain in unexplained (a report that saw a lot the account has not booked)', () => {
    const r = reconcile(
      '2026-11-01',
      '2026-11-30',
      { eggs: 100, revenueSatang: 38_000, feedKg: 0, feedSatang: 0 },
      account([grade('L0', '2026-10-30', '2026-10-31', 1_000)]),
      reportPrice,
    );
    expect(r.unexplained).toEqual({ eggs: 100, revenueSatang: 38_000, feedKg: 0, feedSatang: 0 });
  });
});
