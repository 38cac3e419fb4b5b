import { HEADERS } from '@khai/contracts';

import type { OutboundMessage } from '../integration-bus.port';

/** What an outbound message is made from: the event's id (the message's), time and correlation. */
export interface OutboundOrigin {
  readonly eventId: string;
  readonly occurredAt: string;
  readonly correlationId: string;
}

/** An integration message: its body with the id, time and version, and the headers partners read without the body. */
export function outboundMessage(
  topic: string,
  key: string,
  type: string,
  { eventId, occurredAt, correlationId }: OutboundOrigin,
  body: object,
): OutboundMessage {
  return {
    topic,
    key,
    ...partnerOf(body),
    value: { messageId: eventId, occurredAt, schemaVersion: 1, ...body },
    headers: {
      [HEADERS.messageId]: eventId,
      [HEADERS.messageType]: type,
      [HEADERS.schemaVersion]: '1',
      [HEADERS.correlationId]: correlationId,
    },
  };
}

/** The partner a message is for, as its body names it: a buyer, a supplier, or a payment's partner. */
function partnerOf(body: object): { partner?: string } {
  const fields = body as { buyerId?: unknown; supplierId?: unknown; partnerId?: unknown };
  const partner = [fields.buyerId, fields.supplierId, fields.partnerId].find((v) => typeof v === 'string' && v !== '');
  return typeof partner === 'string' ? { partner } : {};
}
