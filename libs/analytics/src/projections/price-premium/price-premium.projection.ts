import type { SizeClass } from '@khai/contracts';
import type { RecordedEvent } from '@khai/event-sourcing';
import type { ReferencePrice, ReferencePriceEvent } from '@khai/market';
import type { SaleRecorded } from '@khai/sales';

import type { Projection } from '../../runner/projection';

interface Reference {
  readonly source: string;
  readonly effectiveDate: string;
  readonly mixedSatangPerEgg: number;
  readonly sizes: ReadonlyMap<SizeClass, number>;
}

type Sale = SaleRecorded['data'];

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

export interface PremiumQuery {
  readonly from: string;
  readonly to: string;
  /** Only this source's reference prices; by default the latest announcement of any source. */
  readonly source?: string;
  readonly buyerId?: string;
}

/**
 * Negotiated price against the reference price in force on the day of sale,
 * size-matched. The reference is looked up when asked, so a price series loaded
 * after the sales still applies.
 */
export class PricePremiumProjection implements Projection {
  readonly name = 'price-premium';
  position = 0;
  /** Sorted by effective date, then by log order. */
  private readonly references: Reference[] = [];
  /** Sorted by day of sale, then by log order. */
  private readonly sales: Sale[] = [];

  apply(event: RecordedEvent): void {
    if (event.position <= this.position) return;
    if (event.type === 'ReferencePriceAnnounced' || event.type === 'ReferencePriceRevised') {
      this.putReference((event as RecordedEvent<ReferencePriceEvent>).data);
    } else if (event.type === 'SaleRecorded') this.addSale((event as RecordedEvent<SaleRecorded>).data);
    this.position = event.position;
  }

  query({ from, to, source, buyerId }: PremiumQuery): SalePremium[] {
    const start = upperBound(this.sales, (s) => s.soldOn < from);
    const result: SalePremium[] = [];
    for (let i = start; i < this.sales.length && (this.sales[i] as Sale).soldOn <= to; i++) {
      const sale = this.sales[i] as Sale;
      if (buyerId !== undefined && sale.buyerId !== buyerId) continue;
      result.push(premiumOf(sale, this.inForce(sale.soldOn, source)));
    }
    return result;
  }

  /** The latest reference effective on or before the day (ties: the last announced). */
  private inForce(day: string, source: string | undefined): Reference | undefined {
    for (let i = upperBound(this.references, (r) => r.effectiveDate <= day) - 1; i >= 0; i--) {
      const reference = this.references[i] as Reference;
      if (source === undefined || reference.source === source) return reference;
    }
    return undefined;
  }

  /** A revision replaces the announcement it corrects (same source and day). */
  private putReference(data: ReferencePrice): void {
    const revised = this.references.findIndex(
      (r) => r.source === data.source && r.effectiveDate === data.effectiveDate,
    );
    if (revised >= 0) this.references.splice(revised, 1);
    const reference: Reference = {
      source: data.source,
      effectiveDate: data.effectiveDate,
      mixedSatangPerEgg: data.mixedSatangPerEgg,
      sizes: new Map(data.sizes.map((s) => [s.size, s.satangPerEgg])),
    };
    this.references.splice(
      upperBound(this.references, (r) => r.effectiveDate <= data.effectiveDate),
      0,
      reference,
    );
  }

  private addSale(data: Sale): void {
    this.sales.splice(
      upperBound(this.sales, (s) => s.soldOn <= data.soldOn),
      0,
      data,
    );
  }
}

function premiumOf(sale: Sale, reference: Reference | undefined): SalePremium {
  return {
    saleId: sale.saleId,
    buyerId: sale.buyerId,
    soldOn: sale.soldOn,
    reference: reference ? { source: reference.source, effectiveDate: reference.effectiveDate } : null,
    lines: sale.lines.map((line) => {
      const sized = reference?.sizes.get(line.size);
      const ref = sized ?? reference?.mixedSatangPerEgg ?? null;
      const premium = ref === null ? null : line.satangPerEgg - ref;
      return {
        size: line.size,
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

/** Index of the first element for which `before` is false (the array is partitioned by it). */
function upperBound<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
