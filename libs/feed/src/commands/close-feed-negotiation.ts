import { IsBusinessDate, IsFreeText } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

import { type CloseFeedNegotiationWithoutAgreement, feedNegotiation } from '../domain/feed-negotiation.decider';

/** The negotiation comes from the path: POST /feed-negotiations/:negotiationId/failure. */
export class CloseFeedNegotiationDto {
  @ApiProperty({ example: 'no quote below the market price', maxLength: 500 })
  @IsString()
  @MaxLength(500)
  @IsFreeText({ notBlank: true })
  reason!: string;

  @ApiProperty({ example: '2025-12-20' })
  @IsBusinessDate()
  closedOn!: string;
}

export const closeFeedNegotiation = feedNegotiation.useCase({
  name: 'CloseFeedNegotiationWithoutAgreement',
  streamId: (d: CloseFeedNegotiationWithoutAgreement['data']) => d.negotiationId,
  checks: [happenedBy('closedOn')],
  http: {
    tag: 'feed',
    roles: ['manager'],
    path: '/feed-negotiations/:negotiationId/failure',
    body: CloseFeedNegotiationDto,
  },
});
