import { BuyerDeliveryMessage, BuyerOfferMessage, BuyerOrderMessage, BuyerPaymentMessage } from './buyers.messages';
import {
  CoopFeedOrderMessage,
  CoopOfferMessage,
  CoopOrderMessage,
  CoopPaymentMessage,
  CoopShipmentMessage,
} from './coop.messages';
import { CoopNoticeMessage } from './coop-notices.messages';
import type { IntegrationMessage } from './integration-message';
import { SupplierDeliveryNoteMessage, SupplierInvoiceMessage, SupplierQuoteMessage } from './suppliers.messages';

export type MessageClass = new () => IntegrationMessage;

export interface TopicSpec {
  /** `<domain>.<name>.v<major>`; a breaking change is a new topic. */
  readonly name: string;
  /** inbound: partners publish, the cooperative consumes; outbound: the reverse. */
  readonly direction: 'inbound' | 'outbound';
  readonly partner: 'buyer' | 'supplier' | 'buyer+supplier';
  /** The message field that is the Kafka key: one negotiation's, order's or contract's messages stay in order. */
  readonly key: string;
  readonly message: MessageClass;
}

/** Every topic of the partner integration. Dead letters go to `<name>.dlq` (see `deadLetterTopic`). */
export const TOPICS = {
  buyerOffers: {
    name: 'buyers.offers.v1',
    direction: 'inbound',
    partner: 'buyer',
    key: 'negotiationId',
    message: BuyerOfferMessage,
  },
  buyerOrders: {
    name: 'buyers.orders.v1',
    direction: 'inbound',
    partner: 'buyer',
    key: 'orderId',
    message: BuyerOrderMessage,
  },
  buyerDeliveries: {
    name: 'buyers.deliveries.v1',
    direction: 'inbound',
    partner: 'buyer',
    key: 'shipmentId',
    message: BuyerDeliveryMessage,
  },
  buyerPayments: {
    name: 'buyers.payments.v1',
    direction: 'inbound',
    partner: 'buyer',
    key: 'orderId',
    message: BuyerPaymentMessage,
  },
  supplierQuotes: {
    name: 'suppliers.quotes.v1',
    direction: 'inbound',
    partner: 'supplier',
    key: 'negotiationId',
    message: SupplierQuoteMessage,
  },
  supplierDeliveryNotes: {
    name: 'suppliers.delivery-notes.v1',
    direction: 'inbound',
    partner: 'supplier',
    key: 'contractId',
    message: SupplierDeliveryNoteMessage,
  },
  supplierInvoices: {
    name: 'suppliers.invoices.v1',
    direction: 'inbound',
    partner: 'supplier',
    key: 'invoiceId',
    message: SupplierInvoiceMessage,
  },
  coopOffers: {
    name: 'coop.offers.v1',
    direction: 'outbound',
    partner: 'buyer',
    key: 'negotiationId',
    message: CoopOfferMessage,
  },
  coopOrders: {
    name: 'coop.orders.v1',
    direction: 'outbound',
    partner: 'buyer',
    key: 'orderId',
    message: CoopOrderMessage,
  },
  coopShipments: {
    name: 'coop.shipments.v1',
    direction: 'outbound',
    partner: 'buyer',
    key: 'shipmentId',
    message: CoopShipmentMessage,
  },
  coopFeedOrders: {
    name: 'coop.feed-orders.v1',
    direction: 'outbound',
    partner: 'supplier',
    key: 'contractId',
    message: CoopFeedOrderMessage,
  },
  coopPayments: {
    name: 'coop.payments.v1',
    direction: 'outbound',
    partner: 'buyer+supplier',
    key: 'orderId (RECEIPT) or invoiceId (REMITTANCE)',
    message: CoopPaymentMessage,
  },
  coopNotices: {
    name: 'coop.notices.v1',
    direction: 'outbound',
    partner: 'buyer+supplier',
    key: 'negotiationId (OFFER, QUOTE), shipmentId (DELIVERY), contractId (DELIVERY_NOTE) or invoiceId (INVOICE)',
    message: CoopNoticeMessage,
  },
} as const satisfies Record<string, TopicSpec>;

export type TopicKey = keyof typeof TOPICS;

export const INBOUND_TOPICS: readonly TopicSpec[] = Object.values(TOPICS).filter((t) => t.direction === 'inbound');
export const OUTBOUND_TOPICS: readonly TopicSpec[] = Object.values(TOPICS).filter((t) => t.direction === 'outbound');

/** Where a topic's unprocessable messages go, with the reason in headers. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}

/** A partner on per-partner topics: its id (as its messages name it) and which topics it has. */
export interface TopicPartner {
  readonly id: string;
  readonly kind: 'buyer' | 'supplier';
}

/** A partner id that can be part of a topic name (no `.`: the name is split on it). */
export const TOPIC_PARTNER_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * A topic of one partner's, where the broker's ACLs let only that partner's principal write (`in`: its messages to
 * the cooperative) or read (`out`: the cooperative's messages to it, and the dead letters of its own messages):
 * `partners.<partnerId>.in.buyers.orders.v1`, `partners.<partnerId>.out.coop.orders.v1`,
 * `partners.<partnerId>.out.buyers.orders.v1.dlq`.
 */
export function partnerTopic(partnerId: string, direction: 'in' | 'out', topic: string): string {
  return `partners.${partnerId}.${direction}.${topic}`;
}

/** The partner, direction and topic of a per-partner topic's name; undefined for any other name. */
export function parsePartnerTopic(
  name: string,
): { readonly partnerId: string; readonly direction: 'in' | 'out'; readonly topic: string } | undefined {
  const match = /^partners\.([A-Za-z0-9_-]{1,100})\.(in|out)\.(.+)$/.exec(name);
  if (!match?.[1] || !match[3]) return undefined;
  return { partnerId: match[1], direction: match[2] === 'in' ? 'in' : 'out', topic: match[3] };
}

/** Whether a partner of `kind` has a topic (or dead-letter topic) of this name: buyers the buyers' ones, and so on. */
export function topicServes(topic: string, kind: TopicPartner['kind']): boolean {
  const spec = BY_NAME.get(topic.endsWith('.dlq') ? topic.slice(0, -'.dlq'.length) : topic);
  return spec !== undefined && spec.partner.split('+').includes(kind);
}

const BY_NAME: ReadonlyMap<string, TopicSpec> = new Map(Object.values(TOPICS).map((t) => [t.name, t]));

/** The topic of a name (each message asks: a map, not a search). */
export function topicSpec(name: string): TopicSpec | undefined {
  return BY_NAME.get(name);
}

/** Header names, lowercase. */
export const HEADERS = {
  messageId: 'message-id',
  correlationId: 'correlation-id',
  messageType: 'message-type',
  schemaVersion: 'schema-version',
  dlqReason: 'dlq-reason',
  dlqCode: 'dlq-code',
  dlqOriginalTopic: 'dlq-original-topic',
  dlqOriginalPartition: 'dlq-original-partition',
  dlqOriginalOffset: 'dlq-original-offset',
} as const;
