import type { RecordedEvent } from '@khai/event-sourcing';
import type { ReferencePriceEvent } from '@khai/market';
import type { DocumentKey, DocumentProjection, ProjectionTx } from '@khai/read-models';

export const REFERENCE_PRICES = 'reference_prices';
/** One document whose position moves with every announcement: query-side caches key on it. */
export const REFERENCE_SERIES = 'reference_price_series';
export const SERIES_ID = 'series';

export type ReferencePriceDoc = {
  referencePriceId: string;
  source: string;
  effectiveDate: string;
  mixedSatangPerEgg: number;
  sizes: { size: number; satangPerEgg: number }[];
};
export type ReferenceSeriesDoc = { announcements: number };

/** One source and day has one price in force: a revision of it replaces it. */
export function referenceDocId(source: string, effectiveDate: string): string {
  return `${source}:${effectiveDate}`;
}

/**
 * The reference price series (ราคาแนะนำ), one document per source and effective
 * day. The last event that wrote a document gives its `_position`, which orders
 * announcements of the same day (ties go to the one announced last).
 */
export const referencePricesProjection: DocumentProjection = {
  name: 'reference-prices',
  collections: [REFERENCE_PRICES, REFERENCE_SERIES],
  handles: new Set(['ReferencePriceAnnounced', 'ReferencePriceRevised']),
  indexes: { [REFERENCE_PRICES]: [{ fields: [['effectiveDate', 1]] }] },

  keys: (): readonly DocumentKey[] => [{ collection: REFERENCE_SERIES, id: SERIES_ID }],

  async apply(event: RecordedEvent, tx: ProjectionTx): Promise<void> {
    const { referencePriceId, source, effectiveDate, mixedSatangPerEgg, sizes } = (
      event as RecordedEvent<ReferencePriceEvent>
    ).data;
    tx.put(REFERENCE_PRICES, referenceDocId(source, effectiveDate), {
      referencePriceId,
      source,
      effectiveDate,
      mixedSatangPerEgg,
      sizes: sizes.map((s) => ({ size: s.size, satangPerEgg: s.satangPerEgg })),
    });
    const series = await tx.get<ReferenceSeriesDoc>(REFERENCE_SERIES, SERIES_ID);
    tx.put(REFERENCE_SERIES, SERIES_ID, { announcements: (series?.announcements ?? 0) + 1 });
  },
};
