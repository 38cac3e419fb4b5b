import { FEED_TYPE_PATTERN, MatchesPattern } from '@khai/contracts';
import { DayField, Field, happenedBy, IdField, plannedWithin, WholeField } from '@khai/event-sourcing';

import { type AgreeFeedContract, feedContract } from '../domain/feed-contract.decider';
import { PLANNING_HORIZON_DAYS, registeredFeedSupplier } from './references';

export class AgreeFeedContractDto {
  @IdField({ example: 'FC-2026-01' })
  contractId!: string;

  @IdField({ example: 'SUP-CPF', description: 'a partner registered as FEED_SUPPLIER' })
  supplierId!: string;

  @Field({ example: 'LAYER_COMPLETE', description: 'feed type code (upper case)' }, MatchesPattern(FEED_TYPE_PATTERN))
  feedType!: string;

  @WholeField(1, 1_000_000, { example: 1450, description: 'contract price, satang per kg' })
  pricePerKgSatang!: number;

  @WholeField(1, 100_000_000, { example: 10_000, description: 'kg the contract covers at most' })
  volumeKg!: number;

  @DayField({ example: '2026-01-01', description: 'first day deliveries count (inclusive)' })
  validFrom!: string;

  @DayField({ example: '2026-03-31', description: 'last day deliveries count (inclusive)' })
  validTo!: string;

  @WholeField(1, 1_000_000, { example: 1550, description: 'market price at signing, satang per kg' })
  marketPricePerKgSatang!: number;

  @DayField({ example: '2025-12-20' })
  agreedOn!: string;

  @IdField({
    example: 'FN-2026-Q1',
    description: 'the negotiation the contract came out of (set by POST /feed-negotiations/:id/award)',
    optional: true,
  })
  negotiationId?: string;
}

export const agreeFeedContract = feedContract.useCase({
  name: 'AgreeFeedContract',
  streamId: (d: AgreeFeedContract['data']) => d.contractId,
  checks: [happenedBy('agreedOn'), plannedWithin(PLANNING_HORIZON_DAYS, 'validTo'), registeredFeedSupplier],
  http: { tag: 'feed', roles: ['manager'], path: '/feed-contracts', body: AgreeFeedContractDto },
});
