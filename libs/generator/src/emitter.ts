import type { DomainEvent, EventEnvelope, ExpectedRevision } from '@khai/event-sourcing';

import { isoOf } from './calendar';
import { hash32 } from './prng';

/** One append: events for one stream, at the revision the generator knows it has. */
export interface StreamAppend {
  readonly streamName: string;
  readonly expectedRevision: ExpectedRevision;
  readonly events: readonly EventEnvelope[];
}

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/**
 * Builds envelopes with deterministic metadata: event ids are UUID-shaped (version 8)
 * from a hash of the run's parameters and a running number, so the same seed and
 * options always give the same events, ids included; occurredAt is the business day
 * at 08:00 Asia/Bangkok (01:00 UTC).
 */
export class Emitter {
  private readonly revisions = new Map<string, number>();
  private readonly counts = new Map<string, number>();
  private sequence = 0;
  private readonly prefix: string;

  constructor(runKey: string) {
    const a = hash32(runKey);
    const b = hash32(`${runKey}\u0001`);
    this.prefix = `${hex(a, 8)}-${hex(b >>> 16, 4)}-8${hex(b & 0xfff, 3)}-`;
  }

  private nextId(): string {
    const n = this.sequence++;
    // Variant bits 10xx in the fourth group; the running number fills the rest (up to 2^60).
    const high = Math.floor(n / 2 ** 48);
    const low = n % 2 ** 48;
    return `${this.prefix}${hex(0x8000 | (high & 0x3fff), 4)}-${hex(low, 12)}`;
  }

  /** Envelopes for `events` appended to `streamName`, dated `day`. */
  emit(streamName: string, day: number, events: readonly DomainEvent[]): StreamAppend {
    const current = this.revisions.get(streamName) ?? -1;
    const occurredAt = `${isoOf(day)}T01:00:00.000Z`;
    const envelopes: EventEnvelope[] = [];
    let causationId: string | null = null;
    let correlationId = '';
    for (const event of events) {
      const eventId = this.nextId();
      if (correlationId === '') correlationId = eventId;
      envelopes.push({
        type: event.type,
        data: event.data,
        metadata: {
          eventId,
          schemaVersion: 1,
          occurredAt,
          actor: 'generator',
          correlationId,
          causationId,
          idempotencyKey: null,
        },
      });
      causationId = eventId;
      this.counts.set(event.type, (this.counts.get(event.type) ?? 0) + 1);
    }
    this.revisions.set(streamName, current + events.length);
    return { streamName, expectedRevision: current === -1 ? 'no_stream' : current, events: envelopes };
  }

  /** Events emitted so far, by type, sorted by type. */
  countsByType(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  streams(): number {
    return this.revisions.size;
  }

  events(): number {
    return this.sequence;
  }
}
