import type { PublishedPrice } from '@khai/market';

import { dayOf, monthStart } from './calendar';
import type { Rng } from './prng';

/**
 * The reference in force on a day: the latest published price effective on or before
 * it (ties: the one listed last, as the read side does). The published series has a
 * size ladder on only two dates, so each day's ladder is the mixed price plus the
 * offsets of the latest published ladder (before the first one, the first one's).
 */
export class ReferenceSeries {
  private readonly days: number[];
  private readonly ladders: { day: number; offsets: number[] }[];

  constructor(readonly prices: readonly PublishedPrice[]) {
    if (prices.length === 0) throw new RangeError('the published price series is empty');
    this.days = prices.map((p) => dayOf(p.effectiveDate));
    this.ladders = prices
      .filter((p) => p.sizes.length === 7)
      .map((p) => ({
        day: dayOf(p.effectiveDate),
        offsets: [...p.sizes].sort((a, b) => a.size - b.size).map((s) => s.satangPerEgg - p.mixedSatangPerEgg),
      }));
    if (this.ladders.length === 0) throw new RangeError('the published series has no size ladder');
  }

  /** The published price in force, or the earliest one before the series starts. */
  inForce(day: number): PublishedPrice {
    let found = 0;
    for (let i = 0; i < this.days.length; i++) if ((this.days[i] as number) <= day) found = i;
    return this.prices[found] as PublishedPrice;
  }

  /** Satang per egg for sizes 0 – 6 on the day. */
  ladder(day: number): number[] {
    const price = this.inForce(day);
    if (price.sizes.length === 7) return [...price.sizes].sort((a, b) => a.size - b.size).map((s) => s.satangPerEgg);
    let offsets = (this.ladders[0] as { offsets: number[] }).offsets;
    for (const l of this.ladders) if (l.day <= day) offsets = l.offsets;
    return offsets.map((o) => price.mixedSatangPerEgg + o);
  }
}

/**
 * The layer-feed market price, one observation a month: a mean-reverting walk around
 * 15 THB/kg within 13 – 17 THB/kg (DOMAIN.md).
 */
export class FeedMarket {
  private readonly byMonth = new Map<number, number>();

  constructor(rng: Rng, fromDay: number, toDay: number) {
    let price = 1_450 + rng.int(-50, 50);
    for (let m = monthStart(fromDay); m <= toDay; m = monthStart(m + 32)) {
      price += Math.round(0.15 * (1_500 - price) + 30 * rng.normal());
      price = Math.max(1_300, Math.min(1_700, price));
      this.byMonth.set(m, price);
    }
  }

  months(): [day: number, satangPerKg: number][] {
    return [...this.byMonth.entries()];
  }

  priceOn(day: number): number {
    const price = this.byMonth.get(monthStart(day));
    if (price === undefined) throw new RangeError(`no feed market price for day ${day}`);
    return price;
  }
}

/**
 * The cost of producing an egg, the floor of a sales negotiation: feed per egg
 * (0.115 kg / 0.80 hen-day) at the market price, feed being 65 % of the cost
 * (DOMAIN.md: 60 – 70 %); kept within the published 2.85 – 3.70 THB.
 */
export function productionCostSatang(feedSatangPerKg: number): number {
  const cost = Math.round((feedSatangPerKg * (0.115 / 0.8)) / 0.65);
  return Math.max(285, Math.min(370, cost));
}

/** The Egg Board ceiling: 120 % of the cost. */
export function ceilingSatang(costSatang: number): number {
  return Math.round(costSatang * 1.2);
}
