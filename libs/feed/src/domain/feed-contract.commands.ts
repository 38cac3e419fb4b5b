import type { FeedContractAgreed, FeedDelivered, FeedDeliveryAdjusted, FeedOrderPlaced } from './feed-contract.events';

export type AgreeFeedContract = {
  readonly type: 'AgreeFeedContract';
  readonly data: FeedContractAgreed['data'];
};

export type PlaceFeedOrder = {
  readonly type: 'PlaceFeedOrder';
  readonly data: FeedOrderPlaced['data'];
};

export type RecordFeedDelivery = {
  readonly type: 'RecordFeedDelivery';
  readonly data: Omit<FeedDelivered['data'], 'pricePerKgSatang' | 'amountSatang'> & {
    /** The supplier that states the delivery (its delivery note over Kafka): must be the contract's. */
    readonly supplierId?: string;
  };
};

export type AdjustFeedDelivery = {
  readonly type: 'AdjustFeedDelivery';
  readonly data: Pick<
    FeedDeliveryAdjusted['data'],
    'contractId' | 'deliveryId' | 'adjustmentId' | 'newKg' | 'reason' | 'adjustedOn'
  >;
};

export type FeedContractCommand = AgreeFeedContract | PlaceFeedOrder | RecordFeedDelivery | AdjustFeedDelivery;
