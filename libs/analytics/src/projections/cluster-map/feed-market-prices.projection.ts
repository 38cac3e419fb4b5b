import type { RecordedEvent } from '@khai/event-sourcing';
import type { FeedMarketPriceRecorded } from '@khai/market';
import type { DocumentProjection, ProjectionTx } from '@khai/read-models';

export const FEED_MARKET_PRICES = 'feed_market_prices';

export type FeedMarketPriceDoc = {
  feedType: string;
  source: string;
  observedOn: string;
  pricePerKgSatang: number;
};

/**
 * Feed prices seen on the market, one document per feed type, source and day
 * (the market context refuses a second, different price for them). The
 * `_position` orders observations of the same day: the one recorded last wins.
 */
export const feedMarketPricesProjection: DocumentProjection = {
  name: 'feed-market-prices',
  collections: [FEED_MARKET_PRICES],
  handles: new Set(['FeedMarketPriceRecorded']),
  indexes: { [FEED_MARKET_PRICES]: [{ fields: [['feedType', 1]] }] },

  apply(event: RecordedEvent, tx: ProjectionTx): void {
    const { feedMarketPriceId, feedType, source, observedOn, pricePerKgSatang } = (
      event as RecordedEvent<FeedMarketPriceRecorded>
    ).data;
    tx.put(FEED_MARKET_PRICES, feedMarketPriceId, { feedType, source, observedOn, pricePerKgSatang });
  },
};
