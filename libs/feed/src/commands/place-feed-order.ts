import { IsBusinessDate, IsWhole, MatchesPattern } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';

import { feedContract, type PlaceFeedOrder } from '../domain/feed-contract.decider';
import { ID } from './dto-patterns';
import { membersOwnFarm } from './references';

/** The contract comes from the path: POST /feed-contracts/:contractId/orders. */
export class PlaceFeedOrderDto {
  @ApiProperty({ example: 'PO-2026-0001', description: 'purchase order number' })
  @MatchesPattern(ID)
  orderId!: string;

  @ApiProperty({ example: 'M001', description: 'the registered member the cooperative orders for' })
  @MatchesPattern(ID)
  memberId!: string;

  @ApiProperty({ example: 'F01', description: "one of the member's registered farms, where the feed goes" })
  @MatchesPattern(ID)
  farmId!: string;

  @ApiProperty({ example: 6000, description: 'held against the contract volume until delivered' })
  @IsWhole(1, 10_000_000)
  kg!: number;

  @ApiProperty({ example: '2026-01-02' })
  @IsBusinessDate()
  orderedOn!: string;

  @ApiProperty({ example: '2026-01-15', description: 'within the contract period' })
  @IsBusinessDate()
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
