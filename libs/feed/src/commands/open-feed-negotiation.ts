import { IsBusinessDate, IsWhole, MatchesPattern } from '@khai/contracts';
import { happenedBy, plannedWithin } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';

import { feedNegotiation, type OpenFeedNegotiation } from '../domain/feed-negotiation.decider';
import { FEED_TYPE, ID } from './dto-patterns';
import { PLANNING_HORIZON_DAYS } from './references';

export class OpenFeedNegotiationDto {
  @ApiProperty({ example: 'FN-2026-Q1' })
  @MatchesPattern(ID)
  negotiationId!: string;

  @ApiProperty({ example: 'LAYER_COMPLETE', description: 'feed type code (upper case)' })
  @MatchesPattern(FEED_TYPE)
  feedType!: string;

  @ApiProperty({ example: 120_000, description: 'kg the members need over the period' })
  @IsWhole(1, 100_000_000)
  volumeKg!: number;

  @ApiProperty({ example: '2026-01-01', description: 'first day the contract is to cover (inclusive)' })
  @IsBusinessDate()
  periodFrom!: string;

  @ApiProperty({ example: '2026-03-31', description: 'last day the contract is to cover (inclusive)' })
  @IsBusinessDate()
  periodTo!: string;

  @ApiProperty({ example: '2025-11-20' })
  @IsBusinessDate()
  openedOn!: string;

  @ApiProperty({ example: 1580, description: 'market price at opening, satang per kg' })
  @IsWhole(1, 1_000_000)
  marketPricePerKgSatang!: number;
}

export const openFeedNegotiation = feedNegotiation.useCase({
  name: 'OpenFeedNegotiation',
  streamId: (d: OpenFeedNegotiation['data']) => d.negotiationId,
  checks: [happenedBy('openedOn'), plannedWithin(PLANNING_HORIZON_DAYS, 'periodTo')],
  http: { tag: 'feed', roles: ['manager'], path: '/feed-negotiations', body: OpenFeedNegotiationDto },
});
