import { randomUUID } from 'node:crypto';

import { TOPICS } from '@khai/contracts';

import type { InboundMessage, OutboundMessage } from '../integration-bus.port';

/** Partner messages as a buyer's or supplier's system would publish them (tests, benchmark). */

const now = () => new Date().toISOString();

export function buyerOffer(negotiationId: string, roundId: string, over: Record<string, unknown> = {}) {
  return {
    messageId: randomUUID(),
    occurredAt: now(),
    schemaVersion: 1,
    kind: 'OFFER',
    buyerId: 'B-makro-cm',
    negotiationId,
    roundId,
    offeredOn: '2026-10-02',
    prices: [{ size: 2, satangPerEgg: 340 }],
    eggsPerWeek: 36_000,
    ...over,
  };
}

export function buyerOrder(orderId: string, over: Record<string, unknown> = {}) {
  return {
    messageId: randomUUID(),
    occurredAt: now(),
    schemaVersion: 1,
    buyerId: 'B-makro-cm',
    orderId,
    orderedOn: '2026-11-20',
    deliveryOn: '2026-11-26',
    lines: [{ size: 2, trays: 66, satangPerEgg: 365 }],
    ...over,
  };
}

export function buyerPayment(orderId: string, paymentId: string, over: Record<string, unknown> = {}) {
  return {
    messageId: randomUUID(),
    occurredAt: now(),
    schemaVersion: 1,
    buyerId: 'B-makro-cm',
    orderId,
    paymentId,
    paidOn: '2026-11-30',
    amountSatang: 100_000,
    method: 'TRANSFER',
    ...over,
  };
}

export function buyerDelivery(shipmentId: string, over: Record<string, unknown> = {}) {
  return {
    messageId: randomUUID(),
    occurredAt: now(),
    schemaVersion: 1,
    buyerId: 'B-makro-cm',
    shipmentId,
    deliveredOn: '2026-11-26',
    recount: [{ size: 2, trays: 66 }],
    claims: [],
    ...over,
  };
}

export function supplierQuote(negotiationId: string, quoteId: string, over: Record<string, unknown> = {}) {
  return {
    messageId: randomUUID(),
    occurredAt: now(),
    schemaVersion: 1,
    supplierId: 'SUP-CPF',
    negotiationId,
    quoteId,
    pricePerKgSatang: 1450,
    volumeKg: 100_000,
    quotedOn: '2026-10-05',
    ...over,
  };
}

export function supplierDeliveryNote(contractId: string, deliveryId: string, over: Record<string, unknown> = {}) {
  return {
    messageId: randomUUID(),
    occurredAt: now(),
    schemaVersion: 1,
    supplierId: 'SUP-CPF',
    contractId,
    deliveryId,
    farmId: 'F-001',
    memberId: 'M-001',
    feedType: 'LAYER_COMPLETE',
    kg: 2000,
    deliveredOn: '2026-11-03',
    ...over,
  };
}

export function supplierInvoice(contractId: string, invoiceId: string, over: Record<string, unknown> = {}) {
  return {
    messageId: randomUUID(),
    occurredAt: now(),
    schemaVersion: 1,
    supplierId: 'SUP-CPF',
    invoiceId,
    contractId,
    contractPricePerKgSatang: 1450,
    deliveryIds: ['D-1'],
    invoicedOn: '2026-11-05',
    dueOn: '2026-12-05',
    lines: [{ deliveryId: 'D-1', kg: 2000, pricePerKgSatang: 1450, amountSatang: 2_900_000 }],
    vatSatang: 203_000,
    totalSatang: 3_103_000,
    ...over,
  };
}

const KEYS: Record<string, string> = Object.fromEntries(Object.values(TOPICS).map((t) => [t.name, t.key]));

/** Wraps a message body for a topic, keyed as the topic requires, with the `message-id` header. */
export function onTopic(topic: string, body: Record<string, unknown>, key?: string | null): OutboundMessage {
  const field = KEYS[topic] ?? '';
  return {
    topic,
    key: key === undefined ? String(body[field]) : key,
    value: body,
    headers: { 'message-id': String(body.messageId) },
  };
}

let offset = 0;

/** A message as the consumer hands it to the pipeline: the body's bytes, keyed and with its `message-id` header. */
export function received(
  topic: string,
  body: Record<string, unknown>,
  over: Partial<InboundMessage> = {},
): InboundMessage {
  const { key, headers } = onTopic(topic, body);
  return {
    topic,
    partition: 0,
    offset: String(offset++),
    key,
    value: Buffer.from(JSON.stringify(body)),
    headers,
    ...over,
  };
}
