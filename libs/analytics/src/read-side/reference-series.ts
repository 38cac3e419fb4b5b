import type { SizeClass } from '@khai/contracts';
import { READ_MODEL_STORE, type ReadModelStore, type StoredDocument } from '@khai/read-models';
import { Inject, Injectable } from '@nestjs/common';

import {
  REFERENCE_PRICES,
  REFERENCE_SERIES,
  type ReferencePriceDoc,
  type ReferenceSeriesDoc,
  SERIES_ID,
} from '../projections/reference-prices/reference-prices.projection';

export interface Reference {
  readonly source: string;
  readonly effectiveDate: string;
  readonly mixedSatangPerEgg: number;
  readonly sizes: ReadonlyMap<SizeClass, number>;
}

export interface ReferenceOfSize {
  readonly reference: Reference;
  readonly satangPerEgg: number;
  /** The ladder's price for the size, or the mixed price when the ladder has none. */
  readonly basis: 'size' | 'mixed';
}

/**
 * The reference prices in force, looked up by day: the latest announcement
 * effective on or before the day (of any source, or of the one asked for; ties
 * go to the one announced last).
 */
export class ReferenceSeries {
  private readonly bySource = new Map<string, Reference[]>();
  private readonly memo = new Map<string, Reference | null>();

  /**
   * `references` sorted by effective date, then by the position that announced
   * them; `version` names this state of the series (the log position of its last
   * announcement), for callers that keep what they valued with it.
   */
  constructor(
    private readonly references: readonly Reference[],
    readonly version = 0,
  ) {
    for (const r of references) {
      const list = this.bySource.get(r.source) ?? [];
      list.push(r);
      this.bySource.set(r.source, list);
    }
  }

  static fromDocs(docs: readonly StoredDocument<ReferencePriceDoc>[], version = 0): ReferenceSeries {
    const sorted = [...docs].sort((a, b) =>
      a.effectiveDate === b.effectiveDate ? a._position - b._position : a.effectiveDate < b.effectiveDate ? -1 : 1,
    );
    return new ReferenceSeries(
      sorted.map((d) => ({
        source: d.source,
        effectiveDate: d.effectiveDate,
        mixedSatangPerEgg: d.mixedSatangPerEgg,
        sizes: new Map(d.sizes.map((s) => [s.size as SizeClass, s.satangPerEgg])),
      })),
      version,
    );
  }

  inForce(day: string, source?: string): Reference | undefined {
    const key = `${source ?? ''}\u0000${day}`;
    let found = this.memo.get(key);
    if (found === undefined) {
      const list = source === undefined ? this.references : (this.bySource.get(source) ?? []);
      found = list[upperBound(list, (r) => r.effectiveDate <= day) - 1] ?? null;
      this.memo.set(key, found);
    }
    return found ?? undefined;
  }

  priceOf(day: string, size: SizeClass, source?: string): ReferenceOfSize | undefined {
    const reference = this.inForce(day, source);
    if (!reference) return undefined;
    const sized = reference.sizes.get(size);
    return sized === undefined
      ? { reference, satangPerEgg: reference.mixedSatangPerEgg, basis: 'mixed' }
      : { reference, satangPerEgg: sized, basis: 'size' };
  }
}

/**
 * The series as the read model holds it, read again only when an announcement
 * has been applied since (the series document's position moves with each):
 * every premium query needs the whole series, and it changes a few times a month.
 */
@Injectable()
export class ReferenceSeriesCache {
  private cached: { readonly version: number; readonly series: ReferenceSeries } | undefined;

  constructor(@Inject(READ_MODEL_STORE) private readonly store: ReadModelStore) {}

  async load(): Promise<ReferenceSeries> {
    const meta = await this.store.get<ReferenceSeriesDoc>(REFERENCE_SERIES, SERIES_ID);
    const version = meta?._position ?? 0;
    if (this.cached?.version !== version) {
      const docs = await this.store.find<ReferencePriceDoc>(REFERENCE_PRICES);
      this.cached = { version, series: ReferenceSeries.fromDocs(docs, version) };
    }
    return this.cached.series;
  }
}

/** Index of the first element for which `before` is false (the array is partitioned by it). */
export function upperBound<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
