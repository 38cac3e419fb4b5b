import { aggregate, Conflict, type Decider } from '@khai/core';

/** A feed price seen on the market (a mill's list price, a trade report), the benchmark for feed savings. */
export type FeedMarketPriceRecorded = {
  readonly type: 'FeedMarketPriceRecorded';
  readonly data: {
    readonly feedMarketPriceId: string;
    readonly feedType: string;
    readonly source: string;
    readonly observedOn: string;
    readonly pricePerKgSatang: number;
  };
};

export type RecordFeedMarketPrice = {
  readonly type: 'RecordFeedMarketPrice';
  readonly data: Omit<FeedMarketPriceRecorded['data'], 'feedMarketPriceId'>;
};

export type FeedMarketPriceState =
  { readonly status: 'none' } | { readonly status: 'recorded'; readonly price: FeedMarketPriceRecorded['data'] };

/** One stream per feed type, source and day. */
export function feedMarketPriceId(feedType: string, source: string, observedOn: string): string {
  return `${feedType}.${source}.${observedOn}`;
}

export const feedMarketPriceDecider: Decider<RecordFeedMarketPrice, FeedMarketPriceRecorded, FeedMarketPriceState> = {
  initialState: { status: 'none' },
  evolve: (_state, event) => ({ status: 'recorded', price: event.data }),
  decide({ data }, state) {
    const price = { feedMarketPriceId: feedMarketPriceId(data.feedType, data.source, data.observedOn), ...data };
    if (state.status === 'none') return [{ type: 'FeedMarketPriceRecorded', data: price }];
    if (state.price.pricePerKgSatang === price.pricePerKgSatang) return [];
    throw new Conflict(
      'feed_market_price_already_recorded',
      `${data.source} already has a different ${data.feedType} price on ${data.observedOn}`,
      { recorded: state.price.pricePerKgSatang },
    );
  },
};

/** Feed market prices live in the `feedmarketprice` stream category. */
export const feedMarketPrice = aggregate('feedmarketprice', feedMarketPriceDecider);
