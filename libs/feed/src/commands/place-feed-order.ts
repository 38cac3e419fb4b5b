import { IsBusinessDate, MatchesPattern } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';

import { feedContract, type PlaceFeedOrder } from '../domain/feed-contract.decider';
import { ID, IsIntBetween } from './dto-patterns';

/** The contract comes from the path: POST /feed-contracts/:contractId/orders. */
export class PlaceFeedOrderDto {
  @ApiProperty({ example: 'PO-2026-0001', description: 'purchase order number' })
  @MatchesPattern(ID)
  orderId!: string;

  @ApiProperty({ example: 'M001', description: 'the member the cooperative orders for' })
  @MatchesPattern(ID)
  memberId!: string;

  @ApiProperty({ example: 'F01', description: "the member's farm the feed goes to" })
  @MatchesPattern(ID)
  farmId!: string;

  @ApiProperty({ example: 6000, description: 'held against the contract volume until delivered' })
  @IsIntBetween(1, 10_000_000)
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
  http: {
    tag: 'feed',
    path: '/feed-contracts/:contractId/orders',
    body: PlaceFeedOrderDto,
  },
});
