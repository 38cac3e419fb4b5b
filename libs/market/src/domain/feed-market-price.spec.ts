import { Conflict } from '@khai/core';
import { given } from '@khai/testing';

import { feedMarketPriceDecider, type FeedMarketPriceRecorded, type RecordFeedMarketPrice } from './feed-market-price';

const record: RecordFeedMarketPrice = {
  type: 'RecordFeedMarketPrice',
  data: { feedType: 'LAYER_COMPLETE', source: 'mill-list', observedOn: '2026-11-02', pricePerKgSatang: 1520 },
};
const recorded: FeedMarketPriceRecorded = {
  type: 'FeedMarketPriceRecorded',
  data: { feedMarketPriceId: 'LAYER_COMPLETE.mill-list.2026-11-02', ...record.data },
};

describe('recording a feed market price', () => {
  it('records it', () => given(feedMarketPriceDecider).when(record).then([recorded]));
  it('is a no-op for the same price', () => given(feedMarketPriceDecider, [recorded]).when(record).thenNothing());
  it('refuses a different price for the same day and source', () => {
    given(feedMarketPriceDecider, [recorded])
      .when({ ...record, data: { ...record.data, pricePerKgSatang: 1500 } })
      .thenThrows(Conflict, 'feed_market_price_already_recorded');
  });
});
