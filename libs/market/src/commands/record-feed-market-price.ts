import { IsBusinessDate, IsWhole, MatchesPattern } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';

import { feedMarketPrice, feedMarketPriceId, type RecordFeedMarketPrice } from '../domain/feed-market-price';

export class RecordFeedMarketPriceDto {
  @ApiProperty({ example: 'LAYER_COMPLETE' })
  @MatchesPattern(/^[A-Z][A-Z0-9_]{0,39}$/)
  feedType!: string;

  @ApiProperty({ example: 'mill-list' })
  @MatchesPattern(/^[a-z0-9][a-z0-9-]{0,62}$/)
  source!: string;

  @ApiProperty({ example: '2026-11-02' })
  @IsBusinessDate()
  observedOn!: string;

  @ApiProperty({ example: 1520, description: 'satang per kg' })
  @IsWhole(1, 1_000_000)
  pricePerKgSatang!: number;
}

export const recordFeedMarketPrice = feedMarketPrice.useCase({
  name: 'RecordFeedMarketPrice',
  streamId: (d: RecordFeedMarketPrice['data']) => feedMarketPriceId(d.feedType, d.source, d.observedOn),
  checks: [happenedBy('observedOn')],
  http: { tag: 'market', roles: ['manager'], path: '/feed-market-prices', body: RecordFeedMarketPriceDto },
});
