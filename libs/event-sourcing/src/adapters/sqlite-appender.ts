import type Database from 'better-sqlite3';

import type { EventEnvelope } from '../envelope';
import { ConcurrencyError, DuplicateEventId } from '../errors';
import { type AppendResult, describeExpected, type ExpectedRevision, expectedRevisionHolds } from '../event-store.port';
import { answerRetriedAppend, type StoredEventRef } from './retried-append';
import { type InsertValues, SQLITE_INSERT_EVENT, sqliteEventRow } from './sqlite-schema';

/** One append as the writer commits it. */
export interface AppendRequest {
  readonly streamName: string;
  readonly events: readonly EventEnvelope[];
  readonly expected: ExpectedRevision;
}

/**
 * The write half of the SQLite event store: commits a group of appends in one
 * transaction (one fsync for all of them), each checked and applied on its own
 * (a savepoint each), so one writer's conflict never fails another's append.
 * Used on the store's own connection, or on a writer thread's (see
 * `SqliteEventStoreOptions.writerThread`).
 */
export class SqliteAppender {
  private readonly currentRevision: Database.Statement<[string], { revision: number }>;
  private readonly findEventId: Database.Statement<[string], { stream: string; revision: number; position: number }>;
  private readonly insert: Database.Statement<InsertValues>;
  private readonly commitGroup: Database.Transaction<(group: readonly AppendRequest[]) => Array<AppendResult | Error>>;
  private readonly appendOne: Database.Transaction<(append: AppendRequest) => AppendResult>;
  private readonly appendOptimistic: Database.Transaction<(append: AppendRequest) => AppendResult>;

  constructor(db: Database.Database) {
    this.currentRevision = db.prepare('SELECT revision FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1');
    this.findEventId = db.prepare('SELECT stream, revision, position FROM events WHERE event_id = ?');
    this.insert = db.prepare(SQLITE_INSERT_EVENT);
    this.appendOne = db.transaction((append: AppendRequest) => this.write(append));
    this.appendOptimistic = db.transaction(({ streamName, events, expected }: AppendRequest) => {
      const current = expected === 'no_stream' ? -1 : (this.currentRevision.get(streamName)?.revision ?? -1);
      if (!expectedRevisionHolds(expected, current)) throw STALE_EXPECTATION;
      return this.insertFrom(streamName, current, events);
    });
    this.commitGroup = db.transaction((group: readonly AppendRequest[]) =>
      group.map((append) => {
        try {
          return this.appendOne(append);
        } catch (error) {
          return error instanceof Error ? error : new Error(String(error));
        }
      }),
    );
  }

  /** Commits the group (BEGIN IMMEDIATE): each append's result or error, in order. Throws if the commit fails. */
  commit(group: readonly AppendRequest[]): Array<AppendResult | Error> {
    return this.commitGroup.immediate(group);
  }

  /**
   * The usual append asks nothing first: it inserts, and the unique indexes
   * object to a revision already taken (for `no_stream`, the stream's first
   * revision) or an event id already stored (a retried append). On an
   * objection, or an expected revision that does not hold, the savepoint undoes
   * the inserts and the append is made again with every check first
   * (`writeChecked`), which gives the same answer as always. A new stream thus
   * costs one statement per event instead of three.
   */
  private write(append: AppendRequest): AppendResult {
    try {
      return this.appendOptimistic(append);
    } catch (error) {
      if (error !== STALE_EXPECTATION && !isUniqueViolation(error)) throw error;
    }
    return this.writeChecked(append);
  }

  private insertFrom(streamName: string, current: number, events: readonly EventEnvelope[]): AppendResult {
    let position = 0;
    let revision = current;
    for (const event of events) {
      revision += 1;
      const info = this.insert.run(...sqliteEventRow(streamName, revision, event));
      position = Number(info.lastInsertRowid);
    }
    return { nextExpectedRevision: revision, position };
  }

  /** The append with every check made first: what an objection from the indexes falls back to. */
  private writeChecked({ streamName, events, expected }: AppendRequest): AppendResult {
    const ids = events.map((e) => e.metadata.eventId);
    if (ids.length > 0 && this.findEventId.get(ids[0] as string) !== undefined) {
      return answerRetriedAppend(
        streamName,
        ids,
        ids.map((id) => this.lookup(id)),
      );
    }
    const current = this.currentRevision.get(streamName)?.revision ?? -1;
    if (!expectedRevisionHolds(expected, current)) {
      throw new ConcurrencyError(streamName, describeExpected(expected), String(current));
    }
    return this.insertFrom(streamName, current, events);
  }

  private lookup(eventId: string): StoredEventRef | undefined {
    const row = this.findEventId.get(eventId);
    return row && { streamName: row.stream, revision: row.revision, position: row.position };
  }
}

/** An append's error as it crosses from the writer thread: plain data. */
export interface WireError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly details?: Record<string, unknown>;
}

export function toWire(error: Error): WireError {
  const { code, details } = error as Error & { code?: unknown; details?: Record<string, unknown> };
  return { name: error.name, message: error.message, code: typeof code === 'string' ? code : undefined, details };
}

/** The error again, as the store's own classes: a conflict is a `ConcurrencyError` on either side of the thread. */
export function fromWire(wire: WireError): Error {
  const details = wire.details ?? {};
  if (wire.name === ConcurrencyError.name) {
    return new ConcurrencyError(String(details.streamName), String(details.expected), String(details.actual));
  }
  if (wire.name === DuplicateEventId.name) return new DuplicateEventId(wire.message, details);
  return Object.assign(new Error(wire.message), wire.code === undefined ? {} : { code: wire.code });
}

/** Thrown inside the optimistic append's savepoint to undo it: the expected revision does not hold. */
const STALE_EXPECTATION = new Error('expected revision does not hold');

/** A unique index objected: a revision of the stream, or an event id, is taken. */
function isUniqueViolation(error: unknown): boolean {
  // By its code alone, no `instanceof`: the native addon makes its errors with the classes (and the realm's
  // `Error`) of the context that loaded it first, which under jest is not every test file's.
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}
