import { deterministicId, requestFingerprint } from '@khai/core';
import type { DomainEvent, EventEnvelope, EventMetadata, ExpectedRevision } from '@khai/event-sourcing';

import type { CommandPart, ProcessCommand } from './agenda';
import { isoOf } from './calendar';
import { hash32 } from './prng';

/** One append: events for one stream, at the revision the generator knows it has. */
export interface StreamAppend {
  readonly streamName: string;
  readonly expectedRevision: ExpectedRevision;
  readonly events: readonly EventEnvelope[];
}

/** The events process managers react to (libs/processes): their metadata is kept for the commands they cause. */
const CAUSES = new Set(['LotGraded', 'FeedDelivered', 'ShipmentPlanned', 'ShipmentDispatched', 'DeliveryConfirmed']);

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/**
 * Builds envelopes with deterministic metadata: event ids are UUID-shaped (version 8)
 * from a hash of the run's parameters and a running number, so the same seed and
 * options always give the same events, ids included; occurredAt is the business day
 * at 08:00 Asia/Bangkok (01:00 UTC). The events of a process manager's command get the
 * ids, actor, key, correlation and causation the platform's command would give them
 * (`handleCommand`, `commandContextFor`), from the metadata of the event that caused them.
 */
export class Emitter {
  private readonly revisions = new Map<string, number>();
  private readonly counts = new Map<string, number>();
  /** The metadata of events emitted so far, for the commands they cause (dropped with the event). */
  private readonly written = new WeakMap<object, EventMetadata>();
  private sequence = 0;
  private total = 0;
  private readonly prefix: string;

  /** `fingerprintKey`: the installation's key of request fingerprints (`requestFingerprint`). */
  constructor(
    runKey: string,
    private readonly fingerprintKey: Uint8Array,
  ) {
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

  /**
   * Envelopes for `events` appended to `streamName`, dated `day`; `commands` says which
   * command each run of events came from (default: one command of the generator's).
   */
  emit(
    streamName: string,
    day: number,
    events: readonly DomainEvent[],
    commands: readonly CommandPart[] = [{ count: events.length }],
  ): StreamAppend {
    const current = this.revisions.get(streamName) ?? -1;
    const occurredAt = `${isoOf(day)}T01:00:00.000Z`;
    const envelopes: EventEnvelope[] = [];
    let at = 0;
    for (const part of commands) {
      let causationId: string | null = null;
      let correlationId = '';
      for (let index = 0; index < part.count; index++) {
        const event = events[at++];
        if (event === undefined) throw new RangeError(`the commands of ${streamName} count more events than it has`);
        let metadata: EventMetadata;
        if (part.process) metadata = this.processMetadata(streamName, part.process, index, occurredAt);
        else {
          const eventId = this.nextId();
          if (correlationId === '') correlationId = eventId;
          metadata = {
            eventId,
            schemaVersion: 1,
            occurredAt,
            actor: 'generator',
            correlationId,
            causationId,
            idempotencyKey: null,
          };
          causationId = eventId;
        }
        if (CAUSES.has(event.type)) this.written.set(event, metadata);
        envelopes.push({ type: event.type, data: event.data, metadata });
        this.counts.set(event.type, (this.counts.get(event.type) ?? 0) + 1);
        this.total++;
      }
    }
    if (at !== events.length) throw new RangeError(`the commands of ${streamName} count fewer events than it has`);
    this.revisions.set(streamName, current + events.length);
    return { streamName, expectedRevision: current === -1 ? 'no_stream' : current, events: envelopes };
  }

  /** As `handleCommand` makes them for a process manager's keyed command (`commandContextFor`). */
  private processMetadata(
    streamName: string,
    command: ProcessCommand,
    index: number,
    occurredAt: string,
  ): EventMetadata {
    const cause = this.written.get(command.cause);
    if (!cause) throw new Error(`${command.process}: its cause (${command.cause.type}) was not written before it`);
    const idempotencyKey = `${command.process}:${cause.eventId}:${command.step}`;
    const fingerprint = requestFingerprint(
      this.fingerprintKey,
      [command.useCase.name, command.useCase.http?.path ?? null],
      command.input,
    );
    return {
      eventId: deterministicId(`${streamName}\u0000${idempotencyKey}\u0000${fingerprint}\u0000${index}`),
      schemaVersion: 1,
      occurredAt,
      actor: `process:${command.process}`,
      correlationId: cause.correlationId,
      causationId: cause.eventId,
      idempotencyKey,
    };
  }

  /** Events emitted so far, by type, sorted by type. */
  countsByType(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  streams(): number {
    return this.revisions.size;
  }

  events(): number {
    return this.total;
  }
}
