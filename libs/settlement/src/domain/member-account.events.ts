import type { Satang, SizeClass } from '@khai/contracts';

import type { MemberEggPrice } from './member-price-list.events';

export interface SizeEggs {
  readonly size: SizeClass;
  readonly eggs: number;
}

/** A lot graded for the member: the eggs by size the cooperative owes for. */
export type EggDeliveryRecorded = {
  readonly type: 'EggDeliveryRecorded';
  readonly data: {
    readonly memberId: string;
    readonly lotId: string;
    /** 1 for a lot's first grading; n + 1 when a voided lot is graded again. */
    readonly grading: number;
    /** ISO date of the grading: the delivery's business date. */
    readonly gradedOn: string;
    /**
     * ISO date the lot was collected: the member price list in force that day prices
     * its eggs. Absent from deliveries recorded before it was kept; the grading day stands in.
     */
    readonly collectedOn?: string;
    /** Sorted by size class; sizes with no eggs left out. */
    readonly sizes: readonly SizeEggs[];
  };
};

/**
 * A recorded grading found wrong. Unsettled, it is simply not paid; already settled
 * (`settlementId` set), its eggs are taken back by the next settlement at the prices paid.
 */
export type EggDeliveryVoided = {
  readonly type: 'EggDeliveryVoided';
  readonly data: {
    readonly memberId: string;
    readonly lotId: string;
    readonly grading: number;
    readonly reason: string;
    readonly voidedOn: string;
    /** The settlement that paid the grading, or null when it was never paid. */
    readonly settlementId: string | null;
  };
};

/** Feed delivered to one of the member's farms, charged at the contract price. */
export type FeedChargeRecorded = {
  readonly type: 'FeedChargeRecorded';
  readonly data: {
    readonly memberId: string;
    readonly deliveryId: string;
    readonly deliveredOn: string;
    readonly kg: number;
    readonly amountSatang: Satang;
  };
};

/** A correction of a feed charge, with its reason; settled on its own date, never an edit. */
export type FeedChargeAdjusted = {
  readonly type: 'FeedChargeAdjusted';
  readonly data: {
    readonly memberId: string;
    readonly deliveryId: string;
    readonly adjustmentId: string;
    readonly deltaKg: number;
    readonly amountDeltaSatang: Satang;
    readonly reason: string;
    readonly adjustedOn: string;
  };
};

export interface EggLine {
  readonly size: SizeClass;
  /** Negative where a grading paid earlier is taken back. */
  readonly eggs: number;
  readonly satangPerEgg: Satang;
  /** eggs × satangPerEgg. */
  readonly amountSatang: Satang;
  /** The member price list this line's eggs were priced by (a take-back: the list they were paid by). */
  readonly priceListId: string;
}

/**
 * How a deduction was reckoned: a fixed amount, or a rate on what this settlement
 * holds (eggs paid net of take-backs, kg of feed charged, egg revenue), rounded
 * once to whole satang, half away from zero.
 */
export type DeductionBasis =
  | { readonly kind: 'fixed' }
  | { readonly kind: 'per-egg'; readonly satangPerEgg: number; readonly eggs: number }
  | { readonly kind: 'per-kg'; readonly satangPerKg: number; readonly kg: number }
  | { readonly kind: 'percent'; readonly percentOfEggRevenue: number; readonly eggRevenueSatang: Satang };

export interface Deduction {
  readonly reason: string;
  readonly amountSatang: Satang;
  readonly basis: DeductionBasis;
}

/** A lot's grading, as named by a settlement. */
export interface GradingRef {
  readonly lotId: string;
  readonly grading: number;
}

/** A grading a settlement paid, and the member price list that priced it. */
export interface PaidGradingRef extends GradingRef {
  readonly priceListId: string;
}

/** A member price list a settlement paid by, with its prices. */
export interface SettlementPriceList {
  readonly priceListId: string;
  /** Null in settlements recorded before it was kept. */
  readonly effectiveFrom: string | null;
  readonly prices: readonly MemberEggPrice[];
}

/** One member's statement for a period: eggs × price − feed − deductions = net. */
export type MemberSettled = {
  readonly type: 'MemberSettled';
  readonly data: {
    readonly memberId: string;
    readonly settlementId: string;
    readonly periodFrom: string;
    readonly periodTo: string;
    readonly settledOn: string;
    /** The lists that priced the eggs settled here, by effectiveFrom: each grading at the list in force on its collection day. */
    readonly priceLists: readonly SettlementPriceList[];
    /** One line per size, price list and price, sorted by size, price, list; lines netting to 0 eggs left out. */
    readonly eggLines: readonly EggLine[];
    readonly eggRevenueSatang: Satang;
    readonly feedKg: number;
    readonly feedChargeSatang: Satang;
    readonly deductions: readonly Deduction[];
    readonly deductionsSatang: Satang;
    /** eggRevenueSatang − feedChargeSatang − deductionsSatang. */
    readonly netSatang: Satang;
    /** Lots paid here (sorted, unique). */
    readonly lotIds: readonly string[];
    /** Lots whose earlier-paid grading is taken back here (sorted, unique). */
    readonly voidedLotIds: readonly string[];
    readonly deliveryIds: readonly string[];
    readonly adjustmentIds: readonly string[];
    /** The gradings paid and taken back, precisely (a lot may be graded again after a void). */
    readonly gradings: readonly PaidGradingRef[];
    readonly voids: readonly GradingRef[];
  };
};

/**
 * MemberSettled as recorded before settlements priced each grading by the list in
 * force on its collection day: one list for the whole settlement, fixed deductions.
 */
export type MemberSettledV1Data = Omit<MemberSettled['data'], 'priceLists' | 'eggLines' | 'deductions' | 'gradings'> & {
  readonly priceListId: string;
  readonly prices: readonly MemberEggPrice[];
  readonly eggLines: readonly Omit<EggLine, 'priceListId'>[];
  readonly deductions: readonly { readonly reason: string; readonly amountSatang: Satang }[];
  readonly gradings: readonly GradingRef[];
};

/** A MemberSettled of either shape, as today's: the one list priced every line of a V1 settlement. */
export function currentSettled(data: MemberSettled['data'] | MemberSettledV1Data): MemberSettled['data'] {
  if (!('priceListId' in data)) return data;
  const { priceListId, prices, ...rest } = data;
  return {
    ...rest,
    priceLists: [{ priceListId, effectiveFrom: null, prices }],
    eggLines: data.eggLines.map((l) => ({ ...l, priceListId })),
    deductions: data.deductions.map((d) => ({
      reason: d.reason,
      amountSatang: d.amountSatang,
      basis: { kind: 'fixed' },
    })),
    gradings: data.gradings.map((g) => ({ ...g, priceListId })),
  };
}

export type MemberAccountEvent =
  EggDeliveryRecorded | EggDeliveryVoided | FeedChargeRecorded | FeedChargeAdjusted | MemberSettled;
