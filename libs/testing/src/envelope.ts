import { randomUUID } from 'node:crypto';

import type { EventEnvelope, EventMetadata } from '@khai/event-sourcing';

/** An envelope with test metadata, for appending events directly in tests. */
export function testEnvelope(type: string, data: unknown, metadata: Partial<EventMetadata> = {}): EventEnvelope {
  const eventId = metadata.eventId ?? randomUUID();
  return {
    type,
    data,
    metadata: {
      eventId,
      schemaVersion: 1,
      occurredAt: '2026-11-24T08:00:00.000Z',
      actor: 'test',
      correlationId: eventId,
      causationId: null,
      idempotencyKey: null,
      ...metadata,
    },
  };
}
