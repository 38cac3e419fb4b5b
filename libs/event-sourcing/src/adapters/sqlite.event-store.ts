import { AsyncLocalStorage } from 'node:async_hooks';
import { closeSync, fdatasync, fsyncSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

import type { EventEnvelope, RecordedEvent } from '@khai/core';
import { ConcurrencyError, EventStoreFailed } from '@khai/core';
import {
  type AppendResult,
  describeExpected,
  type EventHandler,
  type EventStore,
  type ExpectedRevision,
  expectedRevisionHolds,
  type KeyedPosition,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeOptions,
  type Subscription,
} from '@khai/core';
import Database from 'better-sqlite3';

import { AppendSignal, catchUpSubscription, type FilteredPage } from './catch-up-subscription';
import { answerRetriedAppend, type StoredEventRef } from './retried-append';
import { WalCheckpointThread } from './wal-checkpoint-thread';

export interface SqliteEventStoreOptions {
  /** File path, or ':memory:'. */
  readonly filename: string;
  /** SQLite `synchronous`: FULL (the default) fsyncs every commit; NORMAL may lose the last commits on power loss. */
  readonly synchronous?: 'FULL' | 'NORMAL';
  /** How often a caught-up subscription looks for appends made by other processes. */
  readonly pollMs?: number;
  /**
   * The append signal of the store that writes this file on another thread (its `appendSignal`): this store's
   * subscriptions then wake on that store's commits instead of waiting for a poll.
   */
  readonly signal?: SharedArrayBuffer;
  /** Most appends committed together in one transaction. */
  readonly maxGroupSize?: number;
  /**
   * Checkpoint the WAL on a thread of its own (`WalCheckpointThread`) rather than
   * inside a commit: appends no longer stall behind one. Off by default (a thread per store);
   * the platform turns it on.
   */
  readonly checkpointThread?: boolean;
  /**
   * Where a commit at synchronous FULL is made durable. `'commit'` (the default): SQLite syncs the WAL inside each
   * commit, on the calling thread, which waits on the disk. `'pool'`: the connection commits at NORMAL, and the
   * store then syncs the WAL (`fdatasync`) on libuv's thread pool — one sync for all that was committed since the
   * last one began — and only once it is done answers those appends and lets readers of `$all` see their events
   * (`readAll`, `headPosition`, subscriptions, and other threads' stores given this store's `appendSignal`): the
   * event loop goes on with the next commits while the disk works, and nothing a power loss could take back is
   * acknowledged or handed to a projection or a partner. `readStream` sees every commit, so that a command can build
   * on one not yet synced (its own append is then answered after that one's sync). A failed sync fails the store:
   * from then on it refuses appends, as it cannot tell what the disk holds. Only with FULL and a file.
   */
  readonly syncOn?: 'commit' | 'pool';
  /** The sync made with `syncOn: 'pool'`, given the WAL's descriptor; `fdatasync` unless a test puts in faults. */
  readonly syncWal?: (fd: number) => Promise<void>;
}

interface Answer {
  readonly append: PendingAppend;
  readonly result: AppendResult;
}

interface PendingAppend {
  readonly streamName: string;
  readonly events: readonly EventEnvelope[];
  readonly expected: ExpectedRevision;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
  /** Answered once committed, before its sync (`answeringBeforeSync`). */
  readonly early: boolean;
}

type Row = [
  position: number,
  stream: string,
  revision: number,
  type: string,
  data: string,
  eventId: string,
  schemaVersion: number,
  occurredAt: string,
  actor: string,
  correlationId: string,
  causationId: string | null,
  idempotencyKey: string | null,
];

const COLUMNS =
  'position, stream, revision, type, data, event_id, schema_version, occurred_at, actor, correlation_id, causation_id, idempotency_key';

export const SQLITE_INSERT_EVENT = `INSERT INTO events (stream, revision, type, data, event_id, schema_version, occurred_at, actor, correlation_id, causation_id, idempotency_key)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Events after a position, up to a last visible position, in order: (after, upTo, maxCount). */
export const SQLITE_SELECT_ALL = `SELECT ${COLUMNS} FROM events WHERE position > ? AND position <= ? ORDER BY position LIMIT ?`;

/**
 * The same, of the types in a JSON array only: (after, upTo, types, maxCount). SQLite passes over the other rows
 * without making strings of their columns, which a read of every row spends most of its time on.
 */
const SQLITE_SELECT_TYPES = `SELECT ${COLUMNS} FROM events WHERE position > ? AND position <= ? AND type IN (SELECT value FROM json_each(?)) ORDER BY position LIMIT ?`;

type InsertValues = [
  string,
  number,
  string,
  string,
  string,
  number,
  string,
  string,
  string,
  string | null,
  string | null,
];

/** The row values of one event, in SQLITE_INSERT_EVENT's order. */
export function sqliteEventRow(streamName: string, revision: number, event: EventEnvelope): InsertValues {
  const m = event.metadata;
  return [
    streamName,
    revision,
    event.type,
    JSON.stringify(event.data),
    m.eventId,
    m.schemaVersion,
    m.occurredAt,
    m.actor,
    m.correlationId,
    m.causationId,
    m.idempotencyKey,
  ];
}

// Metadata lives in columns, not JSON: building it from columns is several times
// cheaper than parsing it, and decoding dominates a catch-up read.
// Event ids are unique within a stream, as in KurrentDB, and indexed after the stream name:
// a log-wide index of random UUIDs dirtied one index page per event, and its WAL writes
// tripled an insert's cost (36–46 µs against 13–15 µs, docs/benchmarks.md). Files made
// before keep working: the log-wide index is replaced on open.
export const SQLITE_EVENTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position        INTEGER PRIMARY KEY AUTOINCREMENT,
  stream          TEXT    NOT NULL,
  revision        INTEGER NOT NULL,
  type            TEXT    NOT NULL,
  data            TEXT    NOT NULL,
  event_id        TEXT    NOT NULL,
  schema_version  INTEGER NOT NULL,
  occurred_at     TEXT    NOT NULL,
  actor           TEXT    NOT NULL,
  correlation_id  TEXT    NOT NULL,
  causation_id    TEXT,
  idempotency_key TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS events_stream_revision ON events (stream, revision);
CREATE UNIQUE INDEX IF NOT EXISTS events_stream_event_id ON events (stream, event_id);
DROP INDEX IF EXISTS events_event_id;
`;

/**
 * The embedded event store: one SQLite file in WAL mode, durable by default
 * (`synchronous=FULL`; the sync made in the commit, or after it on libuv's pool:
 * `syncOn`). Appends made while a commit is being prepared are grouped
 * into one transaction — one fsync for all of them — and each is still checked
 * and applied on its own (a savepoint each), so one writer's conflict never
 * fails another's append.
 */
export class SqliteEventStore implements EventStore {
  readonly reportsRetries: boolean = true;
  private readonly db: Database.Database;
  /** Shared with other threads' stores over this file (`SqliteEventStoreOptions.signal`). */
  readonly appendSignal: SharedArrayBuffer;
  private readonly signal: AppendSignal;
  private pending: PendingAppend[] = [];
  private flushScheduled = false;
  private closed = false;
  private readonly pollMs: number;
  private readonly maxGroupSize: number;
  private readonly checkpoints: WalCheckpointThread | undefined;
  /** With `syncOn: 'pool'`: the WAL's descriptor and how it is synced. */
  private readonly poolSync: { readonly fd: number; readonly sync: (fd: number) => Promise<void> } | undefined;
  /** Appends committed since the running sync began, answered after the next. */
  private unsynced: Answer[] = [];
  private syncing: Promise<void> | undefined;
  /** Why the store takes no more appends: a sync failed. */
  private failed: EventStoreFailed | undefined;
  /** The last position a finished sync covered (`syncOn: 'pool'`). */
  private syncedUpTo = 0;
  private readonly earlyAnswers = new AsyncLocalStorage<boolean>();

  private readonly currentRevision: Database.Statement<[string], { revision: number }>;
  private readonly findEventId: Database.Statement<[string, string], { revision: number; position: number }>;
  private readonly insert: Database.Statement<InsertValues>;
  private readonly selectAll: Database.Statement<[number, number, number]>;
  private readonly selectTypes: Database.Statement<[number, number, string, number]>;
  private readonly selectStream: Database.Statement<[string, number, number]>;
  private readonly selectHead: Database.Statement<[], { position: number | null }>;
  private readonly selectKeys: Database.Statement<[number, number, string], KeyedPosition>;
  private readonly commitGroup: Database.Transaction<(group: readonly PendingAppend[]) => Array<AppendResult | Error>>;
  private readonly appendChecked: Database.Transaction<(append: PendingAppend) => AppendResult>;
  private readonly appendOptimistic: Database.Transaction<(append: PendingAppend) => AppendResult>;

  constructor(options: SqliteEventStoreOptions) {
    this.pollMs = options.pollMs ?? 250;
    this.appendSignal = options.signal ?? AppendSignal.shared();
    this.signal = new AppendSignal(this.appendSignal);
    this.maxGroupSize = options.maxGroupSize ?? 512;
    this.db = new Database(options.filename);
    this.db.pragma('journal_mode = WAL');
    const synchronous = options.synchronous ?? 'FULL';
    const syncInPool = options.syncOn === 'pool' && synchronous === 'FULL' && !this.db.memory;
    this.db.pragma(`synchronous = ${syncInPool ? 'NORMAL' : synchronous}`);
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SQLITE_EVENTS_SCHEMA);
    // The WAL stays while a connection is open: a descriptor of ours syncs what SQLite's writes left in the cache.
    this.poolSync = syncInPool
      ? { fd: openSync(`${this.db.name}-wal`, 'r+'), sync: options.syncWal ?? syncToDisk }
      : undefined;
    // SQLite syncs a new WAL's directory entry with the WAL's first sync, which at NORMAL is a checkpoint's: done here,
    // so that a power loss cannot take away the WAL, synced frames and all, before that.
    if (this.poolSync) syncDirectory(dirname(this.db.name));
    this.checkpoints =
      options.checkpointThread && options.filename !== ':memory:' ? WalCheckpointThread.start(this.db) : undefined;

    this.currentRevision = this.db.prepare(
      'SELECT revision FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1',
    );
    this.findEventId = this.db.prepare('SELECT revision, position FROM events WHERE stream = ? AND event_id = ?');
    this.insert = this.db.prepare(SQLITE_INSERT_EVENT);
    this.selectAll = this.db.prepare(SQLITE_SELECT_ALL).raw(true);
    this.selectTypes = this.db.prepare(SQLITE_SELECT_TYPES).raw(true);
    this.selectStream = this.db
      .prepare(`SELECT ${COLUMNS} FROM events WHERE stream = ? AND revision >= ? ORDER BY revision LIMIT ?`)
      .raw(true);
    this.selectHead = this.db.prepare('SELECT max(position) AS position FROM events');
    this.selectKeys = this.db.prepare(
      `SELECT idempotency_key AS key, position FROM events WHERE position > ? AND position <= ?
         AND actor IN (SELECT value FROM json_each(?)) AND idempotency_key IS NOT NULL ORDER BY position`,
    );

    this.appendChecked = this.db.transaction((append: PendingAppend) => this.writeChecked(append));
    this.appendOptimistic = this.db.transaction((append: PendingAppend) => this.writeOptimistic(append));
    this.commitGroup = this.db.transaction((group: readonly PendingAppend[]) =>
      group.map((append) => {
        try {
          return this.write(append);
        } catch (error) {
          // SQLite may end the whole transaction on an error (a full disk, I/O): the group's earlier appends are
          // undone, and the later ones must not run on their own, committed at once, and then be answered as failed.
          if (!this.db.inTransaction) throw error;
          return error instanceof Error ? error : new Error(String(error));
        }
      }),
    );
  }

  append(streamName: string, events: readonly EventEnvelope[], expected: ExpectedRevision): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('event store is closed'));
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      const early = this.earlyAnswers.getStore() === true;
      this.pending.push({ streamName, events, expected, resolve, reject, early });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const rows = this.selectStream.all(streamName, options.fromRevision ?? 0, options.maxCount ?? -1) as Row[];
    return rows.map(toRecorded);
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const rows = this.selectAll.all(options.after ?? 0, this.signal.visibleUpTo(), options.maxCount) as Row[];
    return rows.map(toRecorded);
  }

  subscribeToAll(handler: EventHandler, options: SubscribeOptions = {}): Subscription {
    return catchUpSubscription(
      (o) => this.readAll(o),
      this.signal,
      handler,
      { pollMs: this.pollMs, ...options },
      (after, maxCount, types) => this.readTypes(after, maxCount, types),
    );
  }

  /** The events of `types` after `after`; the head is read first, so an append landing meanwhile is not passed over. */
  private async readTypes(after: number, maxCount: number, types: ReadonlySet<string>): Promise<FilteredPage> {
    const upTo = Math.min(this.head(), this.signal.visibleUpTo());
    const rows = this.selectTypes.all(after, upTo, JSON.stringify([...types]), maxCount) as Row[];
    const more = rows.length === maxCount;
    return {
      events: rows.map(toRecorded),
      readUpTo: more ? (rows[rows.length - 1] as Row)[0] : Math.max(after, upTo),
      more,
    };
  }

  /** Any commit's event, synced or not, as `readStream` sees them: a command builds on what it finds. */
  async hasEvent(streamName: string, eventId: string): Promise<boolean> {
    return this.findEventId.get(streamName, eventId) !== undefined;
  }

  /** Committed events, synced or not, as `hasEvent`: a process manager's command found is one it need not send. */
  async idempotencyKeys(actors: ReadonlySet<string>, after: number, upTo: number): Promise<readonly KeyedPosition[]> {
    return this.selectKeys.all(after, upTo, JSON.stringify([...actors]));
  }

  failure(): EventStoreFailed | undefined {
    return this.failed;
  }

  /**
   * Runs `work` with its appends answered once committed, before their sync (`syncOn: 'pool'`; otherwise a commit
   * is synced when answered anyway): a process manager catching up on a backlog then pays one sync per batch, not
   * one per command, and calls `synced` before it saves its checkpoint. Readers of `$all` still see nothing
   * unsynced, and other callers' appends are answered after their sync as always.
   */
  answeringBeforeSync<T>(work: () => Promise<T>): Promise<T> {
    return this.poolSync ? this.earlyAnswers.run(true, work) : work();
  }

  /** Resolves once every append committed so far is synced; rejects if a sync failed. */
  async synced(): Promise<void> {
    if (!this.poolSync) return;
    while (this.pending.length > 0) await new Promise((resolve) => setImmediate(resolve));
    const target = this.head();
    while (this.syncedUpTo < target) {
      if (this.failed) throw this.failed;
      if (this.syncing) await this.syncing;
      else if (this.unsynced.length > 0) this.syncNext(this.poolSync);
      else break;
    }
    if (this.failed) throw this.failed;
  }

  async headPosition(): Promise<number> {
    return Math.min(this.head(), this.signal.visibleUpTo());
  }

  async close(): Promise<void> {
    if (this.closed) return;
    while (this.pending.length > 0) this.flush();
    this.closed = true;
    while (this.syncing) await this.syncing;
    this.signal.notify();
    await this.checkpoints?.stop();
    if (this.poolSync) closeSync(this.poolSync.fd);
    this.db.close();
  }

  private head(): number {
    return this.selectHead.get()?.position ?? 0;
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.failed) {
      for (const append of this.pending.splice(0)) append.reject(this.failed);
      return;
    }
    if (this.poolSync && !this.signal.limitsReaders() && this.pending.length > 0) {
      // Before the commit: no reader on any thread may see it until it is synced.
      this.signal.limitReaders(this.head());
    }
    while (this.pending.length > 0) {
      const group = this.pending.splice(0, this.maxGroupSize);
      let outcomes: Array<AppendResult | Error>;
      try {
        outcomes = this.commitGroup.immediate(group);
      } catch (error) {
        for (const append of group) append.reject(error);
        continue;
      }
      group.forEach((append, i) => {
        const outcome = outcomes[i] as AppendResult | Error;
        if (outcome instanceof Error) append.reject(outcome);
        else if (this.poolSync) {
          // An early answer is given now; the one after the sync then changes nothing.
          if (append.early) append.resolve(outcome);
          this.unsynced.push({ append, result: outcome });
        } else append.resolve(outcome);
      });
    }
    if (this.poolSync) this.syncNext(this.poolSync);
    else this.signal.notify();
  }

  /**
   * Starts a sync for the appends committed since the last one began, unless one is running (its end starts the
   * next): the syncs of a busy store follow one another, each covering every commit made while the one before ran.
   */
  private syncNext(pool: NonNullable<SqliteEventStore['poolSync']>): void {
    if (this.syncing) return;
    if (this.unsynced.length === 0) {
      if (this.signal.limitsReaders()) this.showReaders(undefined);
      return;
    }
    const answers = this.unsynced;
    this.unsynced = [];
    const synced = this.head();
    this.syncing = pool.sync(pool.fd).then(
      () => {
        this.syncing = undefined;
        this.syncedUpTo = Math.max(this.syncedUpTo, synced);
        // Commits made while this sync ran stay hidden until the next.
        this.showReaders(this.unsynced.length > 0 ? synced : undefined);
        for (const { append, result } of answers) append.resolve(result);
        this.syncNext(pool);
      },
      (error: unknown) => {
        this.syncing = undefined;
        this.failed = new EventStoreFailed(
          'the event store could not sync its log to disk and takes no more appends; restart it, then retry the ' +
            `refused writes with their Idempotency-Keys (each may or may not have been kept): ${error instanceof Error ? error.message : String(error)}`,
        );
        for (const { append } of [...answers, ...this.unsynced]) append.reject(this.failed);
        this.unsynced = [];
      },
    );
  }

  /** Lets readers see the log up to `position`, or (`undefined`) all of it, and wakes them. */
  private showReaders(position: number | undefined): void {
    this.signal.limitReaders(position);
    this.signal.notify();
  }

  /**
   * One append of a group, in a savepoint of its own, so that its failure undoes
   * its inserts and no other append's. The usual append asks nothing first: it
   * inserts, and the unique indexes object to a revision already taken (for
   * `no_stream`, the stream's first revision) or an event id already stored (a
   * retried append). On an objection, or an expected revision that does not
   * hold, the savepoint undoes the inserts and the append is made again, in a
   * savepoint of its own, with every check first (`writeChecked`), which gives
   * the same answer as always. A new stream thus costs one statement per event
   * instead of three, and one savepoint. An append of one event needs no
   * savepoint: its one INSERT is undone by SQLite if it fails (a statement is
   * atomic), and its revision is checked before it; the two statements a
   * savepoint adds were about a sixth of the main thread's SQLite time per order
   * (docs/benchmarks.md).
   */
  private write(append: PendingAppend): AppendResult {
    try {
      return append.events.length <= 1 ? this.writeOptimistic(append) : this.appendOptimistic(append);
    } catch (error) {
      if (error !== STALE_EXPECTATION && !isUniqueViolation(error)) throw error;
    }
    return this.appendChecked(append);
  }

  /** The append asking nothing first, `write`'s usual way; throws STALE_EXPECTATION before any insert. */
  private writeOptimistic({ streamName, events, expected }: PendingAppend): AppendResult {
    const current = expected === 'no_stream' ? -1 : (this.currentRevision.get(streamName)?.revision ?? -1);
    if (!expectedRevisionHolds(expected, current)) throw STALE_EXPECTATION;
    return this.insertFrom(streamName, current, events);
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
  private writeChecked({ streamName, events, expected }: PendingAppend): AppendResult {
    const ids = events.map((e) => e.metadata.eventId);
    if (ids.length > 0 && this.findEventId.get(streamName, ids[0] as string) !== undefined) {
      return answerRetriedAppend(
        streamName,
        ids,
        ids.map((id) => this.lookup(streamName, id)),
      );
    }
    const current = this.currentRevision.get(streamName)?.revision ?? -1;
    if (!expectedRevisionHolds(expected, current)) {
      throw new ConcurrencyError(streamName, describeExpected(expected), String(current));
    }
    return this.insertFrom(streamName, current, events);
  }

  private lookup(streamName: string, eventId: string): StoredEventRef | undefined {
    const row = this.findEventId.get(streamName, eventId);
    return row && { streamName, revision: row.revision, position: row.position };
  }
}

/** `fdatasync` as a promise: the WAL's data, and its size, on the disk (`syncOn: 'pool'`'s default `syncWal`). */
export function syncToDisk(fd: number): Promise<void> {
  return new Promise((resolve, reject) => fdatasync(fd, (error) => (error ? reject(error) : resolve())));
}

/** Makes the directory's entries — a file created in it — durable. */
function syncDirectory(directory: string): void {
  const fd = openSync(directory, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
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

/**
 * `data` is parsed when first read, once: parsing is most of a catch-up read, and a reader of `$all` (the read-model
 * pass, a process manager) passes over most events by their type alone. `data` is an own, enumerable getter, so that
 * spreading, `JSON.stringify`, `structuredClone` and deep equality see the parsed value as before.
 *
 * A class with one shared getter, where an object literal with a getter made a closure, its context and an accessor
 * pair for every event: building an event took about 1.2 µs, and this about 0.4 µs (`readAll` of five generated
 * years went from 0.60× to 0.81× the raw SELECT, docs/benchmarks.md). The JSON text and the parsed value are private
 * fields, which spreading, cloning and deep equality do not see.
 */
class SqliteRecordedEvent {
  // Declared, not defined as fields: the properties come in the order the constructor makes them, as before.
  declare readonly position: number;
  declare readonly streamName: string;
  declare readonly revision: number;
  declare readonly type: string;
  declare readonly data: unknown;
  declare readonly metadata: RecordedEvent['metadata'];
  #json: string | undefined;
  #data: unknown;

  constructor(row: Row) {
    this.position = row[0];
    this.streamName = row[1];
    this.revision = row[2];
    this.type = row[3];
    Object.defineProperty(this, 'data', DATA);
    this.metadata = {
      eventId: row[5],
      schemaVersion: row[6],
      occurredAt: row[7],
      actor: row[8],
      correlationId: row[9],
      causationId: row[10],
      idempotencyKey: row[11],
    };
    this.#json = row[4];
  }

  static dataOf(event: SqliteRecordedEvent): unknown {
    const json = event.#json;
    if (json !== undefined) {
      event.#data = JSON.parse(json);
      event.#json = undefined;
    }
    return event.#data;
  }
}

/** The one descriptor of every event's `data`: defined with each event, shared by all. */
const DATA: PropertyDescriptor = {
  enumerable: true,
  configurable: false,
  get(this: SqliteRecordedEvent): unknown {
    return SqliteRecordedEvent.dataOf(this);
  },
};

function toRecorded(row: Row): RecordedEvent {
  return new SqliteRecordedEvent(row);
}
