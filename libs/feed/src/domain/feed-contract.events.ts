import type { Satang } from '@khai/contracts';

/** A collectively negotiated feed contract with a supplier (ซื้ออาหารสัตว์ร่วมกัน). */
export type FeedContractAgreed = {
  readonly type: 'FeedContractAgreed';
  readonly data: {
    readonly contractId: string;
    readonly supplierId: string;
    /** e.g. LAYER_COMPLETE; feed types are configuration, not an enum. */
    readonly feedType: string;
    readonly pricePerKgSatang: Satang;
    /** The most the contract covers; deliveries never exceed it. */
    readonly volumeKg: number;
    /** ISO dates, both inclusive. */
    readonly validFrom: string;
    readonly validTo: string;
    /** The market price at signing: the baseline for what collective buying saved. */
    readonly marketPricePerKgSatang: Satang;
    readonly agreedOn: string;
  };
};

/** Feed delivered to a member's farm under a contract, charged at the contract price. */
export type FeedDelivered = {
  readonly type: 'FeedDelivered';
  readonly data: {
    readonly contractId: string;
    readonly deliveryId: string;
    readonly farmId: string;
    readonly memberId: string;
    readonly feedType: string;
    readonly kg: number;
    readonly pricePerKgSatang: Satang;
    /** kg × pricePerKgSatang. */
    readonly amountSatang: Satang;
    readonly deliveredOn: string;
  };
};

export type FeedContractEvent = FeedContractAgreed | FeedDelivered;
