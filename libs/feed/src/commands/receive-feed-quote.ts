import { DayField, happenedBy, IdField, plannedWithin, WholeField } from '@khai/event-sourcing';

import { feedNegotiation, type ReceiveFeedQuote } from '../domain/feed-negotiation.decider';
import { PLANNING_HORIZON_DAYS, registeredFeedSupplier } from './references';

/** The negotiation comes from the path: POST /feed-negotiations/:negotiationId/quotes. */
export class ReceiveFeedQuoteDto {
  @IdField({ example: 'Q-CPF-1', description: 'unique within the negotiation; a requote gets a new id' })
  quoteId!: string;

  @IdField({ example: 'SUP-CPF', description: 'a partner registered as FEED_SUPPLIER' })
  supplierId!: string;

  @WholeField(1, 1_000_000, { example: 1500, description: 'quoted price, satang per kg' })
  pricePerKgSatang!: number;

  @WholeField(1, 100_000_000, { example: 150_000, description: 'kg the supplier offers over the period' })
  volumeKg!: number;

  @DayField({ example: '2025-11-25' })
  receivedOn!: string;

  @DayField({ example: '2025-12-31', description: 'last day the quote holds; open-ended if absent', optional: true })
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
