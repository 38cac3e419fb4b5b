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
}

export interface Deduction {
  readonly reason: string;
  readonly amountSatang: Satang;
}

/** A lot's grading, as named by a settlement. */
export interface GradingRef {
  readonly lotId: string;
  readonly grading: number;
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
    readonly priceListId: string;
    /** The list's prices, sorted by size: what each grading settled here was paid. */
    readonly prices: readonly MemberEggPrice[];
    /** One line per size and price, sorted by size then price; lines netting to 0 eggs left out. */
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
    readonly gradings: readonly GradingRef[];
    readonly voids: readonly GradingRef[];
  };
};

export type MemberAccountEvent =
  EggDeliveryRecorded | EggDeliveryVoided | FeedChargeRecorded | FeedChargeAdjusted | MemberSettled;
