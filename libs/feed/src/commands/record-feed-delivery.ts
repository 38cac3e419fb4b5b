import { IsBusinessDate, IsWhole, MatchesPattern } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

import { feedContract, type RecordFeedDelivery } from '../domain/feed-contract.decider';
import { FEED_TYPE, ID } from './dto-patterns';
import { membersOwnFarm } from './references';

/** The contract comes from the path: POST /feed-contracts/:contractId/deliveries. */
export class RecordFeedDeliveryDto {
  @ApiProperty({ example: 'D-2026-0001', description: 'delivery note number' })
  @MatchesPattern(ID)
  deliveryId!: string;

  @ApiProperty({
    example: 'PO-2026-0001',
    required: false,
    description: 'the order the delivery fills; leave out for a delivery outside any order',
  })
  @IsOptional()
  @MatchesPattern(ID)
  orderId?: string;

  @ApiProperty({ example: 'F01', description: "one of the member's registered farms" })
  @MatchesPattern(ID)
  farmId!: string;

  @ApiProperty({ example: 'M001', description: 'a registered member' })
  @MatchesPattern(ID)
  memberId!: string;

  @ApiProperty({ example: 2000 })
  @IsWhole(1, 10_000_000)
  kg!: number;

  @ApiProperty({ example: 'LAYER_COMPLETE' })
  @MatchesPattern(FEED_TYPE)
  feedType!: string;

  @ApiProperty({ example: '2026-01-10' })
  @IsBusinessDate()
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
