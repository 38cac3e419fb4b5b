import { hash } from 'node:crypto';

import {
  BuyerDeliveryMessage,
  BuyerOfferMessage,
  type CoopNoticeMessage,
  type CoopPaymentMessage,
  HEADERS,
  type IntegrationMessage,
  SupplierDeliveryNoteMessage,
  SupplierInvoiceMessage,
  SupplierQuoteMessage,
  TOPICS,
  type TreatedClaim,
} from '@khai/contracts';
import type { RecordedEvent } from '@khai/event-sourcing';
import type { FeedContractAgreed, FeedDelivered, FeedInvoiceReceived, FeedQuoteReceived } from '@khai/feed';
import type {
  BuyerOfferReceived,
  DeliveryConfirmed,
  PaymentReceived,
  PriceNegotiationOpened,
  SalesOrderConfirmed,
  SalesOrderDispatchRecorded,
} from '@khai/sales';

import type { InboundMessage, OutboundMessage } from '../integration-bus.port';
import type { FirstEventReader } from './first-event-reader';
import { outboundMessage as outbound } from './outbound-message';

type Body<M> = Omit<M, 'messageId' | 'occurredAt' | 'schemaVersion'>;

/** The buyer's offer was taken: the round it became. */
export async function offerAccepted(
  event: RecordedEvent<BuyerOfferReceived>,
  streams: FirstEventReader,
): Promise<OutboundMessage> {
  const d = event.data;
  const opened = await streams.data<PriceNegotiationOpened['data']>(
    'pricenegotiation',
    d.negotiationId,
    'PriceNegotiationOpened',
  );
  return notice(event, d.negotiationId, {
    kind: 'ACCEPTED',
    subject: 'OFFER',
    buyerId: opened.buyerId,
    ...inReplyTo(event),
    negotiationId: d.negotiationId,
    roundId: d.roundId,
    round: d.round,
  });
}

/** The buyer's delivery confirmation was taken: its recount, and each claim as the cooperative treated it. */
export function deliveryAccepted(event: RecordedEvent<DeliveryConfirmed>): OutboundMessage {
  const d = event.data;
  return notice(event, d.shipmentId, {
    kind: 'ACCEPTED',
    subject: 'DELIVERY',
    buyerId: d.buyerId,
    ...inReplyTo(event),
    shipmentId: d.shipmentId,
    orderId: d.orderId,
    recount: d.recount.map((r) => ({
      size: r.size,
      shippedTrays: r.shippedTrays,
      recountedTrays: r.recountedTrays,
      shortTrays: r.shortTrays,
    })),
    claims: treated(d),
    claimedSatang: d.claimedSatang,
  });
}

/** The supplier's quote was taken, as one of the negotiation's quotes. */
export function quoteAccepted(event: RecordedEvent<FeedQuoteReceived>): OutboundMessage {
  const d = event.data;
  return notice(event, d.negotiationId, {
    kind: 'ACCEPTED',
    subject: 'QUOTE',
    supplierId: d.supplierId,
    ...inReplyTo(event),
    negotiationId: d.negotiationId,
    quoteId: d.quoteId,
  });
}

/** The supplier's delivery note was taken: the delivery is recorded against its contract (the note's key). */
export async function deliveryNoteAccepted(
  event: RecordedEvent<FeedDelivered>,
  streams: FirstEventReader,
): Promise<OutboundMessage> {
  const d = event.data;
  const contract = await streams.data<FeedContractAgreed['data']>('feedcontract', d.contractId, 'FeedContractAgreed');
  return notice(event, d.contractId, {
    kind: 'ACCEPTED',
    subject: 'DELIVERY_NOTE',
    supplierId: contract.supplierId,
    ...inReplyTo(event),
    contractId: d.contractId,
    deliveryId: d.deliveryId,
  });
}

/** The supplier's invoice was taken: it is recorded, to be paid by its due date (a REMITTANCE follows). */
export function invoiceAccepted(event: RecordedEvent<FeedInvoiceReceived>): OutboundMessage {
  const d = event.data;
  return notice(event, d.invoiceId, {
    kind: 'ACCEPTED',
    subject: 'INVOICE',
    supplierId: d.supplierId,
    ...inReplyTo(event),
    invoiceId: d.invoiceId,
    contractId: d.contractId,
  });
}

/**
 * A buyer's payment, and the order after it: its value, all paid on it, what is still owed, and the claims of its
 * deliveries confirmed before the payment, as the cooperative treated them. Read from the order's stream as it stood
 * at the payment, and from the shipments it knows as dispatched, before the payment's place in the log.
 */
export async function paymentReceipt(
  event: RecordedEvent<PaymentReceived>,
  streams: FirstEventReader,
): Promise<OutboundMessage> {
  const d = event.data;
  const order = await streams.upTo('salesorder', d.orderId, { toRevision: event.revision });
  const confirmed = order.find((e) => e.type === 'SalesOrderConfirmed')?.data as
    SalesOrderConfirmed['data'] | undefined;
  if (!confirmed) throw new Error(`salesorder-${d.orderId} has no confirmation before payment ${d.paymentId}`);
  const paidSatang = order
    .filter((e) => e.type === 'PaymentReceived')
    .reduce((sum, e) => sum + (e.data as PaymentReceived['data']).amountSatang, 0);
  const shipmentIds = [
    ...new Set(
      order
        .filter((e) => e.type === 'SalesOrderDispatchRecorded')
        .map((e) => (e.data as SalesOrderDispatchRecorded['data']).shipmentId),
    ),
  ];
  const claims: TreatedClaim[] = [];
  for (const shipmentId of shipmentIds) {
    const shipment = await streams.upTo('shipment', shipmentId, { before: event.position });
    const delivered = shipment.find((e) => e.type === 'DeliveryConfirmed')?.data as
      DeliveryConfirmed['data'] | undefined;
    if (delivered) claims.push(...treated(delivered));
  }
  const body: Body<CoopPaymentMessage> = {
    kind: 'RECEIPT',
    partnerId: d.buyerId,
    paymentId: d.paymentId,
    paidOn: d.paidOn,
    amountSatang: d.amountSatang,
    orderId: d.orderId,
    method: d.method,
    orderValueSatang: confirmed.valueSatang,
    paidSatang,
    outstandingSatang: confirmed.valueSatang - paidSatang,
    claims,
    claimedSatang: claims.reduce((sum, c) => sum + c.amountSatang, 0),
  };
  return outbound(TOPICS.coopPayments.name, d.orderId, 'CoopPaymentMessage', event.metadata, body);
}

/**
 * The notice of a buyer's offer or delivery confirmation, or of a supplier's quote, delivery note or invoice, that
 * was dead-lettered: its code and reason, in reply to its message id; none for a buyer's order or payment (the
 * cooperative's order or receipt answers those). Its id comes from where the message sat in its topic, so the same
 * record dead-lettered again (after a restart) gives the same notice, and a message sent again another.
 */
export function rejectionNotice(
  raw: InboundMessage,
  message: IntegrationMessage,
  code: string,
  reason: string,
): OutboundMessage | undefined {
  const common = { kind: 'REJECTED', inReplyTo: message.messageId, code, reason } as const;
  let key: string;
  let body: Body<CoopNoticeMessage>;
  if (message instanceof BuyerOfferMessage) {
    key = message.negotiationId;
    body = {
      ...common,
      subject: 'OFFER',
      buyerId: message.buyerId,
      negotiationId: message.negotiationId,
      roundId: message.roundId,
    };
  } else if (message instanceof BuyerDeliveryMessage) {
    key = message.shipmentId;
    body = { ...common, subject: 'DELIVERY', buyerId: message.buyerId, shipmentId: message.shipmentId };
  } else if (message instanceof SupplierQuoteMessage) {
    key = message.negotiationId;
    body = {
      ...common,
      subject: 'QUOTE',
      supplierId: message.supplierId,
      negotiationId: message.negotiationId,
      quoteId: message.quoteId,
    };
  } else if (message instanceof SupplierDeliveryNoteMessage) {
    key = message.contractId;
    body = {
      ...common,
      subject: 'DELIVERY_NOTE',
      supplierId: message.supplierId,
      contractId: message.contractId,
      deliveryId: message.deliveryId,
    };
  } else if (message instanceof SupplierInvoiceMessage) {
    key = message.invoiceId;
    body = {
      ...common,
      subject: 'INVOICE',
      supplierId: message.supplierId,
      invoiceId: message.invoiceId,
      contractId: message.contractId,
    };
  } else {
    return undefined;
  }
  // On per-partner topics, the partner's topic: two partners' topics have records at the same places.
  const where = `${raw.partner === undefined ? '' : `partners.${raw.partner}.in.`}${raw.topic}/${raw.partition}/${raw.offset}`;
  const id = `notice:${hash('sha256', where, 'base64url').slice(0, 43)}`;
  const metadata = {
    eventId: id,
    occurredAt: new Date().toISOString(),
    correlationId: raw.headers[HEADERS.correlationId] ?? message.messageId,
  };
  return outbound(TOPICS.coopNotices.name, key, 'CoopNoticeMessage', metadata, body);
}

function treated(d: DeliveryConfirmed['data']): TreatedClaim[] {
  return d.claims.map((c) => ({
    shipmentId: d.shipmentId,
    reason: c.reason,
    size: c.size,
    eggs: c.eggs,
    amountSatang: c.amountSatang,
    treatment: 'RECORDED',
  }));
}

/** The partner message an event was recorded from, when it was (over Kafka its causation is the message id). */
function inReplyTo(event: RecordedEvent): { inReplyTo?: string } {
  const { actor, causationId } = event.metadata;
  const fromMessage = actor.startsWith('partner:') || actor.startsWith('kafka:');
  return fromMessage && causationId ? { inReplyTo: causationId } : {};
}

function notice(event: RecordedEvent, key: string, body: Body<CoopNoticeMessage>): OutboundMessage {
  return outbound(TOPICS.coopNotices.name, key, 'CoopNoticeMessage', event.metadata, body);
}
