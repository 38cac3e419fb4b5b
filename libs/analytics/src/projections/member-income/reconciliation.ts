import type { SizeClass } from '@khai/contracts';
import type { Grading, OpenMemberAccount } from '@khai/settlement';

/** The income report's price of a graded egg: the member list in force on its day, else the reference. */
export type IncomePrice = (day: string, size: SizeClass) => number | undefined;

/** Eggs, feed and money, income − settled where it is a difference. */
export interface Amounts {
  readonly eggs: number;
  readonly revenueSatang: number;
  readonly feedKg: number;
  readonly feedSatang: number;
}

export type DifferenceKind =
  /** Graded, collected in the period, in no settlement yet. */
  | 'not_yet_settled'
  /** Collected in the period, paid by a settlement settled before or after the window. */
  | 'settled_outside_window'
  /** Paid by a settlement of the window, collected before or after the period (a late entry carried in). */
  | 'settled_here_collected_outside'
  /** Paid by a settlement of the window, then voided: the income report no longer counts it. */
  | 'voided_after_payment'
  /** A voided grading paid earlier, taken back by a settlement of the window (its lines are negative). */
  | 'taken_back'
  /** In both, at another price: the settlement paid the list in force then; the report values it as it stands now. */
  | 'priced_differently'
  | 'feed_not_yet_settled'
  | 'feed_settled_outside_window'
  | 'feed_settled_here_delivered_outside'
  /** A correction of a delivery of the period (the report puts it on the delivery's day), not settled in the window. */
  | 'correction_not_settled_here'
  /** A correction settled in the window of a delivery outside the period. */
  | 'correction_of_delivery_outside_period';

export interface Difference extends Amounts {
  readonly kind: DifferenceKind;
  /** The lot and grading, or the feed delivery (and correction), it is about. */
  readonly lotId?: string;
  readonly grading?: number;
  readonly deliveryId?: string;
  readonly adjustmentId?: string;
  /** The day that placed it in the report (collection, delivery) or the correction's day. */
  readonly day: string;
  /** The settlement that paid, charged or took it back, if any. */
  readonly settlementId: string | null;
}

export interface Reconciliation {
  readonly income: Amounts;
  readonly settled: Amounts & { readonly settlementIds: readonly string[] };
  readonly difference: Amounts;
  readonly explained: readonly Difference[];
  /** difference − Σ explained: zero when the report and the account have read the same log. */
  readonly unexplained: Amounts;
}

const ZERO: Amounts = { eggs: 0, revenueSatang: 0, feedKg: 0, feedSatang: 0 };
const minus = (a: Amounts, b: Amounts): Amounts => ({
  eggs: a.eggs - b.eggs,
  revenueSatang: a.revenueSatang - b.revenueSatang,
  feedKg: a.feedKg - b.feedKg,
  feedSatang: a.feedSatang - b.feedSatang,
});
const plus = (a: Amounts, b: Amounts): Amounts => minus(a, minus(ZERO, b));
const eggsOf = (g: Grading): number => g.sizes.reduce((n, s) => n + s.eggs, 0);

/**
 * One member's income report for [from, to] (graded eggs by collection day, feed by
 * delivery day with its corrections) lined up against the settlements settled in the
 * same window, with every difference named: lot by lot and delivery by delivery,
 * from the member's account.
 */
export function reconcile(
  from: string,
  to: string,
  income: Amounts,
  account: OpenMemberAccount,
  priceOf: IncomePrice,
): Reconciliation {
  const window = account.settlements.filter((s) => from <= s.settledOn && s.settledOn <= to);
  const inWindow = new Set(window.map((s) => s.settlementId));
  const inPeriod = (day: string) => from <= day && day <= to;
  const settled = window.reduce<Amounts>(
    (sum, s) =>
      plus(sum, {
        eggs: s.eggLines.reduce((n, l) => n + l.eggs, 0),
        revenueSatang: s.eggRevenueSatang,
        feedKg: s.feedKg,
        feedSatang: s.feedChargeSatang,
      }),
    ZERO,
  );

  const explained: Difference[] = [];
  const eggs = (kind: DifferenceKind, g: Grading, sign: 1 | -1, revenueSatang: number, settlementId: string | null) =>
    explained.push({
      kind,
      lotId: g.lotId,
      grading: g.grading,
      day: g.collectedOn,
      settlementId,
      eggs: sign * eggsOf(g),
      revenueSatang: sign * revenueSatang,
      feedKg: 0,
      feedSatang: 0,
    });
  for (const gradings of account.lots.values()) {
    for (const g of gradings) {
      const counted = !g.voided && inPeriod(g.collectedOn);
      const paid = g.paid && inWindow.has(g.paid.settlementId) ? g.paid : null;
      const valued = g.sizes.reduce((sum, s) => sum + s.eggs * (priceOf(g.collectedOn, s.size) ?? 0), 0);
      const paidValue = g.sizes.reduce(
        (sum, s) => sum + s.eggs * (g.paid?.prices.find((p) => p.size === s.size)?.satangPerEgg ?? 0),
        0,
      );
      if (counted && paid && valued !== paidValue) {
        explained.push({
          kind: 'priced_differently',
          lotId: g.lotId,
          grading: g.grading,
          day: g.collectedOn,
          settlementId: paid.settlementId,
          ...ZERO,
          revenueSatang: valued - paidValue,
        });
      }
      if (counted && !paid) {
        eggs(g.paid ? 'settled_outside_window' : 'not_yet_settled', g, 1, valued, g.paid?.settlementId ?? null);
      }
      if (!counted && paid) {
        eggs(g.voided ? 'voided_after_payment' : 'settled_here_collected_outside', g, -1, paidValue, paid.settlementId);
      }
      const takenBackIn = g.voided?.takenBackIn ?? null;
      if (takenBackIn !== null && inWindow.has(takenBackIn)) eggs('taken_back', g, 1, paidValue, takenBackIn);
    }
  }

  const feed = (
    kind: DifferenceKind,
    ids: Partial<Difference>,
    day: string,
    sign: 1 | -1,
    kg: number,
    satang: number,
  ) =>
    explained.push({
      kind,
      ...ids,
      day,
      settlementId: ids.settlementId ?? null,
      eggs: 0,
      revenueSatang: 0,
      feedKg: sign * kg,
      feedSatang: sign * satang,
    });
  for (const c of account.feedCharges.values()) {
    const counted = inPeriod(c.deliveredOn);
    const settledHere = c.settledIn !== null && inWindow.has(c.settledIn);
    const ids = { deliveryId: c.deliveryId, settlementId: c.settledIn };
    if (counted && !settledHere) {
      const kind = c.settledIn === null ? 'feed_not_yet_settled' : 'feed_settled_outside_window';
      feed(kind, ids, c.deliveredOn, 1, c.kg, c.amountSatang);
    }
    if (!counted && settledHere)
      feed('feed_settled_here_delivered_outside', ids, c.deliveredOn, -1, c.kg, c.amountSatang);
  }
  for (const a of account.adjustments.values()) {
    const delivery = account.feedCharges.get(a.deliveryId);
    const counted = delivery !== undefined && inPeriod(delivery.deliveredOn);
    const settledHere = a.settledIn !== null && inWindow.has(a.settledIn);
    const ids = { deliveryId: a.deliveryId, adjustmentId: a.adjustmentId, settlementId: a.settledIn };
    if (counted && !settledHere)
      feed('correction_not_settled_here', ids, a.adjustedOn, 1, a.deltaKg, a.amountDeltaSatang);
    if (!counted && settledHere) {
      feed('correction_of_delivery_outside_period', ids, a.adjustedOn, -1, a.deltaKg, a.amountDeltaSatang);
    }
  }
  explained.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));

  const difference = minus(income, settled);
  return {
    income,
    settled: { ...settled, settlementIds: window.map((s) => s.settlementId) },
    difference,
    explained,
    unexplained: explained.reduce((rest, d) => minus(rest, d), difference),
  };
}
