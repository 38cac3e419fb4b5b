import { DayField, happenedBy, TextField } from '@khai/event-sourcing';

import { type CloseFeedNegotiationWithoutAgreement, feedNegotiation } from '../domain/feed-negotiation.decider';

/** The negotiation comes from the path: POST /feed-negotiations/:negotiationId/failure. */
export class CloseFeedNegotiationDto {
  @TextField(500, { example: 'no quote below the market price' })
  reason!: string;

  @DayField({ example: '2025-12-20' })
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
