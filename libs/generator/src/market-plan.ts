import type { PublishedPrice } from '@khai/market';
import type { FeedMarketPriceRecorded, ReferencePriceAnnounced } from '@khai/market';

import type { Agenda } from './agenda';
import { dayOf, isoOf } from './calendar';
import { FEED_TYPE } from './feed-plan';
import type { FeedMarket } from './prices';

/** The published reference prices, each announced on its effective date, and the monthly feed market price. */
export function planMarket(
  agenda: Agenda,
  published: readonly PublishedPrice[],
  market: FeedMarket,
  endDay: number,
): void {
  for (const p of published) {
    const day = dayOf(p.effectiveDate);
    if (day > endDay) continue;
    const referencePriceId = `${p.source}.${p.effectiveDate}`;
    const announced: ReferencePriceAnnounced = {
      type: 'ReferencePriceAnnounced',
      data: {
        referencePriceId,
        source: p.source,
        effectiveDate: p.effectiveDate,
        mixedSatangPerEgg: p.mixedSatangPerEgg,
        sizes: [...p.sizes]
          .sort((a, b) => a.size - b.size)
          .map((s) => ({ size: s.size, satangPerEgg: s.satangPerEgg })),
      },
    };
    agenda.add(day, `referenceprice-${referencePriceId}`, [announced]);
  }
  for (const [day, pricePerKgSatang] of market.months()) {
    const observedOn = isoOf(day);
    const feedMarketPriceId = `${FEED_TYPE}.mill-list.${observedOn}`;
    const recorded: FeedMarketPriceRecorded = {
      type: 'FeedMarketPriceRecorded',
      data: { feedMarketPriceId, feedType: FEED_TYPE, source: 'mill-list', observedOn, pricePerKgSatang },
    };
    agenda.add(day, `feedmarketprice-${feedMarketPriceId}`, [recorded]);
  }
}
