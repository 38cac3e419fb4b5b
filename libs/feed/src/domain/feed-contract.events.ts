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
    /** The most the contract covers; open orders and deliveries never exceed it. */
    readonly volumeKg: number;
    /** ISO dates, both inclusive. */
    readonly validFrom: string;
    readonly validTo: string;
    /** The market price at signing: the baseline for what collective buying saved. */
    readonly marketPricePerKgSatang: Satang;
    readonly agreedOn: string;
    /** The negotiation the contract came out of, when it came out of one. */
    readonly negotiationId?: string;
  };
};

/** Feed ordered under the contract on behalf of a member, for one of the member's farms. */
export type FeedOrderPlaced = {
  readonly type: 'FeedOrderPlaced';
  readonly data: {
    readonly contractId: string;
    readonly orderId: string;
    readonly memberId: string;
    readonly farmId: string;
    /** Held against the contract volume from now on, delivered or not. */
    readonly kg: number;
    readonly orderedOn: string;
    readonly requestedDeliveryOn: string;
  };
};

/** Feed delivered to a member's farm under a contract, charged at the contract price. */
export type FeedDelivered = {
  readonly type: 'FeedDelivered';
  readonly data: {
    readonly contractId: string;
    readonly deliveryId: string;
    /** The order the delivery fills; absent for a delivery outside any order. */
    readonly orderId?: string;
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

/** A correction of a recorded delivery's kilograms (a delivery note was wrong), with its reason. */
export type FeedDeliveryAdjusted = {
  readonly type: 'FeedDeliveryAdjusted';
  readonly data: {
    readonly contractId: string;
    readonly deliveryId: string;
    readonly adjustmentId: string;
    /** The delivery's order, copied so readers need not look it up. */
    readonly orderId?: string;
    readonly previousKg: number;
    readonly newKg: number;
    /** newKg − previousKg; never 0. */
    readonly deltaKg: number;
    /** The contract price, as charged on the delivery. */
    readonly pricePerKgSatang: Satang;
    /** deltaKg × pricePerKgSatang: negative when the supplier delivered less than recorded. */
    readonly amountDeltaSatang: Satang;
    readonly reason: string;
    readonly adjustedOn: string;
  };
};

export type FeedContractEvent = FeedContractAgreed | FeedOrderPlaced | FeedDelivered | FeedDeliveryAdjusted;
