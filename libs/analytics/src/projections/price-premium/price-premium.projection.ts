import type { SizeClass } from '@khai/contracts';
import type { RecordedEvent } from '@khai/event-sourcing';
import type { DocumentProjection, ProjectionTx, StoredDocument } from '@khai/read-models';
import type { SaleRecorded } from '@khai/sales';

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
  /** (realised − reference) / reference × 100, to two decimals. */
  readonly premiumPct: number | null;
}

export interface SalePremium {
  readonly saleId: string;
  readonly buyerId: string;
  readonly soldOn: string;
  readonly reference: { readonly source: string; readonly effectiveDate: string } | null;
  readonly lines: readonly PremiumLine[];
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

/** A sale's lines against the reference in force on its day, size-matched. */
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
        premiumPct: ref === null || premium === null ? null : Math.round((premium / ref) * 10_000) / 100,
      };
    }),
  };
}
