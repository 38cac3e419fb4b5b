import type { SizeClass } from '@khai/contracts';
import type { RecordedEvent } from '@khai/event-sourcing';
import type { DocumentProjection, ProjectionTx, StoredDocument } from '@khai/read-models';
import type { SaleRecorded } from '@khai/sales';

import { mixNormalisedPremium } from '../../metrics/price-premium';
import { pctOf } from '../../metrics/rounding';
import type { ReferenceSeries } from '../../read-side/reference-series';

export const PREMIUM_SALES = 'price_premium_sales';

export type PremiumSaleDoc = {
  saleId: string;
  buyerId: string;
  soldOn: string;
  lines: { size: number; eggs: number; satangPerEgg: number }[];
};

export interface PremiumLine {
  readonly size: SizeClass;
  readonly eggs: number;
  readonly satangPerEgg: number;
  /** The reference price for this size (the ladder's, else the mixed price), or null when none was in force. */
  readonly referenceSatangPerEgg: number | null;
  readonly referenceBasis: 'size' | 'mixed' | null;
  readonly premiumSatangPerEgg: number | null;
  /** (realised − reference) / reference × 100, by the percentage rule (metrics/rounding). */
  readonly premiumPct: number | null;
}

/** The sale's whole size mix against the reference ladder (mix-normalised premium). */
export interface MixPremiumFigures {
  readonly realisedSatang: number;
  /** The same size mix valued at the reference ladder (mixed price for sizes it lacks). */
  readonly atLadderSatang: number;
  /** The same eggs valued at the mixed (ungraded) reference price. */
  readonly atMixedSatang: number;
  /** (realised − at ladder) / at ladder × 100: the premium once the size mix is accounted for (percentage rule). */
  readonly premiumPct: number | null;
  /** (at ladder − at mixed) / at mixed × 100: what the size mix itself is worth over ungraded eggs (percentage rule). */
  readonly mixEffectPct: number | null;
}

export interface SalePremium {
  readonly saleId: string;
  readonly buyerId: string;
  readonly soldOn: string;
  readonly reference: { readonly source: string; readonly effectiveDate: string } | null;
  readonly lines: readonly PremiumLine[];
  readonly mix: MixPremiumFigures | null;
}

/**
 * Each sale as recorded, one document per sale. The reference it is compared
 * with is looked up when asked (reference-prices projection), so a price series
 * loaded after the sales still applies.
 */
export const pricePremiumProjection: DocumentProjection = {
  name: 'price-premium',
  collections: [PREMIUM_SALES],
  handles: new Set(['SaleRecorded']),
  indexes: {
    [PREMIUM_SALES]: [
      {
        fields: [
          ['soldOn', 1],
          ['buyerId', 1],
        ],
      },
    ],
  },

  apply(event: RecordedEvent, tx: ProjectionTx): void {
    const { saleId, buyerId, soldOn, lines } = (event as RecordedEvent<SaleRecorded>).data;
    tx.put(PREMIUM_SALES, saleId, {
      saleId,
      buyerId,
      soldOn,
      lines: lines.map((l) => ({ size: l.size, eggs: l.eggs, satangPerEgg: l.satangPerEgg })),
    });
  },
};

/** A sale's lines against the reference in force on its day, size-matched: the answer's figures, rounded here once. */
export function premiumOf(
  sale: StoredDocument<PremiumSaleDoc>,
  series: ReferenceSeries,
  source: string | undefined,
): SalePremium {
  const reference = series.inForce(sale.soldOn, source);
  return {
    saleId: sale.saleId,
    buyerId: sale.buyerId,
    soldOn: sale.soldOn,
    reference: reference ? { source: reference.source, effectiveDate: reference.effectiveDate } : null,
    lines: sale.lines.map((line) => {
      const size = line.size as SizeClass;
      const sized = reference?.sizes.get(size);
      const ref = sized ?? reference?.mixedSatangPerEgg ?? null;
      const premium = ref === null ? null : line.satangPerEgg - ref;
      return {
        size,
        eggs: line.eggs,
        satangPerEgg: line.satangPerEgg,
        referenceSatangPerEgg: ref,
        referenceBasis: reference === undefined ? null : sized === undefined ? 'mixed' : 'size',
        premiumSatangPerEgg: premium,
        premiumPct: ref === null || premium === null ? null : pctOf(premium, ref),
      };
    }),
    mix: reference ? mixFigures(sale, reference) : null,
  };
}

function mixFigures(
  sale: StoredDocument<PremiumSaleDoc>,
  reference: { readonly mixedSatangPerEgg: number; readonly sizes: ReadonlyMap<SizeClass, number> },
): MixPremiumFigures {
  const mix = mixNormalisedPremium(
    sale.lines.map((l) => ({ size: l.size as SizeClass, eggs: l.eggs, satangPerEgg: l.satangPerEgg })),
    {
      mixedSatangPerEgg: reference.mixedSatangPerEgg,
      sizes: [...reference.sizes].map(([size, satangPerEgg]) => ({ size, satangPerEgg })),
    },
  );
  return {
    realisedSatang: mix.realisedSatang,
    atLadderSatang: mix.ladderSatang,
    atMixedSatang: mix.mixedSatang,
    premiumPct: pctOf(mix.realisedSatang - mix.ladderSatang, mix.ladderSatang),
    mixEffectPct: pctOf(mix.ladderSatang - mix.mixedSatang, mix.mixedSatang),
  };
}
