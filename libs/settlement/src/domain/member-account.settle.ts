import type { SizeClass } from '@khai/contracts';
import { Conflict, InvariantViolated, sameFacts } from '@khai/core';

import type { SettleMember } from './member-account.commands';
import type { Deduction, EggLine, GradingRef, MemberSettled } from './member-account.events';
import type { Grading, OpenMemberAccount } from './member-account.state';
import { normalisedPrices } from './prices';

function validDeductions(deductions: readonly Deduction[]): readonly Deduction[] {
  for (const d of deductions) {
    if (d.reason.trim() === '') throw new InvariantViolated('reason_required', 'every deduction needs a reason');
    if (!Number.isSafeInteger(d.amountSatang) || d.amountSatang < 0) {
      throw new InvariantViolated('invalid_amount', 'a deduction is a whole, non-negative number of satang', {
        deduction: d,
      });
    }
  }
  return deductions.map((d) => ({ reason: d.reason, amountSatang: d.amountSatang }));
}

/** What a repeat of the same settlement must match; `settledOn` and the prices (fixed by the list id) aside. */
const request = (d: SettleMember['data'] | MemberSettled['data']) => ({
  periodFrom: d.periodFrom,
  periodTo: d.periodTo,
  priceListId: d.priceListId,
  deductions: d.deductions.map((x) => ({ reason: x.reason, amountSatang: x.amountSatang })),
});

/** Sums eggs per size and price: a grading taken back keeps the price it was paid at. */
class EggLedger {
  private readonly lines = new Map<string, EggLine>();

  add(size: SizeClass, eggs: number, satangPerEgg: number): void {
    const key = `${size}:${satangPerEgg}`;
    const total = (this.lines.get(key)?.eggs ?? 0) + eggs;
    this.lines.set(key, { size, eggs: total, satangPerEgg, amountSatang: total * satangPerEgg });
  }

  sorted(): readonly EggLine[] {
    return [...this.lines.values()]
      .filter((line) => line.eggs !== 0)
      .sort((a, b) => a.size - b.size || a.satangPerEgg - b.satangPerEgg);
  }
}

const unique = (ids: readonly string[]): readonly string[] => [...new Set(ids)].sort();
const sum = (values: readonly number[]): number => values.reduce((total, v) => total + v, 0);

/**
 * Settles every entry not yet settled and dated on or before `periodTo`: late entries of
 * earlier periods are carried in, later ones wait. Periods of one member never overlap.
 */
export function settle(data: SettleMember['data'], account: OpenMemberAccount): readonly MemberSettled[] {
  if (data.periodFrom > data.periodTo) {
    throw new InvariantViolated('invalid_period', 'periodFrom must be on or before periodTo', {
      periodFrom: data.periodFrom,
      periodTo: data.periodTo,
    });
  }
  const deductions = validDeductions(data.deductions);
  const prices = normalisedPrices(data.prices);

  const earlier = account.settlements.find((s) => s.settlementId === data.settlementId);
  if (earlier) {
    if (sameFacts(request(earlier), request(data))) return [];
    throw new Conflict('settlement_already_recorded', `settlement ${data.settlementId} was made differently`, {
      settlementId: data.settlementId,
    });
  }
  const overlapping = account.settlements.find((s) => s.periodFrom <= data.periodTo && data.periodFrom <= s.periodTo);
  if (overlapping) {
    throw new Conflict('period_already_settled', `${data.periodFrom}…${data.periodTo} overlaps a settled period`, {
      settlementId: overlapping.settlementId,
      periodFrom: overlapping.periodFrom,
      periodTo: overlapping.periodTo,
    });
  }

  const gradings: Grading[] = [];
  const voids: Grading[] = [];
  for (const lot of account.lots.values()) {
    for (const g of lot) {
      if (!g.voided && !g.paid && g.gradedOn <= data.periodTo) gradings.push(g);
      if (g.voided && g.paid && g.voided.takenBackIn === null && g.voided.voidedOn <= data.periodTo) voids.push(g);
    }
  }
  const priceOf = new Map(prices.map((p) => [p.size, p.satangPerEgg]));
  const unpriced = [...new Set(gradings.flatMap((g) => g.sizes.map((s) => s.size)))].filter((s) => !priceOf.has(s));
  if (unpriced.length > 0) {
    throw new InvariantViolated('size_not_priced', `price list ${data.priceListId} has no price for a size delivered`, {
      priceListId: data.priceListId,
      sizes: unpriced.sort((a, b) => a - b),
    });
  }

  const ledger = new EggLedger();
  for (const g of gradings) for (const s of g.sizes) ledger.add(s.size, s.eggs, priceOf.get(s.size) ?? 0);
  for (const g of voids)
    for (const p of g.paid?.prices ?? []) {
      ledger.add(p.size, -(g.sizes.find((s) => s.size === p.size)?.eggs ?? 0), p.satangPerEgg);
    }
  const eggLines = ledger.sorted();

  const charges = [...account.feedCharges.values()].filter((c) => !c.settledIn && c.deliveredOn <= data.periodTo);
  const adjustments = [...account.adjustments.values()].filter((a) => !a.settledIn && a.adjustedOn <= data.periodTo);
  const eggRevenueSatang = sum(eggLines.map((l) => l.amountSatang));
  const feedChargeSatang = sum([...charges.map((c) => c.amountSatang), ...adjustments.map((a) => a.amountDeltaSatang)]);
  const deductionsSatang = sum(deductions.map((d) => d.amountSatang));
  const refs = (list: readonly Grading[]): readonly GradingRef[] =>
    list
      .map((g) => ({ lotId: g.lotId, grading: g.grading }))
      .sort((a, b) => (a.lotId < b.lotId ? -1 : a.lotId > b.lotId ? 1 : a.grading - b.grading));

  return [
    {
      type: 'MemberSettled',
      data: {
        memberId: data.memberId,
        settlementId: data.settlementId,
        periodFrom: data.periodFrom,
        periodTo: data.periodTo,
        settledOn: data.settledOn,
        priceListId: data.priceListId,
        prices,
        eggLines,
        eggRevenueSatang,
        feedKg: sum([...charges.map((c) => c.kg), ...adjustments.map((a) => a.deltaKg)]),
        feedChargeSatang,
        deductions,
        deductionsSatang,
        netSatang: eggRevenueSatang - feedChargeSatang - deductionsSatang,
        lotIds: unique(gradings.map((g) => g.lotId)),
        voidedLotIds: unique(voids.map((g) => g.lotId)),
        deliveryIds: unique(charges.map((c) => c.deliveryId)),
        adjustmentIds: unique(adjustments.map((a) => a.adjustmentId)),
        gradings: refs(gradings),
        voids: refs(voids),
      },
    },
  ];
}
