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
    value: { messageId: eventId, occurredAt, schemaVersion: 1, ...body },
    headers: {
      [HEADERS.messageId]: eventId,
      [HEADERS.messageType]: type,
      [HEADERS.schemaVersion]: '1',
      [HEADERS.correlationId]: correlationId,
    },
  };
}
