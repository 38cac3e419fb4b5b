import { DayField, happenedBy, IdField, WholeField } from '@khai/event-sourcing';

import { feedContract, type PlaceFeedOrder } from '../domain/feed-contract.decider';
import { membersOwnFarm } from './references';

/** The contract comes from the path: POST /feed-contracts/:contractId/orders. */
export class PlaceFeedOrderDto {
  @IdField({ example: 'PO-2026-0001', description: 'purchase order number' })
  orderId!: string;

  @IdField({ example: 'M001', description: 'the registered member the cooperative orders for' })
  memberId!: string;

  @IdField({ example: 'F01', description: "one of the member's registered farms, where the feed goes" })
  farmId!: string;

  @WholeField(1, 10_000_000, { example: 6000, description: 'held against the contract volume until delivered' })
  kg!: number;

  @DayField({ example: '2026-01-02' })
  orderedOn!: string;

  @DayField({ example: '2026-01-15', description: 'within the contract period' })
  requestedDeliveryOn!: string;
}

export const placeFeedOrder = feedContract.useCase({
  name: 'PlaceFeedOrder',
  streamId: (d: PlaceFeedOrder['data']) => d.contractId,
  // The requested day lies within the contract's period, which the decider checks.
  checks: [happenedBy('orderedOn'), membersOwnFarm],
  http: {
    tag: 'feed',
    roles: ['manager', 'staff'],
    path: '/feed-contracts/:contractId/orders',
    body: PlaceFeedOrderDto,
  },
});
