import { IsBusinessDate, IsWhole, MatchesPattern } from '@khai/contracts';
import { happenedBy, plannedWithin } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

import { feedNegotiation, type ReceiveFeedQuote } from '../domain/feed-negotiation.decider';
import { ID } from './dto-patterns';
import { PLANNING_HORIZON_DAYS, registeredFeedSupplier } from './references';

/** The negotiation comes from the path: POST /feed-negotiations/:negotiationId/quotes. */
export class ReceiveFeedQuoteDto {
  @ApiProperty({ example: 'Q-CPF-1', description: 'unique within the negotiation; a requote gets a new id' })
  @MatchesPattern(ID)
  quoteId!: string;

  @ApiProperty({ example: 'SUP-CPF', description: 'a partner registered as FEED_SUPPLIER' })
  @MatchesPattern(ID)
  supplierId!: string;

  @ApiProperty({ example: 1500, description: 'quoted price, satang per kg' })
  @IsWhole(1, 1_000_000)
  pricePerKgSatang!: number;

  @ApiProperty({ example: 150_000, description: 'kg the supplier offers over the period' })
  @IsWhole(1, 100_000_000)
  volumeKg!: number;

  @ApiProperty({ example: '2025-11-25' })
  @IsBusinessDate()
  receivedOn!: string;

  @ApiProperty({
    example: '2025-12-31',
    required: false,
    description: 'last day the quote holds; open-ended if absent',
  })
  @IsOptional()
  @IsBusinessDate()
  validUntil?: string;
}

export const receiveFeedQuote = feedNegotiation.useCase({
  name: 'ReceiveFeedQuote',
  streamId: (d: ReceiveFeedQuote['data']) => d.negotiationId,
  checks: [happenedBy('receivedOn'), plannedWithin(PLANNING_HORIZON_DAYS, 'validUntil'), registeredFeedSupplier],
  http: {
    tag: 'feed',
    roles: ['manager', { partner: 'supplierId' }],
    path: '/feed-negotiations/:negotiationId/quotes',
    body: ReceiveFeedQuoteDto,
  },
});
