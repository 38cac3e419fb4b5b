import type { SizeClass } from '@khai/contracts';
import type {
  BuyerOfferReceived,
  CounterOfferMade,
  NegotiatedPrice,
  NegotiationFailed,
  PriceAgreed,
  PriceNegotiationOpened,
} from '@khai/sales';

import type { Agenda, GeneratedEvent } from './agenda';
import { addMonths, compactOf, isoOf, monthOf, monthStart } from './calendar';
import { ceilingSatang, type FeedMarket, productionCostSatang, type ReferenceSeries } from './prices';
import type { Rng } from './prng';
import type { BuyerProfile } from './world';

/** Prices a buyer agreed for a period (inclusive days). */
export interface AgreedPeriod {
  readonly negotiationId: string;
  readonly from: number;
  readonly to: number;
  /** Satang per egg by size class 0 – 6; undefined for sizes not negotiated. */
  readonly prices: readonly (number | undefined)[];
}

/** A buyer's periods: every `periodMonths` months on calendar boundaries, the first from the start day. */
export function buyerPeriods(buyer: BuyerProfile, startDay: number, endDay: number): [number, number][] {
  const periods: [number, number][] = [];
  let from = startDay;
  while (from <= endDay) {
    let next = monthStart(addMonths(monthStart(from), 1));
    while ((monthOf(next) - 1) % buyer.periodMonths !== 0) next = addMonths(next, 1);
    periods.push([from, Math.min(endDay, next - 1)]);
    from = next;
  }
  return periods;
}

const askedSizes = (buyer: BuyerProfile): SizeClass[] => buyer.sizes.flatMap((w, s) => (w > 0 ? [s as SizeClass] : []));

/**
 * A negotiation per contract buyer and period: the cooperative asks above the
 * reference ladder, the buyer opens under what will be agreed by its toughness, and
 * offers and counter-offers close the gap in the buyer's number of rounds; some fail.
 */
export function planNegotiations(
  agenda: Agenda,
  rng: Rng,
  buyer: BuyerProfile,
  series: ReferenceSeries,
  market: FeedMarket,
  startDay: number,
  endDay: number,
  eggsPerWeek: number,
): AgreedPeriod[] {
  if (buyer.basis !== 'CONTRACT') return [];
  const agreed: AgreedPeriod[] = [];
  const sizes = askedSizes(buyer);
  for (const [from, to] of buyerPeriods(buyer, startDay, endDay)) {
    const r = rng.fork(`period-${from}`);
    const rounds = Math.max(1, r.int(buyer.rounds[0], buyer.rounds[1]));
    const openedDay = from - rounds - r.int(3, 8);
    const negotiationId = `PN-${buyer.partnerId.slice(2)}-${compactOf(from)}`;
    const ladder = series.ladder(openedDay);
    const premium = r.uniform(buyer.premium[0], buyer.premium[1]);
    const toughness = rounds === 1 ? 0 : r.uniform(buyer.toughness[0], buyer.toughness[1]);
    const at = (factor: number): NegotiatedPrice[] =>
      sizes.map((size) => ({ size, satangPerEgg: Math.round((ladder[size] as number) * factor) }));
    const ask = at(1 + buyer.premium[1] + 0.02);
    const target = at(1 + premium);
    const first = at(1 + premium - toughness);
    const floor = productionCostSatang(market.priceOn(openedDay));
    const opened: PriceNegotiationOpened = {
      type: 'PriceNegotiationOpened',
      data: {
        negotiationId,
        buyerId: buyer.partnerId,
        openedOn: isoOf(openedDay),
        asking: ask,
        floorSatangPerEgg: floor,
        ceilingSatangPerEgg: ceilingSatang(floor),
      },
    };
    const events: { day: number; event: GeneratedEvent }[] = [{ day: openedDay, event: opened }];
    const buyerRounds = Math.ceil(rounds / 2);
    const ourRounds = Math.floor(rounds / 2);
    // Odd rounds are the buyer's: from its first offer toward the target (reached when it has the last word).
    const between = (a: readonly NegotiatedPrice[], b: readonly NegotiatedPrice[], t: number): NegotiatedPrice[] =>
      a.map((p, i) => ({
        size: p.size,
        satangPerEgg: Math.round(p.satangPerEgg + t * ((b[i] as NegotiatedPrice).satangPerEgg - p.satangPerEgg)),
      }));
    for (let n = 1; n <= rounds; n++) {
      const day = openedDay + n;
      const roundId = `${negotiationId}-R${n}`;
      if (n % 2 === 1) {
        const k = (n - 1) / 2;
        const t = rounds % 2 === 1 ? (buyerRounds === 1 ? 1 : k / (buyerRounds - 1)) : k / buyerRounds;
        const offer: BuyerOfferReceived = {
          type: 'BuyerOfferReceived',
          data: {
            negotiationId,
            roundId,
            round: n,
            offeredOn: isoOf(day),
            prices: rounds === 1 ? target : between(first, target, t),
            eggsPerWeek: n === 1 ? eggsPerWeek : null,
          },
        };
        events.push({ day, event: offer });
      } else {
        const j = n / 2;
        const counter: CounterOfferMade = {
          type: 'CounterOfferMade',
          data: {
            negotiationId,
            roundId,
            round: n,
            offeredOn: isoOf(day),
            prices: between(ask, target, j / ourRounds),
          },
        };
        events.push({ day, event: counter });
      }
    }
    const closedDay = openedDay + rounds + 1;
    if (r.chance(buyer.failChance)) {
      const failed: NegotiationFailed = {
        type: 'NegotiationFailed',
        data: {
          negotiationId,
          buyerId: buyer.partnerId,
          failedOn: isoOf(closedDay),
          reason: 'the buyer would not come up to our last counter-offer; it buys at the day’s price this period',
          rounds,
        },
      };
      events.push({ day: closedDay, event: failed });
    } else {
      const priceAgreed: PriceAgreed = {
        type: 'PriceAgreed',
        data: {
          negotiationId,
          buyerId: buyer.partnerId,
          agreedOn: isoOf(closedDay),
          prices: target,
          validFrom: isoOf(from),
          validTo: isoOf(to),
          rounds,
        },
      };
      events.push({ day: closedDay, event: priceAgreed });
      const prices: (number | undefined)[] = Array.from({ length: 7 }, () => undefined);
      for (const p of target) prices[p.size] = p.satangPerEgg;
      agreed.push({ negotiationId, from, to, prices });
    }
    for (const e of events) agenda.add(e.day, `pricenegotiation-${negotiationId}`, [e.event]);
  }
  return agreed;
}
