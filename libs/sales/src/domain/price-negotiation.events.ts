import type { Satang, SizeClass } from '@khai/contracts';

/** A price per egg for one size class. */
export interface NegotiatedPrice {
  readonly size: SizeClass;
  readonly satangPerEgg: Satang;
}

/** The cooperative opens a negotiation with a buyer, stating its ask per size class. */
export type PriceNegotiationOpened = {
  readonly type: 'PriceNegotiationOpened';
  readonly data: {
    readonly negotiationId: string;
    readonly buyerId: string;
    /** ISO date (Asia/Bangkok business day). */
    readonly openedOn: string;
    /** The cooperative's asking price, sorted by size class, one per class. */
    readonly asking: readonly NegotiatedPrice[];
    /** Production cost per egg, the floor of the bargaining-power index; null when not stated. */
    readonly floorSatangPerEgg: Satang | null;
    /** The Egg Board ceiling per egg; null when not stated. */
    readonly ceilingSatangPerEgg: Satang | null;
  };
};

/** The buyer's offer: always the odd rounds (1, 3, 5, …). */
export type BuyerOfferReceived = {
  readonly type: 'BuyerOfferReceived';
  readonly data: {
    readonly negotiationId: string;
    readonly roundId: string;
    /** 1-based position of this round in the negotiation. */
    readonly round: number;
    readonly offeredOn: string;
    /** Sorted by size class; only asked sizes. */
    readonly prices: readonly NegotiatedPrice[];
    /** The volume the buyer says it would take; null when not stated. */
    readonly eggsPerWeek: number | null;
  };
};

/** The cooperative's answer to the buyer's last offer: always the even rounds. */
export type CounterOfferMade = {
  readonly type: 'CounterOfferMade';
  readonly data: {
    readonly negotiationId: string;
    readonly roundId: string;
    readonly round: number;
    readonly offeredOn: string;
    readonly prices: readonly NegotiatedPrice[];
  };
};

/** Both sides agree a price per size class for a period; the negotiation is closed. */
export type PriceAgreed = {
  readonly type: 'PriceAgreed';
  readonly data: {
    readonly negotiationId: string;
    readonly buyerId: string;
    readonly agreedOn: string;
    readonly prices: readonly NegotiatedPrice[];
    /** First and last business day the price applies, inclusive. */
    readonly validFrom: string;
    readonly validTo: string;
    /** Rounds it took (offers plus counter-offers). */
    readonly rounds: number;
  };
};

/** No agreement; the negotiation is closed with the reason. */
export type NegotiationFailed = {
  readonly type: 'NegotiationFailed';
  readonly data: {
    readonly negotiationId: string;
    readonly buyerId: string;
    readonly failedOn: string;
    readonly reason: string;
    readonly rounds: number;
  };
};

export type PriceNegotiationEvent =
  PriceNegotiationOpened | BuyerOfferReceived | CounterOfferMade | PriceAgreed | NegotiationFailed;
