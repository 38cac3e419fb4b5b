import { IsBusinessDate, IsFreeText, IsWhole, MatchesPattern } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

import { type AdjustFeedDelivery, feedContract } from '../domain/feed-contract.decider';
import { ID } from './dto-patterns';

/** Contract and delivery come from the path: POST /feed-contracts/:contractId/deliveries/:deliveryId/adjustments. */
export class AdjustFeedDeliveryDto {
  @ApiProperty({ example: 'ADJ-2026-0001', description: 'unique within the contract' })
  @MatchesPattern(ID)
  adjustmentId!: string;

  @ApiProperty({ example: 2800, description: 'what was really delivered, kg (0 when nothing arrived)' })
  @IsWhole(0, 10_000_000)
  newKg!: number;

  @ApiProperty({ example: 'weighbridge ticket shows 2,800 kg', maxLength: 500 })
  @IsString()
  @MaxLength(500)
  @IsFreeText({ notBlank: true })
  reason!: string;

  @ApiProperty({ example: '2026-01-16' })
  @IsBusinessDate()
  adjustedOn!: string;
}

export const adjustFeedDelivery = feedContract.useCase({
  name: 'AdjustFeedDelivery',
  streamId: (d: AdjustFeedDelivery['data']) => d.contractId,
  checks: [happenedBy('adjustedOn')],
  http: {
    tag: 'feed',
    roles: ['manager', 'staff'],
    path: '/feed-contracts/:contractId/deliveries/:deliveryId/adjustments',
    body: AdjustFeedDeliveryDto,
  },
});
