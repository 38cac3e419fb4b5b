import type { Satang, SizeClass } from '@khai/contracts';

/** Eggs of one size class sold at the price negotiated for it. */
export interface SaleLine {
  readonly size: SizeClass;
  readonly eggs: number;
  readonly satangPerEgg: Satang;
  /** eggs × satangPerEgg. */
  readonly amountSatang: Satang;
}

/** A sale to a buyer at prices negotiated per size class. */
export type SaleRecorded = {
  readonly type: 'SaleRecorded';
  readonly data: {
    readonly saleId: string;
    readonly buyerId: string;
    /**
     * The sales order a delivered shipment fulfilled; absent for a sale at the gate without an order
     * (and for sales recorded before the delivery recorded them itself).
     */
    readonly orderId?: string;
    /** ISO date (Asia/Bangkok business day) of the sale; the reference price in force that day is the benchmark. */
    readonly soldOn: string;
    /** Sorted by size class, one line per class. */
    readonly lines: readonly SaleLine[];
    /** The lots the eggs came from, sorted; empty when not recorded. */
    readonly lotIds: readonly string[];
    readonly totalEggs: number;
    readonly totalSatang: Satang;
  };
};

export type SaleEvent = SaleRecorded;
