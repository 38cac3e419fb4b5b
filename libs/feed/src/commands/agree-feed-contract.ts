import { IsBusinessDate, IsWhole, MatchesPattern } from '@khai/contracts';
import { happenedBy, plannedWithin } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

import { type AgreeFeedContract, feedContract } from '../domain/feed-contract.decider';
import { FEED_TYPE, ID } from './dto-patterns';
import { PLANNING_HORIZON_DAYS, registeredFeedSupplier } from './references';

export class AgreeFeedContractDto {
  @ApiProperty({ example: 'FC-2026-01' })
  @MatchesPattern(ID)
  contractId!: string;

  @ApiProperty({ example: 'SUP-CPF', description: 'a partner registered as FEED_SUPPLIER' })
  @MatchesPattern(ID)
  supplierId!: string;

  @ApiProperty({ example: 'LAYER_COMPLETE', description: 'feed type code (upper case)' })
  @MatchesPattern(FEED_TYPE)
  feedType!: string;

  @ApiProperty({ example: 1450, description: 'contract price, satang per kg' })
  @IsWhole(1, 1_000_000)
  pricePerKgSatang!: number;

  @ApiProperty({ example: 10_000, description: 'kg the contract covers at most' })
  @IsWhole(1, 100_000_000)
  volumeKg!: number;

  @ApiProperty({ example: '2026-01-01', description: 'first day deliveries count (inclusive)' })
  @IsBusinessDate()
  validFrom!: string;

  @ApiProperty({ example: '2026-03-31', description: 'last day deliveries count (inclusive)' })
  @IsBusinessDate()
  validTo!: string;

  @ApiProperty({ example: 1550, description: 'market price at signing, satang per kg' })
  @IsWhole(1, 1_000_000)
  marketPricePerKgSatang!: number;

  @ApiProperty({ example: '2025-12-20' })
  @IsBusinessDate()
  agreedOn!: string;

  @ApiProperty({
    example: 'FN-2026-Q1',
    required: false,
    description: 'the negotiation the contract came out of (set by POST /feed-negotiations/:id/award)',
  })
  @IsOptional()
  @MatchesPattern(ID)
  negotiationId?: string;
}

export const agreeFeedContract = feedContract.useCase({
  name: 'AgreeFeedContract',
  streamId: (d: AgreeFeedContract['data']) => d.contractId,
  checks: [happenedBy('agreedOn'), plannedWithin(PLANNING_HORIZON_DAYS, 'validTo'), registeredFeedSupplier],
  http: { tag: 'feed', roles: ['manager'], path: '/feed-contracts', body: AgreeFeedContractDto },
});
