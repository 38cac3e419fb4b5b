import type {
  Deduction,
  EggDeliveryVoided,
  FeedChargeAdjusted,
  FeedChargeRecorded,
  SizeEggs,
} from './member-account.events';
import type { MemberEggPrice } from './member-price-list.events';

export type RecordEggDelivery = {
  readonly type: 'RecordEggDelivery';
  readonly data: {
    readonly memberId: string;
    readonly lotId: string;
    readonly gradedOn: string;
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
    readonly priceListId: string;
    /** The price list's prices, read by the application from the price list's stream. */
    readonly prices: readonly MemberEggPrice[];
    readonly deductions: readonly Deduction[];
  };
};

export type MemberAccountCommand =
  RecordEggDelivery | VoidEggDelivery | RecordFeedCharge | AdjustFeedCharge | SettleMember;
