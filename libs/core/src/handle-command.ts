import { createHmac, hash, randomBytes, randomUUID } from 'node:crypto';

import { type AggregateCache, sharedAggregateCache } from './aggregate-cache';
import type { Decider } from './decider';
import type { DomainEvent, EventEnvelope, EventMetadata } from './envelope';
import { ConcurrencyError, DuplicateEventId, IdempotencyKeyReused } from './errors';
import type { EventStore, ExpectedRevision } from './event-store.port';

/** Who asks, why, and once-only: carried into every event's metadata. */
export interface CommandContext {
  readonly actor: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  /** The same key twice on a stream appends once and answers the same. */
  readonly idempotencyKey?: string;
  /**
   * What the request was (`requestFingerprint`): with it, the key's events ids are derived from it too, and the key
   * sent again with another request is refused (`idempotency_key_reused`) instead of answered.
   */
  readonly requestFingerprint?: string;
  /**
   * The same request's fingerprint as ids were derived before installation keys (a bare SHA-256): a key first used
   * then and sent again now is still known for the same request. Only compared with the ids stored, never stored.
   */
  readonly formerRequestFingerprint?: string;
}

export interface HandleOptions {
  /** Business time of the fact, ISO 8601; defaults to the clock. */
  readonly occurredAt?: string;
  readonly schemaVersion?: number;
  /** How often to re-read and re-decide when another writer got there first. */
  readonly maxRetries?: number;
  readonly clock?: () => Date;
  /** Where folded streams are kept between commands; the process-wide cache by default. */
  readonly cache?: AggregateCache;
  /**
   * Read the stream before the first decision instead of deciding on the cached
   * fold unread (false, the default: the append's expected revision checks it).
   */
  readonly readFirst?: boolean;
}

export interface CommandResult<Event extends DomainEvent = DomainEvent> {
  readonly streamName: string;
  /** The events the command appended (or, for a repeated idempotency key, appended the first time). */
  readonly events: readonly EventEnvelope<Event>[];
  /** Revision of the stream after the command. */
  readonly revision: number;
  /** Global position of the command's last event (0 when it appended none). */
  readonly position: number;
  /** True when this answer repeats an earlier command with the same idempotency key. */
  readonly repeated: boolean;
}

/**
 * Decide on the stream's fold and append at the fold's revision; on a
 * concurrency conflict, read what was appended since, fold it and decide
 * again (bounded). The first decision is made on the fold the aggregate cache
 * holds, without reading the store — for a stream not cached, the initial
 * state of a new stream: an append at that revision succeeds only if the fold
 * was current, so a decision it lets through was made on the stream as it is,
 * and a new stream or a cached one costs no read (a stream is cached once read:
 * see AggregateCache). A refusal, a no-op or a
 * conflict from that first decision is not trusted: the stream is read and the
 * command decided again, as is an append the store answers as a retry of one
 * already stored (`retried`: a repeated idempotency key the fold did not know).
 * Decider errors from a decision on the read stream pass through untouched, and
 * nothing is written.
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  store: EventStore,
  streamName: string,
  decider: Decider<Command, Event, State>,
  command: Command,
  context: CommandContext,
  options: HandleOptions = {},
): Promise<CommandResult<Event>> {
  const maxRetries = options.maxRetries ?? 3;
  const clock = options.clock ?? (() => new Date());
  const cache = options.cache ?? sharedAggregateCache;
  // Unread, a repeated key is told from a new append only by the store's `retried`: without it, read first.
  let read = options.readFirst ?? (context.idempotencyKey !== undefined && store.reportsRetries !== true);
  for (let conflicts = 0; ;) {
    const folded = read ? await cache.load(store, streamName, decider) : cache.peek(store, streamName, decider);
    const { revision, state } = folded;
    // Events once appended never change: a key found in the fold is an answer even if the fold is behind.
    const earlier = context.idempotencyKey === undefined ? undefined : folded.keyed.get(context.idempotencyKey);
    if (earlier) {
      if (!sameRequest(earlier.events[0], streamName, context)) {
        throw new IdempotencyKeyReused('this Idempotency-Key was used for another request', { streamName });
      }
      const events = earlier.events as readonly EventEnvelope<Event>[];
      return { streamName, events, revision, position: earlier.position, repeated: true };
    }
    let events: readonly Event[];
    try {
      events = decider.decide(command, state);
    } catch (error) {
      if (read) throw error;
      read = true;
      continue;
    }
    if (events.length === 0) {
      if (!read) {
        read = true;
        continue;
      }
      return { streamName, events: [], revision, position: 0, repeated: false };
    }

    const envelopes = events.map((event, i) => envelope(event, i, streamName, context, options, clock));
    const expected: ExpectedRevision = revision < 0 ? 'no_stream' : revision;
    try {
      const result = await store.append(streamName, envelopes, expected);
      if (result.retried) {
        // Our event ids, derived from the key, were already stored: the command repeats an earlier one.
        if (!read) {
          read = true;
          continue; // the read finds the key, and answers with the events stored the first time
        }
        return { streamName, events: envelopes, revision, position: result.position, repeated: true };
      }
      cache.appended(store, streamName, decider, revision, envelopes, result);
      return {
        streamName,
        events: envelopes,
        revision: result.nextExpectedRevision,
        position: result.position,
        repeated: false,
      };
    } catch (error) {
      // Decided unread on the initial state, a repeated key can give fewer or more events than it gave the first
      // time: some of their ids are stored, not all, and the store refuses them as reused. Read, and it is answered.
      if (!read && error instanceof DuplicateEventId) {
        read = true;
        continue;
      }
      if (!(error instanceof ConcurrencyError) || conflicts >= maxRetries) throw error;
      conflicts += 1;
      read = true;
    }
  }
}

function envelope<Event extends DomainEvent>(
  event: Event,
  index: number,
  streamName: string,
  context: CommandContext,
  options: HandleOptions,
  clock: () => Date,
): EventEnvelope<Event> {
  const metadata: EventMetadata = {
    // A retried request with the same key produces the same event ids, so even a
    // duplicate that slips past the read above is stored once by the store.
    eventId: context.idempotencyKey === undefined ? randomUUID() : keyedEventId(streamName, context, index),
    schemaVersion: options.schemaVersion ?? 1,
    occurredAt: options.occurredAt ?? clock().toISOString(),
    actor: context.actor,
    correlationId: context.correlationId ?? randomUUID(),
    causationId: context.causationId ?? null,
    idempotencyKey: context.idempotencyKey ?? null,
  };
  return { type: event.type, data: event.data, metadata };
}

/**
 * Whether the store holds the events a keyed request (one with its fingerprint) appended when it was first carried
 * out: the id of its first event, derived from the stream, the key and the fingerprint. False when the store cannot
 * tell (no `hasEvent`), and for a request whose first run appended nothing or was stored before fingerprints.
 */
export async function carriedOutBefore(
  store: EventStore,
  streamName: string,
  context: CommandContext,
): Promise<boolean> {
  if (context.idempotencyKey === undefined || context.requestFingerprint === undefined || !store.hasEvent) return false;
  return store.hasEvent(streamName, keyedEventId(streamName, context, 0));
}

/**
 * The id of the `index`th event a keyed command appends: from the stream, the key and, when the context has one, the
 * request's fingerprint, so that the ids stored say which request the key was first used for. Every store keeps
 * event ids (KurrentDB included), so the fingerprint needs no column nor metadata field of its own.
 */
function keyedEventId(streamName: string, context: CommandContext, index: number): string {
  const { idempotencyKey, requestFingerprint } = context;
  return requestFingerprint === undefined
    ? deterministicId(`${streamName}\u0000${idempotencyKey}\u0000${index}`)
    : deterministicId(`${streamName}\u0000${idempotencyKey}\u0000${requestFingerprint}\u0000${index}`);
}

/**
 * Whether the events a key appended first were appended for this request. A context without a fingerprint, and
 * events stored without one (ids from the key alone, before fingerprints), are taken as the same request.
 */
function sameRequest(first: EventEnvelope | undefined, streamName: string, context: CommandContext): boolean {
  if (first === undefined || context.requestFingerprint === undefined) return true;
  const id = first.metadata.eventId;
  const former = context.formerRequestFingerprint;
  return (
    id === keyedEventId(streamName, context, 0) ||
    id === keyedEventId(streamName, { ...context, requestFingerprint: undefined }, 0) ||
    (former !== undefined && id === keyedEventId(streamName, { ...context, requestFingerprint: former }, 0))
  );
}

/**
 * Both fingerprints of a request (`requestFingerprint` under `key`, and the former bare one) from one canonical JSON
 * of it: a process manager's command takes both, and writing the JSON was most of their cost.
 */
export function requestFingerprints(
  key: Uint8Array,
  operation: unknown,
  input: unknown,
): { readonly requestFingerprint: string; readonly formerRequestFingerprint: string } {
  const json = canonicalJson([operation, input]);
  return {
    requestFingerprint: createHmac('sha256', key).update(json).digest('hex'),
    formerRequestFingerprint: hash('sha256', json),
  };
}

/** The bare SHA-256 fingerprint ids were derived from before installation keys (see `formerRequestFingerprint`). */
export function formerRequestFingerprint(operation: unknown, input: unknown): string {
  return hash('sha256', canonicalJson([operation, input]));
}

/**
 * HMAC-SHA-256, under the installation's `key`, of what a request asks for: which operation (e.g. its name and route)
 * and its input, as canonical JSON. Keyed because the input may hold personal data (a member's name and citizen id)
 * and the event ids derived from the fingerprint stay in the log for good: unkeyed, anyone holding the log could
 * test a guessed citizen id against them, even after the member's erasure. See REQUEST_FINGERPRINT_KEY.
 */
export function requestFingerprint(key: Uint8Array, operation: unknown, input: unknown): string {
  return createHmac('sha256', key)
    .update(canonicalJson([operation, input]))
    .digest('hex');
}

/**
 * The token the composition root binds the installation's key of request fingerprints to (a secret of the data
 * directory, kept across restarts: the same request sent again after a restart is known for the same). Unbound (a
 * test, a tool), the fingerprints are keyed by a random key of the process, never left unkeyed.
 */
export const REQUEST_FINGERPRINT_KEY = Symbol('RequestFingerprintKey');

/** The purpose the installation's key of request fingerprints is kept under (`PersonalDataVault.installationKey`). */
export const REQUEST_FINGERPRINT_KEY_PURPOSE = 'request-fingerprint';

let processKey: Uint8Array | undefined;

/** A random key of this process, for request fingerprints where no installation key is bound. */
export function processFingerprintKey(): Uint8Array {
  processKey ??= randomBytes(32);
  return processKey;
}

/**
 * JSON with every object's keys in sorted order. An object whose keys are in order already is written as it is, and
 * another is copied key by key: the entries arrays of each object were most of the fingerprint of a process
 * manager's command, a tenth of a catch-up's main thread with the HMAC (docs/benchmarks.md). The same text as before:
 * the event ids of stored keyed commands depend on it.
 */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const keys = Object.keys(v);
    let sorted = true;
    for (let i = 1; i < keys.length && sorted; i++) sorted = (keys[i - 1] as string) < (keys[i] as string);
    if (sorted) return v;
    keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const copy: Record<string, unknown> = {};
    for (const key of keys) {
      const value = (v as Record<string, unknown>)[key];
      // Defined, not assigned: an own `__proto__` key (JSON.parse makes one) stays a key instead of a prototype.
      if (key === '__proto__') Object.defineProperty(copy, key, { value, enumerable: true, writable: true });
      else copy[key] = value;
    }
    return copy;
  });
}

/** A UUID (version 8, name-based) from SHA-256 of the name. */
export function deterministicId(name: string): string {
  const hex = hash('sha256', name);
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Folds a stream into its current state, with the revision read (-1 when the stream is empty). */
export async function readState<Event extends DomainEvent, State>(
  store: EventStore,
  streamName: string,
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  cache: AggregateCache = sharedAggregateCache,
): Promise<{ state: State; revision: number }> {
  const { state, revision } = await cache.load(store, streamName, decider);
  return { state, revision };
}
