import type { Satang } from '@khai/contracts';

export interface FeedInvoiceLine {
  readonly deliveryId: string;
  readonly kg: number;
  readonly pricePerKgSatang: Satang;
  /** kg × pricePerKgSatang, to the satang. */
  readonly amountSatang: Satang;
}

/** A supplier's invoice for deliveries under a contract, as received and checked. */
export type FeedInvoiceReceived = {
  readonly type: 'FeedInvoiceReceived';
  readonly data: {
    readonly invoiceId: string;
    readonly supplierId: string;
    readonly contractId: string;
    /**
     * The contract price as the sender read it off the contract: the invoice lives in its
     * own stream and does not read the contract's, so the price it is checked against
     * comes with the command.
     */
    readonly contractPricePerKgSatang: Satang;
    readonly deliveryIds: readonly string[];
    readonly invoicedOn: string;
    readonly dueOn: string;
    /** One line per delivery. */
    readonly lines: readonly FeedInvoiceLine[];
    readonly vatSatang: Satang;
    /** Σ line amounts + VAT. */
    readonly totalSatang: Satang;
  };
};

/** A payment to the supplier against an invoice; never more than is outstanding. */
export type FeedInvoicePaid = {
  readonly type: 'FeedInvoicePaid';
  readonly data: {
    readonly invoiceId: string;
    readonly paymentId: string;
    readonly paidOn: string;
    readonly amountSatang: Satang;
    /** Still owed after this payment; 0 when the invoice is settled. */
    readonly outstandingSatang: Satang;
  };
};

export type FeedInvoiceEvent = FeedInvoiceReceived | FeedInvoicePaid;
