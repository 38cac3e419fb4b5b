import { MatchesPattern } from '@khai/contracts';
import { DayField, Field, happenedBy, WholeField } from '@khai/event-sourcing';

import { feedMarketPrice, feedMarketPriceId, type RecordFeedMarketPrice } from '../domain/feed-market-price';

export class RecordFeedMarketPriceDto {
  @Field({ example: 'LAYER_COMPLETE' }, MatchesPattern(/^[A-Z][A-Z0-9_]{0,39}$/))
  feedType!: string;

  @Field({ example: 'mill-list' }, MatchesPattern(/^[a-z0-9][a-z0-9-]{0,62}$/))
  source!: string;

  @DayField({ example: '2026-11-02' })
  observedOn!: string;

  @WholeField(1, 1_000_000, { example: 1520, description: 'satang per kg' })
  pricePerKgSatang!: number;
}

export const recordFeedMarketPrice = feedMarketPrice.useCase({
  name: 'RecordFeedMarketPrice',
  streamId: (d: RecordFeedMarketPrice['data']) => feedMarketPriceId(d.feedType, d.source, d.observedOn),
  checks: [happenedBy('observedOn')],
  http: { tag: 'market', roles: ['manager'], path: '/feed-market-prices', body: RecordFeedMarketPriceDto },
});
