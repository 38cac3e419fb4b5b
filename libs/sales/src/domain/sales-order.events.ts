import type { Satang, SizeClass } from '@khai/contracts';

/** Trays of one size class ordered at a price per egg. */
export interface SalesOrderLine {
  readonly size: SizeClass;
  readonly trays: number;
  readonly satangPerEgg: Satang;
  /** trays × 30. */
  readonly eggs: number;
  /** eggs × satangPerEgg. */
  readonly amountSatang: Satang;
}

/** CONTRACT: priced under an agreed negotiation; SPOT: priced on the day. */
export type PriceBasis = 'CONTRACT' | 'SPOT';

export const PAYMENT_METHODS = ['TRANSFER', 'CHEQUE', 'CASH'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** A buyer's order, confirmed by the cooperative. */
export type SalesOrderConfirmed = {
  readonly type: 'SalesOrderConfirmed';
  readonly data: {
    readonly orderId: string;
    readonly buyerId: string;
    /** The negotiation whose agreed prices apply; null for a spot order. */
    readonly negotiationId: string | null;
    readonly priceBasis: PriceBasis;
    /** ISO dates (Asia/Bangkok business days). */
    readonly orderedOn: string;
    readonly deliveryOn: string;
    /** Sorted by size class, one line per class. */
    readonly lines: readonly SalesOrderLine[];
    readonly totalTrays: number;
    readonly totalEggs: number;
    /** Σ amountSatang: what the buyer owes for the order. */
    readonly valueSatang: Satang;
  };
};

export type SalesOrderCancelled = {
  readonly type: 'SalesOrderCancelled';
  readonly data: {
    readonly orderId: string;
    readonly cancelledOn: string;
    readonly reason: string;
  };
};

/** A shipment against the order left the cooperative; from now on the order cannot be cancelled. */
export type SalesOrderDispatchRecorded = {
  readonly type: 'SalesOrderDispatchRecorded';
  readonly data: {
    readonly orderId: string;
    readonly shipmentId: string;
    readonly dispatchedOn: string;
  };
};

/** Money received from the buyer against the order. */
export type PaymentReceived = {
  readonly type: 'PaymentReceived';
  readonly data: {
    readonly orderId: string;
    readonly buyerId: string;
    readonly paymentId: string;
    readonly paidOn: string;
    readonly amountSatang: Satang;
    readonly method: PaymentMethod;
  };
};

export type SalesOrderEvent = SalesOrderConfirmed | SalesOrderCancelled | SalesOrderDispatchRecorded | PaymentReceived;
