import { FEED_TYPE_PATTERN, MatchesPattern } from '@khai/contracts';
import { DayField, Field, happenedBy, IdField, plannedWithin, WholeField } from '@khai/event-sourcing';

import { feedNegotiation, type OpenFeedNegotiation } from '../domain/feed-negotiation.decider';
import { PLANNING_HORIZON_DAYS } from './references';

export class OpenFeedNegotiationDto {
  @IdField({ example: 'FN-2026-Q1' })
  negotiationId!: string;

  @Field({ example: 'LAYER_COMPLETE', description: 'feed type code (upper case)' }, MatchesPattern(FEED_TYPE_PATTERN))
  feedType!: string;

  @WholeField(1, 100_000_000, { example: 120_000, description: 'kg the members need over the period' })
  volumeKg!: number;

  @DayField({ example: '2026-01-01', description: 'first day the contract is to cover (inclusive)' })
  periodFrom!: string;

  @DayField({ example: '2026-03-31', description: 'last day the contract is to cover (inclusive)' })
  periodTo!: string;

  @DayField({ example: '2025-11-20' })
  openedOn!: string;

  @WholeField(1, 1_000_000, { example: 1580, description: 'market price at opening, satang per kg' })
  marketPricePerKgSatang!: number;
}

export const openFeedNegotiation = feedNegotiation.useCase({
  name: 'OpenFeedNegotiation',
  streamId: (d: OpenFeedNegotiation['data']) => d.negotiationId,
  checks: [happenedBy('openedOn'), plannedWithin(PLANNING_HORIZON_DAYS, 'periodTo')],
  http: { tag: 'feed', roles: ['manager'], path: '/feed-negotiations', body: OpenFeedNegotiationDto },
});
