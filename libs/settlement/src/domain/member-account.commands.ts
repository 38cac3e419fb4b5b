import type { EggDeliveryVoided, FeedChargeAdjusted, FeedChargeRecorded, SizeEggs } from './member-account.events';
import type { MemberPriceList } from './member-price-list.state';

export type RecordEggDelivery = {
  readonly type: 'RecordEggDelivery';
  readonly data: {
    readonly memberId: string;
    readonly lotId: string;
    readonly gradedOn: string;
    /** The day the lot was collected: its eggs are paid at the member price list in force then. */
    readonly collectedOn: string;
    readonly sizes: readonly SizeEggs[];
  };
};

export type VoidEggDelivery = {
  readonly type: 'VoidEggDelivery';
  readonly data: Omit<EggDeliveryVoided['data'], 'grading' | 'settlementId'>;
};

export type RecordFeedCharge = { readonly type: 'RecordFeedCharge'; readonly data: FeedChargeRecorded['data'] };

export type AdjustFeedCharge = { readonly type: 'AdjustFeedCharge'; readonly data: FeedChargeAdjusted['data'] };

export type SettleMember = {
  readonly type: 'SettleMember';
  readonly data: {
    readonly memberId: string;
    readonly settlementId: string;
    readonly periodFrom: string;
    readonly periodTo: string;
    readonly settledOn: string;
    /** The cooperative's member price lists, in the order set, read by the application from the schedule. */
    readonly priceLists: readonly MemberPriceList[];
    readonly deductions: readonly DeductionRequest[];
  };
};

/**
 * A deduction asked for: a reason and exactly one of a fixed amount, a rate per egg
 * paid, a rate per kg of feed charged, or a percentage of the egg revenue. Rates in
 * satang, up to two decimals; a percentage up to two decimals, at most 100.
 */
export interface DeductionRequest {
  readonly reason: string;
  readonly amountSatang?: number;
  readonly satangPerEgg?: number;
  readonly satangPerKg?: number;
  readonly percentOfEggRevenue?: number;
}

export type MemberAccountCommand =
  RecordEggDelivery | VoidEggDelivery | RecordFeedCharge | AdjustFeedCharge | SettleMember;
