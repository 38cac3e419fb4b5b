import { WalCheckpointThread } from '@khai/event-sourcing';
import Database from 'better-sqlite3';

import { type InboxEntry, type InboxKey, inboxKeyString, type InboxStore, isDeadLettered } from './inbox-store.port';

export interface SqliteInboxOptions {
  /**
   * NORMAL (the default) syncs the WAL at checkpoints, not at every commit: a power loss or system crash (not a
   * process crash) may lose the last records, which the log's idempotency keys stand in for (see the class). FULL
   * syncs every commit.
   */
  readonly synchronous?: 'FULL' | 'NORMAL';
  /** Checkpoint the WAL on a thread of its own (see `WalCheckpointThread`); off by default. */
  readonly checkpointThread?: boolean;
}

type InboxRow = {
  occurred_at: string;
  message_id: string;
  topic: string;
  received_at: string;
  outcome: string;
  body_hash: string | null;
};

interface Lookup {
  readonly key: InboxKey;
  readonly resolve: (entry: InboxEntry | undefined) => void;
  readonly reject: (error: unknown) => void;
}

interface Pending {
  readonly entry: InboxEntry;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The inbox in a SQLite file (WAL). Records arriving in the same turn of the
 * event loop share one transaction: the consumer handles many keys at once.
 * A record resolves only after its commit. Look-ups made in the same turn
 * (the consumer starts a fetched batch's keys together) are answered by one
 * query.
 *
 * Commits are not synced one by one (synchronous=NORMAL): a record only ever
 * follows an effect that is durable already — the command's events in the log,
 * or the dead letter acknowledged by Kafka — so the inbox holds nothing that
 * exists nowhere else. Should a power loss take its last records, a message
 * that comes again is answered by the idempotency key its events carry
 * (`repeated`, nothing appended twice), or dead-lettered again under the same
 * message id; a dead letter whose replacement was lost has the message tried
 * again, and answered the same way. A process crash loses nothing (the WAL is in the OS's cache).
 * The sync per commit cost the consumer's event loop about a fifth of its
 * time per message (docs/benchmarks.md).
 */
export class SqliteInboxStore implements InboxStore {
  private readonly db: Database.Database;
  /** The rows of the keys in a JSON array of [occurredAt, messageId] pairs. */
  private readonly select: Database.Statement<[string], InboxRow>;
  private lookups: Lookup[] = [];
  private readonly checkpoints: WalCheckpointThread | undefined;
  private readonly insert: Database.Statement<[string, string, string, string, string, string | null]>;
  private pending: Pending[] = [];
  private readonly queued = new Map<string, InboxEntry>();

  constructor(filename: string, options: SqliteInboxOptions = {}) {
    this.db = new Database(filename);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
    this.db.pragma('busy_timeout = 5000');
    createInboxTable(this.db);
    this.checkpoints =
      options.checkpointThread && filename !== ':memory:' ? WalCheckpointThread.start(this.db) : undefined;
    this.select = this.db.prepare(
      `SELECT occurred_at, message_id, topic, received_at, outcome, body_hash FROM inbox
       WHERE (occurred_at, message_id) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?))`,
    );
    // A dead letter is replaced when its message is tried again; any other outcome stays.
    this.insert = this.db.prepare(
      `INSERT INTO inbox (occurred_at, message_id, topic, received_at, outcome, body_hash) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (occurred_at, message_id) DO UPDATE
         SET topic = excluded.topic, received_at = excluded.received_at, outcome = excluded.outcome, body_hash = excluded.body_hash
         WHERE inbox.outcome GLOB 'dead_lettered:*'`,
    );
  }

  find(key: InboxKey): Promise<InboxEntry | undefined> {
    const queued = this.queuedEntry(key);
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      if (this.lookups.length === 0) queueMicrotask(() => this.lookUp());
      this.lookups.push({ key, resolve, reject });
    });
  }

  record(entry: InboxEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.commit());
      this.pending.push({ entry, resolve, reject });
      const key = inboxKeyString(entry);
      const queued = this.queued.get(key);
      if (!queued || isDeadLettered(queued.outcome)) this.queued.set(key, entry);
    });
  }

  async close(): Promise<void> {
    if (this.lookups.length > 0) this.lookUp();
    if (this.pending.length > 0) this.commit();
    await this.checkpoints?.stop();
    if (this.db.open) this.db.close();
  }

  private lookUp(): void {
    const lookups = this.lookups;
    this.lookups = [];
    try {
      const pairs = lookups.flatMap(({ key }) => [
        [key.occurredAt, key.messageId],
        ['', key.messageId],
      ]);
      const found = new Map<string, InboxEntry>();
      for (const row of this.select.all(JSON.stringify(pairs))) {
        const entry: InboxEntry = {
          messageId: row.message_id,
          occurredAt: row.occurred_at,
          topic: row.topic,
          receivedAt: row.received_at,
          outcome: row.outcome,
          bodyHash: row.body_hash,
        };
        found.set(inboxKeyString(entry), entry);
      }
      // A record queued since the look-up was asked for answers it as well.
      for (const { key, resolve } of lookups) {
        resolve(found.get(inboxKeyString(key)) ?? found.get(untimed(key)) ?? this.queuedEntry(key));
      }
    } catch (error) {
      for (const l of lookups) l.reject(error);
    }
  }

  private queuedEntry(key: InboxKey): InboxEntry | undefined {
    return this.queued.get(inboxKeyString(key)) ?? this.queued.get(untimed(key));
  }

  private commit(): void {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    try {
      this.db.transaction(() => {
        for (const { entry } of batch) {
          const { occurredAt, messageId, topic, receivedAt, outcome, bodyHash } = entry;
          this.insert.run(occurredAt, messageId, topic, receivedAt, outcome, bodyHash);
        }
      })();
      for (const p of batch) p.resolve();
    } catch (error) {
      for (const p of batch) p.reject(error);
    } finally {
      for (const { entry } of batch) {
        // A record of the key queued since (a retry's) stays queued until its own commit.
        const key = inboxKeyString(entry);
        if (this.queued.get(key) === entry) this.queued.delete(key);
      }
    }
  }
}

function untimed(key: InboxKey): string {
  return inboxKeyString({ messageId: key.messageId, occurredAt: '' });
}

/**
 * The inbox table, keyed by the message's time, then its id: keys recorded one after another sit side by side.
 * An inbox made before (keyed by message id alone) is moved into it once, its rows with no time (''); one made
 * before the hash of the bytes was kept gets the column, its rows with none (null).
 */
function createInboxTable(db: Database.Database): void {
  const columns = db.prepare("SELECT name FROM pragma_table_info('inbox')").pluck().all() as string[];
  if (columns.includes('occurred_at')) {
    if (!columns.includes('body_hash')) db.exec('ALTER TABLE inbox ADD COLUMN body_hash TEXT');
    return;
  }
  db.transaction(() => {
    if (columns.length > 0) db.exec('ALTER TABLE inbox RENAME TO inbox_by_message_id');
    db.exec(
      `CREATE TABLE inbox (
         occurred_at TEXT NOT NULL, message_id TEXT NOT NULL, topic TEXT NOT NULL, received_at TEXT NOT NULL, outcome TEXT NOT NULL,
         body_hash TEXT,
         PRIMARY KEY (occurred_at, message_id)
       ) WITHOUT ROWID`,
    );
    if (columns.length > 0) {
      db.exec(
        `INSERT INTO inbox (occurred_at, message_id, topic, received_at, outcome)
         SELECT '', message_id, topic, received_at, outcome FROM inbox_by_message_id;
         DROP TABLE inbox_by_message_id`,
      );
    }
  })();
}
