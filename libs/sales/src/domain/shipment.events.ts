import type { Satang, SizeClass } from '@khai/contracts';

/** Trays of one size taken from one packed lot: the link from a tray back to its farm and flock. */
export interface ShipmentItem {
  readonly lotId: string;
  readonly size: SizeClass;
  readonly trays: number;
  /** trays × 30. */
  readonly eggs: number;
}

export const CLAIM_REASONS = ['SHORT', 'BROKEN', 'DIRTY', 'QUALITY', 'LATE'] as const;
export type ClaimReason = (typeof CLAIM_REASONS)[number];

export interface DeliveryClaim {
  readonly reason: ClaimReason;
  readonly size: SizeClass;
  readonly eggs: number;
  readonly amountSatang: Satang;
}

/** The buyer's recount of one size against what was shipped. */
export interface RecountLine {
  readonly size: SizeClass;
  readonly shippedTrays: number;
  readonly recountedTrays: number;
  /** shippedTrays − recountedTrays. */
  readonly shortTrays: number;
}

/** A shipment against an order is planned from named lots; the process manager then allocates packed stock. */
export type ShipmentPlanned = {
  readonly type: 'ShipmentPlanned';
  readonly data: {
    readonly shipmentId: string;
    readonly orderId: string;
    readonly buyerId: string;
    /** ISO date (Asia/Bangkok business day). */
    readonly plannedOn: string;
    /** Sorted by lot, then size; each lot and size once. */
    readonly items: readonly ShipmentItem[];
    readonly totalTrays: number;
    readonly totalEggs: number;
  };
};

/** Packed stock of every item was set aside for the shipment. */
export type ShipmentAllocated = {
  readonly type: 'ShipmentAllocated';
  readonly data: { readonly shipmentId: string; readonly orderId: string; readonly allocatedOn: string };
};

/** The stock could not be allocated; the shipment will not go. */
export type ShipmentRefused = {
  readonly type: 'ShipmentRefused';
  readonly data: {
    readonly shipmentId: string;
    readonly orderId: string;
    readonly refusedOn: string;
    readonly reason: string;
  };
};

export type ShipmentDispatched = {
  readonly type: 'ShipmentDispatched';
  readonly data: {
    readonly shipmentId: string;
    readonly orderId: string;
    readonly buyerId: string;
    readonly dispatchedOn: string;
    /** Truck or plate, where recorded; null otherwise. */
    readonly vehicle: string | null;
  };
};

/** The buyer confirms receipt with its own count and any claims. */
export type DeliveryConfirmed = {
  readonly type: 'DeliveryConfirmed';
  readonly data: {
    readonly shipmentId: string;
    readonly orderId: string;
    readonly buyerId: string;
    readonly deliveredOn: string;
    /** One line per shipped size, sorted by size. */
    readonly recount: readonly RecountLine[];
    /** Sorted by size, then reason. */
    readonly claims: readonly DeliveryClaim[];
    readonly shortTrays: number;
    readonly claimedSatang: Satang;
  };
};

export type ShipmentEvent =
  ShipmentPlanned | ShipmentAllocated | ShipmentRefused | ShipmentDispatched | DeliveryConfirmed;
