import { Type } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsString, MaxLength, ValidateIf, ValidateNested } from 'class-validator';

import type { SizeClass } from '../egg';
import { DELIVERY_CLAIM_REASONS, type DeliveryClaimReason } from './buyers.messages';
import { IntegrationMessage } from './integration-message';
import { IsPartnerId, IsSizeClass, IsWhole, MatchesPattern, MESSAGE_ID } from './validators';

/**
 * How the cooperative treated a buyer's claim. RECORDED: taken with the delivery confirmation, for the cooperative
 * to settle with the buyer apart from the order; it is not deducted from what is owed on the order.
 */
export const CLAIM_TREATMENTS = ['RECORDED'] as const;
export type ClaimTreatment = (typeof CLAIM_TREATMENTS)[number];

/** A claim of a delivery confirmation, as the cooperative treated it. */
export class TreatedClaim {
  @IsPartnerId()
  shipmentId!: string;

  @IsIn(DELIVERY_CLAIM_REASONS)
  reason!: DeliveryClaimReason;

  @IsSizeClass()
  size!: SizeClass;

  @IsWhole(1)
  eggs!: number;

  @IsWhole(0)
  amountSatang!: number;

  @IsIn(CLAIM_TREATMENTS)
  treatment!: ClaimTreatment;
}

/** One shipped size as the buyer recounted it. */
export class RecountedSize {
  @IsSizeClass()
  size!: SizeClass;

  @IsWhole(1)
  shippedTrays!: number;

  @IsWhole(0)
  recountedTrays!: number;

  /** shippedTrays − recountedTrays. */
  @IsWhole(0)
  shortTrays!: number;
}

export const COOP_NOTICE_KINDS = ['ACCEPTED', 'REJECTED'] as const;
export type CoopNoticeKind = (typeof COOP_NOTICE_KINDS)[number];

/**
 * What a notice answers: a buyer's offer (`buyers.offers.v1`) or delivery confirmation (`buyers.deliveries.v1`); a
 * supplier's quote (`suppliers.quotes.v1`), delivery note (`suppliers.delivery-notes.v1`) or invoice
 * (`suppliers.invoices.v1`).
 */
export const COOP_NOTICE_SUBJECTS = ['OFFER', 'DELIVERY', 'QUOTE', 'DELIVERY_NOTE', 'INVOICE'] as const;
export type CoopNoticeSubject = (typeof COOP_NOTICE_SUBJECTS)[number];

/** The subjects a buyer's messages are (the notice names `buyerId`); the others are a supplier's (`supplierId`). */
export const BUYER_NOTICE_SUBJECTS: readonly CoopNoticeSubject[] = ['OFFER', 'DELIVERY'];

const ofBuyer = (o: CoopNoticeMessage) => BUYER_NOTICE_SUBJECTS.includes(o.subject) || o.buyerId !== undefined;
const ofSupplier = (o: CoopNoticeMessage) => !BUYER_NOTICE_SUBJECTS.includes(o.subject) || o.supplierId !== undefined;

/**
 * `coop.notices.v1`, key `negotiationId` (OFFER, QUOTE), `shipmentId` (DELIVERY), `contractId` (DELIVERY_NOTE) or
 * `invoiceId` (INVOICE): whether the cooperative took a partner's message. ACCEPTED is published from the
 * cooperative's log once the fact is recorded (also when the cooperative recorded it on the partner's behalf, then
 * without `inReplyTo`); REJECTED with the dead letter of the message, with the same code and reason.
 */
export class CoopNoticeMessage extends IntegrationMessage {
  @IsIn(COOP_NOTICE_KINDS)
  kind!: CoopNoticeKind;

  @IsIn(COOP_NOTICE_SUBJECTS)
  subject!: CoopNoticeSubject;

  /** OFFER, DELIVERY: the buyer. */
  @ValidateIf(ofBuyer)
  @IsPartnerId()
  buyerId?: string;

  /** QUOTE, DELIVERY_NOTE, INVOICE: the supplier. */
  @ValidateIf(ofSupplier)
  @IsPartnerId()
  supplierId?: string;

  /** The `messageId` of the partner's message this answers; absent when the fact was not recorded from a message. */
  @IsOptional()
  @MatchesPattern(MESSAGE_ID, { message: 'inReplyTo must be a message id: 1–128 letters, digits or "._:-"' })
  inReplyTo?: string;

  /** OFFER, QUOTE. */
  @IsOptional()
  @IsPartnerId()
  negotiationId?: string;

  /** QUOTE. */
  @IsOptional()
  @IsPartnerId()
  quoteId?: string;

  /** DELIVERY_NOTE, INVOICE: the contract; DELIVERY_NOTE: the delivery. */
  @IsOptional()
  @IsPartnerId()
  contractId?: string;

  @IsOptional()
  @IsPartnerId()
  deliveryId?: string;

  /** INVOICE. */
  @IsOptional()
  @IsPartnerId()
  invoiceId?: string;

  /** OFFER: the buyer's round id, and (ACCEPTED) its place in the negotiation. */
  @IsOptional()
  @IsPartnerId()
  roundId?: string;

  @IsOptional()
  @IsWhole(1, 1000)
  round?: number;

  /** DELIVERY. */
  @IsOptional()
  @IsPartnerId()
  shipmentId?: string;

  /** DELIVERY, ACCEPTED: the order shipped. */
  @IsOptional()
  @IsPartnerId()
  orderId?: string;

  /** DELIVERY, ACCEPTED: every shipped size as recounted, and each claim as the cooperative treated it. */
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => RecountedSize)
  recount?: RecountedSize[];

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TreatedClaim)
  claims?: TreatedClaim[];

  @IsOptional()
  @IsWhole(0)
  claimedSatang?: number;

  /** REJECTED: the `dlq-code` and `dlq-reason` of the dead letter. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  code?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
