import type { Satang } from '@khai/contracts';

/** The cooperative asks suppliers to quote for its members' pooled feed (การเจรจาซื้อร่วม). */
export type FeedNegotiationOpened = {
  readonly type: 'FeedNegotiationOpened';
  readonly data: {
    readonly negotiationId: string;
    readonly feedType: string;
    /** What the members need over the period. */
    readonly volumeKg: number;
    /** ISO dates, both inclusive: the period the contract is to cover. */
    readonly periodFrom: string;
    readonly periodTo: string;
    readonly openedOn: string;
    /** The market price when the negotiation opened: where the cooperative starts from. */
    readonly marketPricePerKgSatang: Satang;
  };
};

/** A supplier's quote; a supplier may quote again, and every quote is kept. */
export type FeedQuoteReceived = {
  readonly type: 'FeedQuoteReceived';
  readonly data: {
    readonly negotiationId: string;
    readonly quoteId: string;
    readonly supplierId: string;
    readonly pricePerKgSatang: Satang;
    /** What the supplier offers to deliver over the period. */
    readonly volumeKg: number;
    readonly receivedOn: string;
    /** Last day the quote holds (inclusive); open-ended when absent. */
    readonly validUntil?: string;
  };
};

/**
 * A quote was accepted, at its price or below: the contract is to be agreed on these
 * terms (the feed contract records FeedContractAgreed with this negotiationId).
 */
export type FeedNegotiationConcluded = {
  readonly type: 'FeedNegotiationConcluded';
  readonly data: {
    readonly negotiationId: string;
    readonly quoteId: string;
    readonly contractId: string;
    readonly supplierId: string;
    readonly feedType: string;
    /** The smaller of what was asked for and what the quote offered. */
    readonly volumeKg: number;
    readonly periodFrom: string;
    readonly periodTo: string;
    readonly agreedPricePerKgSatang: Satang;
    readonly quotedPricePerKgSatang: Satang;
    /** The market price at signing. */
    readonly marketPricePerKgSatang: Satang;
    /** Quotes received in the negotiation, requotes included. */
    readonly quotesCount: number;
    readonly agreedOn: string;
  };
};

/** The negotiation ended without a contract. */
export type FeedNegotiationFailed = {
  readonly type: 'FeedNegotiationFailed';
  readonly data: {
    readonly negotiationId: string;
    readonly reason: string;
    readonly quotesCount: number;
    readonly closedOn: string;
  };
};

export type FeedNegotiationEvent =
  FeedNegotiationOpened | FeedQuoteReceived | FeedNegotiationConcluded | FeedNegotiationFailed;
