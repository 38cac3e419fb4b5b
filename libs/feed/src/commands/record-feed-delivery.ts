import { FEED_TYPE_PATTERN, MatchesPattern } from '@khai/contracts';
import { DayField, Field, happenedBy, IdField, WholeField } from '@khai/event-sourcing';

import { feedContract, type RecordFeedDelivery } from '../domain/feed-contract.decider';
import { membersOwnFarm } from './references';

/** The contract comes from the path: POST /feed-contracts/:contractId/deliveries. */
export class RecordFeedDeliveryDto {
  @IdField({ example: 'D-2026-0001', description: 'delivery note number' })
  deliveryId!: string;

  @IdField({
    example: 'PO-2026-0001',
    description: 'the order the delivery fills; leave out for a delivery outside any order',
    optional: true,
  })
  orderId?: string;

  @IdField({ example: 'F01', description: "one of the member's registered farms" })
  farmId!: string;

  @IdField({ example: 'M001', description: 'a registered member' })
  memberId!: string;

  @WholeField(1, 10_000_000, { example: 2000 })
  kg!: number;

  @Field({ example: 'LAYER_COMPLETE' }, MatchesPattern(FEED_TYPE_PATTERN))
  feedType!: string;

  @DayField({ example: '2026-01-10' })
  deliveredOn!: string;
}

export const recordFeedDelivery = feedContract.useCase({
  name: 'RecordFeedDelivery',
  streamId: (d: RecordFeedDelivery['data']) => d.contractId,
  checks: [happenedBy('deliveredOn'), membersOwnFarm],
  http: {
    tag: 'feed',
    roles: ['manager', 'staff'],
    path: '/feed-contracts/:contractId/deliveries',
    body: RecordFeedDeliveryDto,
  },
});
