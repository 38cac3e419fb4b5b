import { existsSync } from 'node:fs';
import { join } from 'node:path';

import Database from 'better-sqlite3';

import type { EventEnvelope, RecordedEvent } from '../envelope';
import {
  type AppendResult,
  type EventHandler,
  type EventStore,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeOptions,
  type Subscription,
} from '../event-store.port';
import { AppendSignal, catchUpSubscription } from './catch-up-subscription';
import { type AppendRequest, SqliteAppender } from './sqlite-appender';
import { COLUMNS, type Row, SQLITE_EVENTS_SCHEMA, SQLITE_SELECT_ALL } from './sqlite-schema';
import { SqliteWriterThread } from './sqlite-writer-thread';
import { WalCheckpointThread, WRITER_FALLBACK_CHECKPOINT_PAGES } from './wal-checkpoint-thread';

export * from './sqlite-schema';

const BUILT_WRITER_SCRIPT = join(__dirname, 'sqlite-writer.worker.js');

export interface SqliteEventStoreOptions {
  /** File path, or ':memory:'. */
  readonly filename: string;
  /** SQLite `synchronous`: FULL (the default) fsyncs every commit; NORMAL may lose the last commits on power loss. */
  readonly synchronous?: 'FULL' | 'NORMAL';
  /** How often a caught-up subscription looks for appends made by other processes. */
  readonly pollMs?: number;
  /** Most appends committed together in one transaction. */
  readonly maxGroupSize?: number;
  /**
   * Checkpoint the WAL on a thread of its own (`WalCheckpointThread`) rather than
   * inside a commit: appends no longer stall behind one. Off by default (a thread per store);
   * the platform turns it on.
   */
  readonly checkpointThread?: boolean;
  /**
   * Commit on a thread of its own (`SqliteWriterThread`), over a second connection: the event loop is not
   * stopped by the inserts and fsync of each group. Off by default (see docs/benchmarks.md: it pays where a core
   * is spare, not where the writer must share one). The thread runs
   * the built `sqlite-writer.worker.js` beside this module: run from TypeScript sources (tests), where there is
   * none, the store commits on its own connection unless `writerScript` names one.
   */
  readonly writerThread?: boolean;
  /** The writer thread's script, when not the built one beside this module. */
  readonly writerScript?: string;
}

interface PendingAppend extends AppendRequest {
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The embedded event store: one SQLite file in WAL mode, durable by default
 * (`synchronous=FULL`). Appends made while a commit is being prepared are grouped
 * into one transaction — one fsync for all of them — and each is still checked
 * and applied on its own (a savepoint each), so one writer's conflict never
 * fails another's append.
 */
export class SqliteEventStore implements EventStore {
  readonly reportsRetries: boolean = true;
  private readonly db: Database.Database;
  private readonly signal = new AppendSignal();
  private pending: PendingAppend[] = [];
  private flushScheduled = false;
  private closed = false;
  private readonly pollMs: number;
  private readonly maxGroupSize: number;
  private readonly checkpoints: WalCheckpointThread | undefined;
  /** Where groups are committed: this connection, or a writer thread's. */
  private readonly appender: SqliteAppender | undefined;
  private readonly writer: SqliteWriterThread | undefined;
  /** The writer thread's commits in progress, while there are any. */
  private draining: Promise<void> | undefined;

  private readonly selectAll: Database.Statement<[number, number]>;
  private readonly selectStream: Database.Statement<[string, number, number]>;
  private readonly selectHead: Database.Statement<[], { position: number | null }>;

  constructor(options: SqliteEventStoreOptions) {
    this.pollMs = options.pollMs ?? 250;
    this.maxGroupSize = options.maxGroupSize ?? 512;
    this.db = new Database(options.filename);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SQLITE_EVENTS_SCHEMA);
    this.checkpoints =
      options.checkpointThread && options.filename !== ':memory:' ? WalCheckpointThread.start(this.db) : undefined;

    this.selectAll = this.db.prepare(SQLITE_SELECT_ALL).raw(true);
    this.selectStream = this.db
      .prepare(`SELECT ${COLUMNS} FROM events WHERE stream = ? AND revision >= ? ORDER BY revision LIMIT ?`)
      .raw(true);
    this.selectHead = this.db.prepare('SELECT max(position) AS position FROM events');

    const script = options.writerScript ?? BUILT_WRITER_SCRIPT;
    if (options.writerThread && options.filename !== ':memory:' && (options.writerScript || existsSync(script))) {
      this.writer = new SqliteWriterThread(script, {
        filename: options.filename,
        synchronous: options.synchronous ?? 'FULL',
        autocheckpointPages: this.checkpoints ? WRITER_FALLBACK_CHECKPOINT_PAGES : undefined,
      });
    } else {
      this.appender = new SqliteAppender(this.db);
    }
  }

  append(streamName: string, events: readonly EventEnvelope[], expected: ExpectedRevision): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('event store is closed'));
    return new Promise((resolve, reject) => {
      this.pending.push({ streamName, events, expected, resolve, reject });
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
    const rows = this.selectAll.all(options.after ?? 0, options.maxCount) as Row[];
    return rows.map(toRecorded);
  }

  subscribeToAll(handler: EventHandler, options: SubscribeOptions = {}): Subscription {
    return catchUpSubscription((o) => this.readAll(o), this.signal, handler, { pollMs: this.pollMs, ...options });
  }

  async headPosition(): Promise<number> {
    return this.selectHead.get()?.position ?? 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.writer) {
      while (this.pending.length > 0 || this.draining) await this.startDraining();
      await this.writer.close();
    } else {
      while (this.pending.length > 0) this.flush();
    }
    this.signal.notify();
    await this.checkpoints?.stop();
    this.db.close();
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.writer) {
      void this.startDraining();
      return;
    }
    const appender = this.appender as SqliteAppender;
    while (this.pending.length > 0) {
      const group = this.pending.splice(0, this.maxGroupSize);
      let outcomes: Array<AppendResult | Error>;
      try {
        outcomes = appender.commit(group);
      } catch (error) {
        for (const append of group) append.reject(error);
        continue;
      }
      settle(group, outcomes);
    }
    this.signal.notify();
  }

  /** The drain in progress, or a new one: one at a time, so that one group is written while the next gathers. */
  private startDraining(): Promise<void> {
    // Cleared by the promise, not inside `drain`: a drain with nothing to do ends before it could be recorded.
    this.draining ??= this.drain().finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  /**
   * Sends the pending appends to the writer thread, a group at a time: those
   * made while a group is being written wait and go together in the next.
   */
  private async drain(): Promise<void> {
    const writer = this.writer as SqliteWriterThread;
    while (this.pending.length > 0) {
      const group = this.pending.splice(0, this.maxGroupSize);
      try {
        const requests = group.map(({ streamName, events, expected }) => ({ streamName, events, expected }));
        settle(group, await writer.commit(requests));
      } catch (error) {
        for (const append of group) append.reject(error);
      }
      this.signal.notify();
    }
  }
}

function settle(group: readonly PendingAppend[], outcomes: ReadonlyArray<AppendResult | Error>): void {
  group.forEach((append, i) => {
    const outcome = outcomes[i] as AppendResult | Error;
    if (outcome instanceof Error) append.reject(outcome);
    else append.resolve(outcome);
  });
}

function toRecorded(row: Row): RecordedEvent {
  return {
    position: row[0],
    streamName: row[1],
    revision: row[2],
    type: row[3],
    data: JSON.parse(row[4]) as unknown,
    metadata: {
      eventId: row[5],
      schemaVersion: row[6],
      occurredAt: row[7],
      actor: row[8],
      correlationId: row[9],
      causationId: row[10],
      idempotencyKey: row[11],
    },
  };
}
