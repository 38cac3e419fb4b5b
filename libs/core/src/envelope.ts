/** What a decider emits: a past-tense type and its data. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

export interface EventMetadata {
  readonly eventId: string;
  readonly schemaVersion: number;
  /** When the fact happened in the business, ISO 8601. */
  readonly occurredAt: string;
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly idempotencyKey: string | null;
}

/** An event as it is appended: `{ type, data, metadata }`. */
export interface EventEnvelope<E extends DomainEvent = DomainEvent> {
  readonly type: E['type'];
  readonly data: E['data'];
  readonly metadata: EventMetadata;
}

/** An event as it is read back from the store. */
export interface RecordedEvent<E extends DomainEvent = DomainEvent> extends EventEnvelope<E> {
  readonly streamName: string;
  /** Zero-based position of the event in its stream. */
  readonly revision: number;
  /** Position in the global log ($all); strictly increasing, never reused. */
  readonly position: number;
}

/** Stream names are `<category>-<id>`; the category never holds a hyphen. */
export function streamName(category: string, id: string): string {
  if (!/^[a-z][a-zA-Z0-9]*$/.test(category)) throw new Error(`invalid stream category "${category}"`);
  if (id.length === 0) throw new Error('stream id must not be empty');
  return `${category}-${id}`;
}

export function streamCategory(name: string): string {
  const dash = name.indexOf('-');
  return dash < 0 ? name : name.slice(0, dash);
}

export function streamId(name: string): string {
  const dash = name.indexOf('-');
  return dash < 0 ? '' : name.slice(dash + 1);
}
