import type { Satang, SizeClass } from '@khai/contracts';

export interface SizePrice {
  readonly size: SizeClass;
  readonly satangPerEgg: Satang;
}

export interface ReferencePrice {
  readonly referencePriceId: string;
  readonly source: string;
  /** ISO date (Asia/Bangkok business day) from which the price is in force. */
  readonly effectiveDate: string;
  /** Mixed, ungraded eggs (ไข่คละ), satang per egg. */
  readonly mixedSatangPerEgg: Satang;
  /** The size ladder, where announced; sizes missing here fall back to the mixed price. */
  readonly sizes: readonly SizePrice[];
}

/** A recommended farm-gate price (ราคาแนะนำ) taking effect on a date. */
export type ReferencePriceAnnounced = {
  readonly type: 'ReferencePriceAnnounced';
  readonly data: ReferencePrice;
};

/** A correction of an announced price (a misread report, a late ladder), with the reason. */
export type ReferencePriceRevised = {
  readonly type: 'ReferencePriceRevised';
  readonly data: ReferencePrice & { readonly reason: string; readonly revisedOn: string };
};

export type ReferencePriceEvent = ReferencePriceAnnounced | ReferencePriceRevised;
