import { Type } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

import type { SizeClass } from '../egg';
import { PAYMENT_METHOD_CODES, type PaymentMethodCode, SizePrice } from './buyers.messages';
import { TreatedClaim } from './coop-notices.messages';
import { IntegrationMessage } from './integration-message';
import { IsBusinessDate, IsPartnerId, IsSizeClass, IsWhole } from './validators';

/**
 * Outbound integration events, published by the cooperative from its event log.
 * `messageId` is the id of the event they were mapped from (also the `message-id`
 * header): a partner that sees it twice has seen the same fact twice.
 */

export const COOP_OFFER_KINDS = ['ASK', 'COUNTER_OFFER', 'AGREED', 'FAILED'] as const;
export type CoopOfferKind = (typeof COOP_OFFER_KINDS)[number];

/** `coop.offers.v1`, key `negotiationId`: the cooperative's side of a price negotiation. */
export class CoopOfferMessage extends IntegrationMessage {
  @IsIn(COOP_OFFER_KINDS)
  kind!: CoopOfferKind;

  @IsPartnerId()
  buyerId!: string;

  @IsPartnerId()
  negotiationId!: string;

  /** ASK: opened on; COUNTER_OFFER: offered on; AGREED: agreed on; FAILED: failed on. */
  @IsBusinessDate()
  decidedOn!: string;

  /** COUNTER_OFFER: the round (even) and its id. */
  @IsOptional()
  @IsWhole(1, 1000)
  round?: number;

  @IsOptional()
  @IsPartnerId()
  roundId?: string;

  /** ASK, COUNTER_OFFER, AGREED: price per size class; absent for FAILED. */
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => SizePrice)
  prices?: SizePrice[];

  /** AGREED: the days the price applies, inclusive. */
  @IsOptional()
  @IsBusinessDate()
  validFrom?: string;

  @IsOptional()
  @IsBusinessDate()
  validTo?: string;

  /** FAILED: why. */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ConfirmedOrderLine {
  @IsSizeClass()
  size!: SizeClass;

  @IsWhole(1)
  trays!: number;

  @IsWhole(1)
  satangPerEgg!: number;

  @IsWhole(1)
  eggs!: number;

  @IsWhole(0)
  amountSatang!: number;
}

export const COOP_ORDER_KINDS = ['CONFIRMED', 'CANCELLED'] as const;
export type CoopOrderKind = (typeof COOP_ORDER_KINDS)[number];

/** `coop.orders.v1`, key `orderId`: an order confirmed (with its priced lines) or cancelled. */
export class CoopOrderMessage extends IntegrationMessage {
  @IsIn(COOP_ORDER_KINDS)
  kind!: CoopOrderKind;

  @IsPartnerId()
  orderId!: string;

  @IsPartnerId()
  buyerId!: string;

  /** CONFIRMED: ordered on; CANCELLED: cancelled on. */
  @IsBusinessDate()
  decidedOn!: string;

  /** CONFIRMED only from here on. */
  @IsOptional()
  @IsPartnerId()
  negotiationId?: string;

  @IsOptional()
  @IsIn(['CONTRACT', 'SPOT'])
  priceBasis?: 'CONTRACT' | 'SPOT';

  @IsOptional()
  @IsBusinessDate()
  deliveryOn?: string;

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ConfirmedOrderLine)
  lines?: ConfirmedOrderLine[];

  @IsOptional()
  @IsWhole(0)
  totalTrays?: number;

  @IsOptional()
  @IsWhole(0)
  totalEggs?: number;

  @IsOptional()
  @IsWhole(0)
  valueSatang?: number;

  /** CANCELLED: why. */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

/**
 * Trays of one size from one packed lot, traced back to the member, farm, flock and day of collection (a farm id is
 * unique only within its member: the two together name the farm).
 */
export class ShippedLot {
  @IsPartnerId()
  lotId!: string;

  @IsSizeClass()
  size!: SizeClass;

  @IsWhole(1)
  trays!: number;

  @IsWhole(1)
  eggs!: number;

  @IsPartnerId()
  memberId!: string;

  @IsPartnerId()
  farmId!: string;

  @IsPartnerId()
  flockId!: string;

  @IsBusinessDate()
  collectedOn!: string;
}

/** `coop.shipments.v1`, key `shipmentId`: a shipment dispatched, with every lot it draws on. */
export class CoopShipmentMessage extends IntegrationMessage {
  @IsPartnerId()
  shipmentId!: string;

  @IsPartnerId()
  orderId!: string;

  @IsPartnerId()
  buyerId!: string;

  @IsBusinessDate()
  dispatchedOn!: string;

  /** Truck or plate, where recorded. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  vehicle?: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ShippedLot)
  lots!: ShippedLot[];

  @IsWhole(1)
  totalTrays!: number;

  @IsWhole(1)
  totalEggs!: number;
}

/** `coop.feed-orders.v1`, key `contractId`: feed ordered under a contract for a member's farm. */
export class CoopFeedOrderMessage extends IntegrationMessage {
  @IsPartnerId()
  contractId!: string;

  @IsPartnerId()
  supplierId!: string;

  @IsPartnerId()
  orderId!: string;

  @IsPartnerId()
  memberId!: string;

  @IsPartnerId()
  farmId!: string;

  @IsString()
  feedType!: string;

  @IsWhole(1)
  kg!: number;

  @IsBusinessDate()
  orderedOn!: string;

  @IsBusinessDate()
  requestedDeliveryOn!: string;
}

export const COOP_PAYMENT_KINDS = ['RECEIPT', 'REMITTANCE'] as const;
export type CoopPaymentKind = (typeof COOP_PAYMENT_KINDS)[number];

/**
 * `coop.payments.v1`: RECEIPT, key `orderId` — the cooperative received a buyer's payment, and what is still owed
 * on the order after it; REMITTANCE, key `invoiceId` — the cooperative paid a supplier's invoice.
 */
export class CoopPaymentMessage extends IntegrationMessage {
  @IsIn(COOP_PAYMENT_KINDS)
  kind!: CoopPaymentKind;

  /** The buyer (RECEIPT) or supplier (REMITTANCE). */
  @IsPartnerId()
  partnerId!: string;

  @IsPartnerId()
  paymentId!: string;

  @IsBusinessDate()
  paidOn!: string;

  @IsWhole(1)
  amountSatang!: number;

  /** RECEIPT. */
  @IsOptional()
  @IsPartnerId()
  orderId?: string;

  /** RECEIPT: the order's value, and what the buyer paid on it in all, this payment included. */
  @IsOptional()
  @IsWhole(0)
  orderValueSatang?: number;

  @IsOptional()
  @IsWhole(1)
  paidSatang?: number;

  /**
   * RECEIPT: the claims of the order's deliveries confirmed before this payment, each as the cooperative treated
   * it, and their sum (RECORDED claims are not deducted from `outstandingSatang`).
   */
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TreatedClaim)
  claims?: TreatedClaim[];

  @IsOptional()
  @IsWhole(0)
  claimedSatang?: number;

  @IsOptional()
  @IsIn(PAYMENT_METHOD_CODES)
  method?: PaymentMethodCode;

  /** REMITTANCE: the invoice paid. */
  @IsOptional()
  @IsPartnerId()
  invoiceId?: string;

  /** What is still owed after this payment: on the order (RECEIPT: value − paid) or on the invoice (REMITTANCE). */
  @IsOptional()
  @IsWhole(0)
  outstandingSatang?: number;
}
