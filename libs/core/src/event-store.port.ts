import type { EventEnvelope, RecordedEvent } from './envelope';
import type { EventStoreFailed } from './errors';

/**
 * What the writer believes about the stream: a revision number (the last event's
 * revision), or one of the named states.
 */
export type ExpectedRevision = number | 'no_stream' | 'stream_exists' | 'any';

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  readonly nextExpectedRevision: number;
  /** Global position of the last appended event. */
  readonly position: number;
  /**
   * True when every event id was already stored, in this stream and order: the answer repeats an earlier append
   * and nothing was written. Set by the stores that say `reportsRetries`.
   */
  readonly retried?: boolean;
}

export interface ReadStreamOptions {
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position; omit to read from the start. */
  readonly after?: number;
  readonly maxCount: number;
}

/** An idempotency key found in the log, and the position of the event that carries it. */
export interface KeyedPosition {
  readonly key: string;
  readonly position: number;
}

export type EventHandler = (event: RecordedEvent) => void | Promise<void>;

export interface SubscribeOptions {
  /** Exclusive checkpoint: the position of the last event already handled. */
  readonly after?: number;
  readonly batchSize?: number;
  /**
   * Only events of these types are handed to the handler; the others are passed over (a store may leave them unread
   * and undecoded), and `onCheckpoint` says how far the subscription has read. Omit for every event.
   */
  readonly eventTypes?: ReadonlySet<string>;
  /**
   * With `eventTypes`: called with a position the subscription has read up to, once the handler has had every
   * matching event up to it — at least after each page read and when caught up, so that a subscriber's checkpoint
   * can move past events it passes over (as KurrentDB's `checkpointReached` of a filtered subscription).
   */
  readonly onCheckpoint?: (position: number) => void | Promise<void>;
}

export interface Subscription {
  /** Resolves when the subscription has stopped; rejects with the handler's error. */
  readonly done: Promise<void>;
  /** Position of the last event handed to the handler (or, with `eventTypes`, passed over). */
  readonly position: () => number | undefined;
  /** True once every event that existed has been delivered (caught up, now live). */
  readonly isLive: () => boolean;
  stop(): Promise<void>;
}

/**
 * The event store port. Appends are atomic per call and checked against the
 * expected revision; event ids are unique within a stream (as in KurrentDB), so
 * retrying an append with the same ids stores the events once and answers the
 * same result. Another stream may hold the same id: it is not a retry there.
 */
export interface EventStore {
  /**
   * True when `append` marks a retried append (`AppendResult.retried`). A store that cannot tell (KurrentDB answers
   * a retry as it answered the first write) leaves it unset, and commands with an idempotency key then read their
   * stream before deciding (see handleCommand).
   */
  readonly reportsRetries?: boolean;
  append(
    streamName: string,
    events: readonly EventEnvelope[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult>;
  readStream(streamName: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /**
   * Whether the stream holds an event of this id: how a request with an idempotency key is found carried out
   * before its checks run (runUseCase). A store without it (KurrentDB) has the checks run again on a repeat.
   */
  hasEvent?(streamName: string, eventId: string): Promise<boolean>;
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  /**
   * The idempotency keys of the events `actors` appended at positions after `after` and up to `upTo`, with the
   * position of each (committed events, synced or not, as `hasEvent` finds them), in log order: how process managers
   * catching up on a log they handled before (a checkpoint lost or reset, a backup restored, generated years) find
   * the commands they sent without sending each again to be answered as a repeat (ProcessManagerRunner). A store
   * without it (KurrentDB) has them sent again.
   */
  idempotencyKeys?(actors: ReadonlySet<string>, after: number, upTo: number): Promise<readonly KeyedPosition[]>;
  /** Catch-up subscription to $all: from the checkpoint, in order, then live. */
  subscribeToAll(handler: EventHandler, options?: SubscribeOptions): Subscription;
  /** Position of the last event in the log, or 0 when empty. */
  headPosition(): Promise<number>;
  /**
   * Runs `work` with its appends answered once committed rather than once synced to disk, where the store syncs
   * after committing (`SqliteEventStore`'s `syncOn: 'pool'`); `synced` then waits for them. For a caller that
   * records its own progress only after `synced` (a process manager's checkpoint), so a crash repeats its work.
   */
  answeringBeforeSync?<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves once every append committed so far is durable (see `answeringBeforeSync`). */
  synced?(): Promise<void>;
  /** Why the store takes no more appends until it is restarted, if it has failed so (`EventStoreFailed`). */
  failure?(): EventStoreFailed | undefined;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EventStore');

export function describeExpected(expected: ExpectedRevision): string {
  return typeof expected === 'number' ? String(expected) : expected;
}

/** Checks an expected revision against the stream's current one (-1 = no stream). */
export function expectedRevisionHolds(expected: ExpectedRevision, current: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === -1;
    case 'stream_exists':
      return current >= 0;
    default:
      return current === expected;
  }
}
