import type { SizeClass } from '@khai/contracts';

import { exactProduct, exactSum, ratioOrNull } from './rounding';

/** One sale line priced against the reference for the same size (size-matched). */
export interface PricedLine {
  readonly eggs: number;
  readonly realisedSatangPerEgg: number;
  readonly referenceSatangPerEgg: number;
}

export interface LinePremium {
  /** realised − reference, satang per egg. */
  readonly premiumSatangPerEgg: number;
  /** (realised − reference) / reference; null when the reference is 0. */
  readonly premiumRatio: number | null;
}

/** Size-matched premium of one line. */
export function linePremium(line: PricedLine): LinePremium {
  const premiumSatangPerEgg = line.realisedSatangPerEgg - line.referenceSatangPerEgg;
  return { premiumSatangPerEgg, premiumRatio: ratioOrNull(premiumSatangPerEgg, line.referenceSatangPerEgg) };
}

export interface AggregatePremium {
  readonly eggs: number;
  /** Σ eggs × realised. */
  readonly realisedSatang: number;
  /** Σ eggs × reference. */
  readonly referenceSatang: number;
  /** realisedSatang − referenceSatang: what selling at our prices earned over the reference. */
  readonly premiumSatang: number;
  /**
   * premiumSatang / referenceSatang: money won (or given up) over money at the
   * reference, size-matched; null with no eggs. Not the egg-weighted mean of the
   * line ratios, which counts a satang won on a cheap size for more than one won on a dear size.
   */
  readonly premiumRatio: number | null;
  /** Mean realised and reference price per egg, exact (an answer rounds them); null with no eggs. */
  readonly realisedSatangPerEgg: number | null;
  readonly referenceSatangPerEgg: number | null;
}

/** Premium over many lines, each valued at its own size's reference: sums first, one division last. */
export function aggregatePremium(lines: readonly PricedLine[]): AggregatePremium {
  for (const line of lines) {
    if (line.referenceSatangPerEgg <= 0) throw new RangeError('a reference price must be positive');
  }
  const eggs = exactSum(
    lines.map((l) => l.eggs),
    'eggs',
  );
  const realisedSatang = exactSum(lines.map((l) => exactProduct(l.eggs, l.realisedSatangPerEgg)));
  const referenceSatang = exactSum(lines.map((l) => exactProduct(l.eggs, l.referenceSatangPerEgg)));
  const premiumSatang = realisedSatang - referenceSatang;
  return {
    eggs,
    realisedSatang,
    referenceSatang,
    premiumSatang,
    premiumRatio: eggs === 0 ? null : ratioOrNull(premiumSatang, referenceSatang),
    realisedSatangPerEgg: ratioOrNull(realisedSatang, eggs),
    referenceSatangPerEgg: ratioOrNull(referenceSatang, eggs),
  };
}

export interface SoldSize {
  readonly size: SizeClass;
  readonly eggs: number;
  readonly satangPerEgg: number;
}

export interface ReferenceLadder {
  /** Mixed (ungraded) farm-gate price; sizes missing from the ladder are valued at it. */
  readonly mixedSatangPerEgg: number;
  readonly sizes: readonly { readonly size: SizeClass; readonly satangPerEgg: number }[];
}

export interface MixPremium {
  readonly eggs: number;
  /** Σ eggs_s × price_s. */
  readonly realisedSatang: number;
  /** Σ eggs_s × ladder_s: the same size mix valued at the reference ladder. */
  readonly ladderSatang: number;
  /** (realised − ladder) / ladder: the premium of the mix; null when the ladder values it at 0. */
  readonly premiumRatio: number | null;
  /** eggs × mixed: the same eggs sold ungraded at the reference. */
  readonly mixedSatang: number;
  /** (ladder − mixed) / mixed: what the size mix itself is worth over ungraded eggs at the reference. */
  readonly mixEffectRatio: number | null;
  /** Sizes valued at the mixed price because the ladder has none for them. */
  readonly sizesAtMixed: readonly SizeClass[];
}

/**
 * Mix-normalised premium of a sale (or any set of sold sizes): the realised value
 * against the value of the very same size mix at the reference ladder, so that a
 * sale heavy in big eggs is not credited with a premium the ladder already pays.
 */
export function mixNormalisedPremium(sold: readonly SoldSize[], ladder: ReferenceLadder): MixPremium {
  const bySize = new Map(ladder.sizes.map((s) => [s.size, s.satangPerEgg]));
  const sizesAtMixed = new Set<SizeClass>();
  const eggs = exactSum(
    sold.map((s) => s.eggs),
    'eggs',
  );
  const realisedSatang = exactSum(sold.map((s) => exactProduct(s.eggs, s.satangPerEgg)));
  const ladderSatang = exactSum(
    sold.map((s) => {
      const price = bySize.get(s.size);
      if (price === undefined) sizesAtMixed.add(s.size);
      return exactProduct(s.eggs, price ?? ladder.mixedSatangPerEgg);
    }),
  );
  const mixedSatang = exactProduct(eggs, ladder.mixedSatangPerEgg);
  return {
    eggs,
    realisedSatang,
    ladderSatang,
    premiumRatio: ratioOrNull(realisedSatang - ladderSatang, ladderSatang),
    mixedSatang,
    mixEffectRatio: ratioOrNull(ladderSatang - mixedSatang, mixedSatang),
    sizesAtMixed: [...sizesAtMixed].sort((a, b) => a - b),
  };
}
