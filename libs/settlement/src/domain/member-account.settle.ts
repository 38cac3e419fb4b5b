import type { SizeClass } from '@khai/contracts';
import { Conflict, divideRoundHalfAwayFromZero, InvariantViolated, sameFacts } from '@khai/core';

import type { DeductionRequest, SettleMember } from './member-account.commands';
import type {
  Deduction,
  DeductionBasis,
  EggLine,
  GradingRef,
  MemberSettled,
  PaidGradingRef,
  SettlementPriceList,
} from './member-account.events';
import type { Grading, OpenMemberAccount, Settlement } from './member-account.state';
import { listInForce, type MemberPriceList } from './member-price-list.state';

const MAX_SATANG = 100_000_000_000;
/** Rates and percentages are taken to two decimals: kept as whole hundredths for exact sums. */
const hundredths = (value: number): number => Math.round(value * 100);
const twoDecimals = (value: number): boolean =>
  Number.isFinite(value) && Math.abs(hundredths(value) - value * 100) < 1e-6;

const BASES = ['amountSatang', 'satangPerEgg', 'satangPerKg', 'percentOfEggRevenue'] as const;

function checkedDeduction(d: DeductionRequest): DeductionRequest {
  if (d.reason.trim() === '') throw new InvariantViolated('reason_required', 'every deduction needs a reason');
  const given = BASES.filter((basis) => d[basis] !== undefined);
  if (given.length !== 1) {
    throw new InvariantViolated(
      'deduction_basis',
      'a deduction is exactly one of amountSatang, satangPerEgg, satangPerKg or percentOfEggRevenue',
      { reason: d.reason, given },
    );
  }
  const [basis] = given as [(typeof BASES)[number]];
  const value = d[basis] as number;
  const valid =
    basis === 'amountSatang'
      ? Number.isSafeInteger(value) && value >= 0 && value <= MAX_SATANG
      : twoDecimals(value) && value >= 0 && value <= (basis === 'percentOfEggRevenue' ? 100 : 1_000_000);
  if (!valid) {
    throw new InvariantViolated(
      'invalid_amount',
      basis === 'amountSatang'
        ? 'a fixed deduction is a whole, non-negative number of satang'
        : `${basis} is not negative, has at most two decimals${basis === 'percentOfEggRevenue' ? ' and is at most 100' : ''}`,
      { deduction: d },
    );
  }
  return { reason: d.reason, [basis]: value };
}

/** What a deduction asked for, from a recorded one: the form a repeat of the settlement is compared in. */
function asRequested(d: Deduction): DeductionRequest {
  switch (d.basis.kind) {
    case 'fixed':
      return { reason: d.reason, amountSatang: d.amountSatang };
    case 'per-egg':
      return { reason: d.reason, satangPerEgg: d.basis.satangPerEgg };
    case 'per-kg':
      return { reason: d.reason, satangPerKg: d.basis.satangPerKg };
    case 'percent':
      return { reason: d.reason, percentOfEggRevenue: d.basis.percentOfEggRevenue };
  }
}

/** What the settlement holds that a rate applies to. */
interface Holdings {
  readonly eggs: number;
  readonly kg: number;
  readonly eggRevenueSatang: number;
}

/**
 * A deduction reckoned on this settlement, rounded once to whole satang (half away
 * from zero). Rates apply to what it pays net of take-backs; where that is negative
 * (a settlement of take-backs only) the deduction is 0: fees are not refunded here.
 */
function reckoned(d: DeductionRequest, held: Holdings): Deduction {
  const rate = (value: number, base: number, scale: number) =>
    Math.max(0, divideRoundHalfAwayFromZero(base * hundredths(value), scale));
  let basis: DeductionBasis;
  let amountSatang: number;
  if (d.satangPerEgg !== undefined) {
    basis = { kind: 'per-egg', satangPerEgg: d.satangPerEgg, eggs: held.eggs };
    amountSatang = rate(d.satangPerEgg, held.eggs, 100);
  } else if (d.satangPerKg !== undefined) {
    basis = { kind: 'per-kg', satangPerKg: d.satangPerKg, kg: held.kg };
    amountSatang = rate(d.satangPerKg, held.kg, 100);
  } else if (d.percentOfEggRevenue !== undefined) {
    basis = { kind: 'percent', percentOfEggRevenue: d.percentOfEggRevenue, eggRevenueSatang: held.eggRevenueSatang };
    amountSatang = rate(d.percentOfEggRevenue, held.eggRevenueSatang, 10_000);
  } else {
    basis = { kind: 'fixed' };
    amountSatang = d.amountSatang ?? 0;
  }
  return { reason: d.reason, amountSatang, basis };
}

/** What a repeat of the same settlement must match; `settledOn` and the prices (fixed by the lists) aside. */
const request = (d: { periodFrom: string; periodTo: string; deductions: readonly DeductionRequest[] }) => ({
  periodFrom: d.periodFrom,
  periodTo: d.periodTo,
  deductions: d.deductions.map((x) => checkedDeduction(x)),
});
const recordedRequest = (s: Settlement) => request({ ...s, deductions: s.deductions.map(asRequested) });

/** Sums eggs per size, price list and price: a grading taken back keeps the list and price it was paid at. */
class EggLedger {
  private readonly lines = new Map<string, EggLine>();

  add(size: SizeClass, eggs: number, satangPerEgg: number, priceListId: string): void {
    const key = `${size}:${satangPerEgg}:${priceListId}`;
    const total = (this.lines.get(key)?.eggs ?? 0) + eggs;
    this.lines.set(key, { size, eggs: total, satangPerEgg, amountSatang: total * satangPerEgg, priceListId });
  }

  sorted(): readonly EggLine[] {
    return [...this.lines.values()]
      .filter((line) => line.eggs !== 0)
      .sort(
        (a, b) =>
          a.size - b.size ||
          a.satangPerEgg - b.satangPerEgg ||
          (a.priceListId < b.priceListId ? -1 : a.priceListId > b.priceListId ? 1 : 0),
      );
  }
}

const unique = (ids: readonly string[]): readonly string[] => [...new Set(ids)].sort();
const sum = (values: readonly number[]): number => values.reduce((total, v) => total + v, 0);
const byRef = (a: GradingRef, b: GradingRef) =>
  a.lotId < b.lotId ? -1 : a.lotId > b.lotId ? 1 : a.grading - b.grading;

/**
 * Each grading at the member price list in force on its collection day (as the
 * income report values it): a period that spans two lists pays each part at its own.
 */
function priced(gradings: readonly Grading[], lists: readonly MemberPriceList[]) {
  const paid: { grading: Grading; list: MemberPriceList }[] = [];
  const noList: { lotId: string; collectedOn: string }[] = [];
  const unpriced = new Map<string, Set<SizeClass>>();
  for (const grading of gradings) {
    const list = listInForce(lists, grading.collectedOn);
    if (!list) {
      noList.push({ lotId: grading.lotId, collectedOn: grading.collectedOn });
      continue;
    }
    for (const s of grading.sizes) {
      if (!list.prices.some((p) => p.size === s.size)) {
        unpriced.set(list.priceListId, (unpriced.get(list.priceListId) ?? new Set()).add(s.size));
      }
    }
    paid.push({ grading, list });
  }
  if (noList.length > 0) {
    throw new InvariantViolated(
      'no_price_list_in_force',
      'no member price list was in force when these lots were collected',
      {
        lots: noList.sort((a, b) => (a.lotId < b.lotId ? -1 : 1)),
      },
    );
  }
  if (unpriced.size > 0) {
    const [priceListId, sizes] = [...unpriced].sort(([a], [b]) => (a < b ? -1 : 1))[0] as [string, Set<SizeClass>];
    throw new InvariantViolated('size_not_priced', `price list ${priceListId} has no price for a size delivered`, {
      priceListId,
      sizes: [...sizes].sort((a, b) => a - b),
    });
  }
  return paid;
}

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
  const requested = request(data);

  const earlier = account.settlements.find((s) => s.settlementId === data.settlementId);
  if (earlier) {
    if (sameFacts(recordedRequest(earlier), requested)) return [];
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
  const paid = priced(gradings, data.priceLists);

  const ledger = new EggLedger();
  for (const { grading, list } of paid) {
    for (const s of grading.sizes) {
      ledger.add(s.size, s.eggs, list.prices.find((p) => p.size === s.size)?.satangPerEgg ?? 0, list.priceListId);
    }
  }
  for (const g of voids) {
    for (const p of g.paid?.prices ?? []) {
      const eggs = g.sizes.find((s) => s.size === p.size)?.eggs ?? 0;
      ledger.add(p.size, -eggs, p.satangPerEgg, g.paid?.priceListId ?? '');
    }
  }
  const eggLines = ledger.sorted();

  const charges = [...account.feedCharges.values()].filter((c) => !c.settledIn && c.deliveredOn <= data.periodTo);
  const adjustments = [...account.adjustments.values()].filter((a) => !a.settledIn && a.adjustedOn <= data.periodTo);
  const eggRevenueSatang = sum(eggLines.map((l) => l.amountSatang));
  const feedKg = sum([...charges.map((c) => c.kg), ...adjustments.map((a) => a.deltaKg)]);
  const feedChargeSatang = sum([...charges.map((c) => c.amountSatang), ...adjustments.map((a) => a.amountDeltaSatang)]);
  const held = { eggs: sum(eggLines.map((l) => l.eggs)), kg: feedKg, eggRevenueSatang };
  const deductions = requested.deductions.map((d) => reckoned(d, held));
  const deductionsSatang = sum(deductions.map((d) => d.amountSatang));

  const lists = new Map<string, SettlementPriceList>();
  for (const { list } of paid) {
    lists.set(list.priceListId, {
      priceListId: list.priceListId,
      effectiveFrom: list.effectiveFrom,
      prices: list.prices,
    });
  }
  const paidRefs: PaidGradingRef[] = paid
    .map(({ grading, list }) => ({ lotId: grading.lotId, grading: grading.grading, priceListId: list.priceListId }))
    .sort(byRef);

  return [
    {
      type: 'MemberSettled',
      data: {
        memberId: data.memberId,
        settlementId: data.settlementId,
        periodFrom: data.periodFrom,
        periodTo: data.periodTo,
        settledOn: data.settledOn,
        priceLists: [...lists.values()].sort((a, b) =>
          (a.effectiveFrom ?? '') < (b.effectiveFrom ?? '')
            ? -1
            : (a.effectiveFrom ?? '') > (b.effectiveFrom ?? '')
              ? 1
              : 0,
        ),
        eggLines,
        eggRevenueSatang,
        feedKg,
        feedChargeSatang,
        deductions,
        deductionsSatang,
        netSatang: eggRevenueSatang - feedChargeSatang - deductionsSatang,
        lotIds: unique(gradings.map((g) => g.lotId)),
        voidedLotIds: unique(voids.map((g) => g.lotId)),
        deliveryIds: unique(charges.map((c) => c.deliveryId)),
        adjustmentIds: unique(adjustments.map((a) => a.adjustmentId)),
        gradings: paidRefs,
        voids: voids.map((g) => ({ lotId: g.lotId, grading: g.grading })).sort(byRef),
      },
    },
  ];
}
