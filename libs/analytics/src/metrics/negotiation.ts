import type { SizeClass } from '@khai/contracts';

/** The Egg Board's ceiling is 120 % of its estimated cost of production (DOMAIN.md). */
export const DEFAULT_CEILING_PCT_OF_FLOOR = 120;

export interface NegotiationPrices {
  /** The cooperative's asking price, satang per egg. */
  readonly askSatang: number;
  /** The buyer's first offer. */
  readonly firstOfferSatang: number;
  /** The agreed price; null when the negotiation failed or is still open. */
  readonly agreedSatang: number | null;
  /** Offers plus counter-offers. */
  readonly rounds: number;
  /** Production cost per egg: the floor of the bargaining-power index; null when unknown. */
  readonly floorSatang: number | null;
  /** The ceiling; when absent, `ceilingPctOfFloor` % of the floor. */
  readonly ceilingSatang?: number | null;
  /** Default 120 (the Egg Board ceiling). */
  readonly ceilingPctOfFloor?: number;
}

export interface NegotiationMetrics {
  /** ask − first offer, satang per egg. */
  readonly spreadSatang: number;
  /** (agreed − first offer) / (ask − first offer): how far the buyer moved toward our ask (0 = none, 1 = all). */
  readonly concessionRatio: number | null;
  readonly rounds: number;
  /** β = (agreed − floor) / (ceiling − floor). */
  readonly bargainingPower: number | null;
}

/** Negotiation metrics of one price (one size class, or a mix price). */
export function negotiationMetrics(n: NegotiationPrices): NegotiationMetrics {
  const spreadSatang = n.askSatang - n.firstOfferSatang;
  // Undefined when the buyer's first offer met the ask: there was nothing to concede.
  const concessionRatio =
    n.agreedSatang === null || spreadSatang === 0 ? null : (n.agreedSatang - n.firstOfferSatang) / spreadSatang;
  const bargainingPower =
    n.agreedSatang === null || n.floorSatang === null
      ? null
      : bargainingPowerIndex(n.agreedSatang, n.floorSatang, n.ceilingSatang ?? null, n.ceilingPctOfFloor);
  return { spreadSatang, concessionRatio, rounds: n.rounds, bargainingPower };
}

/**
 * β = (agreed − floor) / (ceiling − floor), floor = production cost, ceiling = the
 * Egg Board ceiling (ceilingPctOfFloor % of the floor) unless given. 0 at cost, 1 at
 * the ceiling; below 0 a sale under cost, above 1 over the ceiling. With the ceiling
 * a percentage of the floor, the ratio is computed from whole numbers,
 * 100 (agreed − floor) / (floor × (pct − 100)), with a single rounding.
 * Null when the ceiling is not above the floor.
 */
export function bargainingPowerIndex(
  agreedSatang: number,
  floorSatang: number,
  ceilingSatang: number | null = null,
  ceilingPctOfFloor: number = DEFAULT_CEILING_PCT_OF_FLOOR,
): number | null {
  if (ceilingSatang !== null) {
    return ceilingSatang > floorSatang ? (agreedSatang - floorSatang) / (ceilingSatang - floorSatang) : null;
  }
  const width = floorSatang * (ceilingPctOfFloor - 100);
  return width > 0 ? (100 * (agreedSatang - floorSatang)) / width : null;
}

export interface PriceOfSize {
  readonly size: SizeClass;
  readonly satangPerEgg: number;
}

export interface SizedNegotiation {
  readonly asking: readonly PriceOfSize[];
  readonly firstOffer: readonly PriceOfSize[];
  readonly agreed: readonly PriceOfSize[] | null;
  readonly rounds: number;
  readonly floorSatang: number | null;
  readonly ceilingSatang?: number | null;
  readonly ceilingPctOfFloor?: number;
}

/**
 * The same metrics for each size class a negotiation priced (asked, offered and, where
 * agreed, agreed), sorted by size. A size the buyer did not offer on is left out.
 */
export function negotiationMetricsBySize(n: SizedNegotiation): (NegotiationMetrics & { size: SizeClass })[] {
  const offer = new Map(n.firstOffer.map((p) => [p.size, p.satangPerEgg]));
  const agreed = n.agreed === null ? null : new Map(n.agreed.map((p) => [p.size, p.satangPerEgg]));
  return [...n.asking]
    .sort((a, b) => a.size - b.size)
    .flatMap((ask) => {
      const first = offer.get(ask.size);
      if (first === undefined) return [];
      const metrics = negotiationMetrics({
        askSatang: ask.satangPerEgg,
        firstOfferSatang: first,
        agreedSatang: agreed?.get(ask.size) ?? null,
        rounds: n.rounds,
        floorSatang: n.floorSatang,
        ceilingSatang: n.ceilingSatang ?? null,
        ceilingPctOfFloor: n.ceilingPctOfFloor,
      });
      return [{ size: ask.size, ...metrics }];
    });
}
