import { SIZE_CLASSES } from '@khai/contracts';
import { fold, KhaiError } from '@khai/core';
import fc from 'fast-check';

import type { MemberAccountCommand } from './member-account.commands';
import { memberAccountDecider as decider } from './member-account.decider';
import type { MemberAccountEvent, MemberSettled } from './member-account.events';
import type { MemberAccountState } from './member-account.state';
import { listInForce, type MemberPriceList } from './member-price-list.state';

const memberId = 'M-1';
const day = (n: number): string => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);

const lotId = fc.constantFrom('L1', 'L2', 'L3', 'L4');
const deliveryId = fc.constantFrom('D1', 'D2', 'D3');
const date = fc.nat(90).map(day);
const sizes = fc.uniqueArray(fc.record({ size: fc.constantFrom(...SIZE_CLASSES), eggs: fc.nat(3_000) }), {
  selector: (line) => line.size,
  maxLength: 4,
});
// Usually every size is priced; sometimes one is missing, so size_not_priced is exercised too.
const prices = fc
  .tuple(
    fc.integer({ min: 250, max: 450 }),
    fc.oneof({ weight: 5, arbitrary: fc.constant(-1) }, fc.constantFrom(...SIZE_CLASSES)),
  )
  .map(([base, missing]) =>
    SIZE_CLASSES.filter((size) => size !== missing).map((size) => ({ size, satangPerEgg: base - size * 15 })),
  );
// One to three lists; usually the first takes effect on day 0, sometimes later (no_price_list_in_force).
const priceLists = fc
  .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, fc.nat(60)), prices), {
    minLength: 1,
    maxLength: 3,
  })
  .map((lists) =>
    lists.map(([effective, listPrices], i) => ({
      priceListId: `PL-${i}`,
      effectiveFrom: day(i === 0 ? effective : effective + 1),
      prices: listPrices,
      setOn: day(0),
    })),
  );
// Half-month periods, so most settlements follow one another and some overlap (period_already_settled).
const period = fc
  .tuple(fc.nat(11), fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, fc.constant(1)))
  .map(([k, n]) => ({ k, from: k * 15, length: 14 + n * 15 }));

const command: fc.Arbitrary<MemberAccountCommand> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({ lotId, graded: fc.nat(90), daysBefore: fc.nat(3), sizes })
      .map(({ graded, daysBefore, ...d }) => ({
        type: 'RecordEggDelivery' as const,
        data: { memberId, ...d, gradedOn: day(graded), collectedOn: day(Math.max(0, graded - daysBefore)) },
      })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ lotId, voidedOn: date })
      .map((d) => ({ type: 'VoidEggDelivery' as const, data: { memberId, ...d, reason: 'regraded' } })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        deliveryId,
        deliveredOn: date,
        kg: fc.integer({ min: 1, max: 3_000 }),
        price: fc.integer({ min: 1_300, max: 1_700 }),
      })
      .map(({ price, ...d }) => ({
        type: 'RecordFeedCharge' as const,
        data: { memberId, ...d, amountSatang: d.kg * price },
      })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        deliveryId,
        adjustmentId: fc.constantFrom('A1', 'A2', 'A3', 'A4'),
        deltaKg: fc.integer({ min: -500, max: 500 }),
        adjustedOn: date,
      })
      .map((d) => ({
        type: 'AdjustFeedCharge' as const,
        data: { memberId, ...d, amountDeltaSatang: d.deltaKg * 1_450, reason: 'delivery note corrected' },
      })),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({
        otherId: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, fc.constantFrom('S1', 'S2')),
        period,
        priceLists,
        deductions: fc.array(
          fc.oneof(
            fc.record({ reason: fc.constantFrom('share capital', 'loan'), amountSatang: fc.nat(100_000) }),
            fc.record({ reason: fc.constant('egg fund'), satangPerEgg: fc.nat(200).map((n) => n / 100) }),
            fc.record({ reason: fc.constant('transport'), satangPerKg: fc.nat(2_000).map((n) => n / 100) }),
            fc.record({ reason: fc.constant('fee'), percentOfEggRevenue: fc.nat(500).map((n) => n / 100) }),
          ),
          { maxLength: 3 },
        ),
      })
      .map(({ period: { k, from, length }, otherId, ...d }) => ({
        type: 'SettleMember' as const,
        data: {
          memberId,
          ...d,
          settlementId: otherId ?? `S${k}`,
          periodFrom: day(from),
          periodTo: day(from + length),
          settledOn: day(from + length + 1),
        },
      })),
  },
);

const sum = (values: readonly number[]): number => values.reduce((t, v) => t + v, 0);

function run(commands: readonly MemberAccountCommand[]): {
  state: MemberAccountState;
  accepted: MemberAccountEvent[];
  lists: Map<string, readonly MemberPriceList[]>;
} {
  let state = decider.initialState;
  const accepted: MemberAccountEvent[] = [];
  const lists = new Map<string, readonly MemberPriceList[]>();
  for (const c of commands) {
    let events: readonly MemberAccountEvent[];
    try {
      events = decider.decide(c, state);
    } catch (error) {
      if (!(error instanceof KhaiError)) throw error;
      continue;
    }
    if (c.type === 'SettleMember' && events.length > 0) lists.set(c.data.settlementId, c.data.priceLists);
    for (const event of events) {
      accepted.push(event);
      state = decider.evolve(state, event);
    }
  }
  return { state, accepted, lists };
}

function checkStatement(s: MemberSettled['data']): void {
  for (const line of s.eggLines) expect(line.amountSatang).toBe(line.eggs * line.satangPerEgg);
  for (const d of s.deductions) expect(Number.isSafeInteger(d.amountSatang) && d.amountSatang >= 0).toBe(true);
  expect(s.eggRevenueSatang).toBe(sum(s.eggLines.map((l) => l.amountSatang)));
  expect(s.deductionsSatang).toBe(sum(s.deductions.map((d) => d.amountSatang)));
  expect(s.netSatang).toBe(s.eggRevenueSatang - s.feedChargeSatang - s.deductionsSatang);
  for (const n of [s.eggRevenueSatang, s.feedChargeSatang, s.deductionsSatang, s.netSatang]) {
    expect(Number.isSafeInteger(n)).toBe(true);
  }
}

describe('money adds up (property)', () => {
  it('every settlement balances, every entry settles at most once, and replay gives the same state', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 10, maxLength: 60, size: 'max' }), (commands) => {
        const { state, accepted, lists } = run(commands);
        const settlements = accepted.flatMap((e) => (e.type === 'MemberSettled' ? [e.data] : []));
        settlements.forEach(checkStatement);
        // Each grading is paid at the list in force on the day its lot was collected.
        const collectedOn = new Map(
          accepted.flatMap((e) =>
            e.type === 'EggDeliveryRecorded' ? [[`${e.data.lotId}#${e.data.grading}`, e.data.collectedOn]] : [],
          ),
        );
        for (const s of settlements) {
          for (const g of s.gradings) {
            const day = collectedOn.get(`${g.lotId}#${g.grading}`) ?? '';
            expect(g.priceListId).toBe(listInForce(lists.get(s.settlementId) ?? [], day)?.priceListId);
          }
        }

        const entries = settlements.flatMap((s) => [
          ...s.gradings.map((g) => `grading ${g.lotId}#${g.grading}`),
          ...s.voids.map((g) => `void ${g.lotId}#${g.grading}`),
          ...s.deliveryIds.map((id) => `feed ${id}`),
          ...s.adjustmentIds.map((id) => `adjustment ${id}`),
        ]);
        expect(new Set(entries).size).toBe(entries.length);

        if (state.status === 'open') {
          // Revenue over all settlements = eggs × paid price of every grading paid and not taken back.
          const kept = [...state.lots.values()].flat().filter((g) => g.paid && !g.voided?.takenBackIn);
          const owed = sum(
            kept.flatMap((g) => (g.paid?.prices ?? []).map((p, i) => p.satangPerEgg * (g.sizes[i]?.eggs ?? 0))),
          );
          expect(sum(settlements.map((s) => s.eggRevenueSatang))).toBe(owed);
          // Feed charged over all settlements = every settled charge and adjustment, once.
          const charged = sum([
            ...[...state.feedCharges.values()].filter((c) => c.settledIn).map((c) => c.amountSatang),
            ...[...state.adjustments.values()].filter((a) => a.settledIn).map((a) => a.amountDeltaSatang),
          ]);
          expect(sum(settlements.map((s) => s.feedChargeSatang))).toBe(charged);
          // Settled periods never overlap.
          for (const a of state.settlements) {
            for (const b of state.settlements) {
              if (a !== b) expect(a.periodTo < b.periodFrom || b.periodTo < a.periodFrom).toBe(true);
            }
          }
        }

        expect(fold(decider, accepted)).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});
