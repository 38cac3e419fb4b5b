import { IsIn, IsOptional } from 'class-validator';

import { SIZE_CLASSES, type SizeClass } from '../egg';
import { IntegrationMessage } from './integration-message';
import { IsBusinessDate, IsPartnerId, IsSizeClass, IsWhole, ListOf } from './validators';

/** Inbound messages from buyers (supermarkets, wholesalers, processors). */

export class SizePrice {
  @IsSizeClass()
  size!: SizeClass;

  /** Whole satang per egg. */
  @IsWhole(1, 100_000)
  satangPerEgg!: number;
}

export const BUYER_OFFER_KINDS = ['OFFER', 'COUNTER_OFFER'] as const;
export type BuyerOfferKind = (typeof BUYER_OFFER_KINDS)[number];

/** `buyers.offers.v1`, key `negotiationId`: the buyer's offer, or its answer to the cooperative's counter-offer. */
export class BuyerOfferMessage extends IntegrationMessage {
  @IsIn(BUYER_OFFER_KINDS)
  kind!: BuyerOfferKind;

  @IsPartnerId()
  buyerId!: string;

  @IsPartnerId()
  negotiationId!: string;

  /** The round, unique in the negotiation. */
  @IsPartnerId()
  roundId!: string;

  @IsBusinessDate()
  offeredOn!: string;

  @ListOf(SizePrice, { min: 1, max: SIZE_CLASSES.length })
  prices!: SizePrice[];

  @IsOptional()
  @IsWhole(1, 100_000_000)
  eggsPerWeek?: number;
}

export class OrderLine {
  @IsSizeClass()
  size!: SizeClass;

  /** Trays (แผง) of 30 eggs. */
  @IsWhole(1, 1_000_000)
  trays!: number;

  @IsWhole(1, 100_000)
  satangPerEgg!: number;
}

/** `buyers.orders.v1`, key `orderId`: an order, priced under an agreed negotiation or spot. */
export class BuyerOrderMessage extends IntegrationMessage {
  @IsPartnerId()
  buyerId!: string;

  @IsPartnerId()
  orderId!: string;

  /** The negotiation whose agreed prices apply; absent for a spot order. */
  @IsOptional()
  @IsPartnerId()
  negotiationId?: string;

  @IsBusinessDate()
  orderedOn!: string;

  @IsBusinessDate()
  deliveryOn!: string;

  @ListOf(OrderLine, { min: 1, max: SIZE_CLASSES.length })
  lines!: OrderLine[];
}

export class Recount {
  @IsSizeClass()
  size!: SizeClass;

  /** Trays the buyer counted. */
  @IsWhole(0, 1_000_000)
  trays!: number;
}

export const DELIVERY_CLAIM_REASONS = ['SHORT', 'BROKEN', 'DIRTY', 'QUALITY', 'LATE'] as const;
export type DeliveryClaimReason = (typeof DELIVERY_CLAIM_REASONS)[number];

export class Claim {
  @IsIn(DELIVERY_CLAIM_REASONS)
  reason!: DeliveryClaimReason;

  @IsSizeClass()
  size!: SizeClass;

  @IsWhole(1, 100_000_000)
  eggs!: number;

  @IsWhole(0)
  amountSatang!: number;
}

/** `buyers.deliveries.v1`, key `shipmentId`: receipt of a shipment with the buyer's recount and any claims. */
export class BuyerDeliveryMessage extends IntegrationMessage {
  @IsPartnerId()
  buyerId!: string;

  @IsPartnerId()
  shipmentId!: string;

  @IsBusinessDate()
  deliveredOn!: string;

  /** One line per shipped size. */
  @ListOf(Recount, { min: 1, max: SIZE_CLASSES.length })
  recount!: Recount[];

  /** May be empty. */
  @ListOf(Claim, { max: SIZE_CLASSES.length * DELIVERY_CLAIM_REASONS.length })
  claims!: Claim[];
}

export const PAYMENT_METHOD_CODES = ['TRANSFER', 'CHEQUE', 'CASH'] as const;
export type PaymentMethodCode = (typeof PAYMENT_METHOD_CODES)[number];

/** `buyers.payments.v1`, key `orderId`: payment advice against an order. */
export class BuyerPaymentMessage extends IntegrationMessage {
  @IsPartnerId()
  buyerId!: string;

  @IsPartnerId()
  orderId!: string;

  @IsPartnerId()
  paymentId!: string;

  @IsBusinessDate()
  paidOn!: string;

  @IsWhole(1)
  amountSatang!: number;

  @IsIn(PAYMENT_METHOD_CODES)
  method!: PaymentMethodCode;
}
