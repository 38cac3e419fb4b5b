import type { StoredDocument } from '@khai/read-models';

import type { FeedMarketPriceDoc } from './feed-market-prices.projection';

/**
 * Feed market prices in force by day: for a feed type, the latest observation on
 * or before the day (of any source, or of the one asked for; of one day, the
 * one recorded last).
 */
export class FeedMarketSeries {
  private readonly byType = new Map<string, StoredDocument<FeedMarketPriceDoc>[]>();

  constructor(docs: readonly StoredDocument<FeedMarketPriceDoc>[], source?: string) {
    const sorted = docs
      .filter((d) => source === undefined || d.source === source)
      .sort((a, b) =>
        a.observedOn === b.observedOn ? a._position - b._position : a.observedOn < b.observedOn ? -1 : 1,
      );
    for (const d of sorted) this.byType.set(d.feedType, [...(this.byType.get(d.feedType) ?? []), d]);
  }

  /** Satang per kg of the feed type in force on the day, or undefined when none was observed by then. */
  priceOn(feedType: string, day: string): number | undefined {
    const list = this.byType.get(feedType) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as FeedMarketPriceDoc).observedOn <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? undefined : (list[lo - 1] as FeedMarketPriceDoc).pricePerKgSatang;
  }
}
