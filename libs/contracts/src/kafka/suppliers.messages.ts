import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional } from 'class-validator';

import { IntegrationMessage } from './integration-message';
import { FEED_TYPE, IsBusinessDate, IsPartnerId, IsWhole, ListOf, MatchesPattern, PARTNER_ID } from './validators';

/** Inbound messages from feed suppliers. */

/** `suppliers.quotes.v1`, key `negotiationId`: a quote in a collective feed negotiation (a requote is a new quoteId). */
export class SupplierQuoteMessage extends IntegrationMessage {
  @IsPartnerId()
  supplierId!: string;

  @IsPartnerId()
  negotiationId!: string;

  @IsPartnerId()
  quoteId!: string;

  @IsWhole(1, 1_000_000)
  pricePerKgSatang!: number;

  @IsWhole(1, 1_000_000_000)
  volumeKg!: number;

  @IsBusinessDate()
  quotedOn!: string;

  /** Last day the quote holds (inclusive); open-ended when absent. */
  @IsOptional()
  @IsBusinessDate()
  validUntil?: string;
}

/** `suppliers.delivery-notes.v1`, key `contractId`: feed delivered to a member's farm under a contract. */
export class SupplierDeliveryNoteMessage extends IntegrationMessage {
  @IsPartnerId()
  supplierId!: string;

  @IsPartnerId()
  contractId!: string;

  @IsPartnerId()
  deliveryId!: string;

  /** The feed order (from `coop.feed-orders.v1`) the delivery fills, when it fills one. */
  @IsOptional()
  @IsPartnerId()
  orderId?: string;

  @IsPartnerId()
  farmId!: string;

  @IsPartnerId()
  memberId!: string;

  @MatchesPattern(FEED_TYPE)
  feedType!: string;

  @IsWhole(1, 10_000_000)
  kg!: number;

  @IsBusinessDate()
  deliveredOn!: string;
}

export class InvoiceLine {
  @IsPartnerId()
  deliveryId!: string;

  @IsWhole(1, 10_000_000)
  kg!: number;

  @IsWhole(1, 1_000_000)
  pricePerKgSatang!: number;

  /** kg × pricePerKgSatang, to the satang. */
  @IsWhole(0)
  amountSatang!: number;
}

/** `suppliers.invoices.v1`, key `invoiceId`: an invoice for deliveries under a contract, checked to the satang. */
export class SupplierInvoiceMessage extends IntegrationMessage {
  @IsPartnerId()
  supplierId!: string;

  @IsPartnerId()
  invoiceId!: string;

  @IsPartnerId()
  contractId!: string;

  /** The contract price per kg; every line must be invoiced at it. */
  @IsWhole(1, 1_000_000)
  contractPricePerKgSatang!: number;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @MatchesPattern(PARTNER_ID, { each: true, message: 'each of $property must be an id' })
  deliveryIds!: string[];

  @IsBusinessDate()
  invoicedOn!: string;

  @IsBusinessDate()
  dueOn!: string;

  @ListOf(InvoiceLine, { min: 1, max: 200 })
  lines!: InvoiceLine[];

  @IsWhole(0)
  vatSatang!: number;

  /** Σ line amounts + VAT. */
  @IsWhole(0)
  totalSatang!: number;
}
