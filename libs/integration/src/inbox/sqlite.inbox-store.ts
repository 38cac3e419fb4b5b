import { WalCheckpointThread } from '@khai/event-sourcing';
import Database from 'better-sqlite3';

import type { InboxEntry, InboxStore } from './inbox-store.port';

export interface SqliteInboxOptions {
  /** FULL (the default) syncs every commit; NORMAL may lose the last ones on power loss. */
  readonly synchronous?: 'FULL' | 'NORMAL';
  /** Checkpoint the WAL on a thread of its own (see `WalCheckpointThread`); off by default. */
  readonly checkpointThread?: boolean;
}

type InboxRow = { message_id: string; topic: string; received_at: string; outcome: string };

interface Lookup {
  readonly messageId: string;
  readonly resolve: (entry: InboxEntry | undefined) => void;
  readonly reject: (error: unknown) => void;
}

interface Pending {
  readonly entry: InboxEntry;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The inbox in a SQLite file (WAL, synchronous=FULL). Records arriving in the
 * same turn of the event loop share one transaction (one fsync): the consumer
 * handles many keys at once, and each would otherwise pay its own fsync.
 * A record resolves only after its commit. Look-ups made in the same turn
 * (the consumer starts a fetched batch's keys together) are answered by one
 * query.
 */
export class SqliteInboxStore implements InboxStore {
  private readonly db: Database.Database;
  /** The rows of the message ids in a JSON array. */
  private readonly select: Database.Statement<[string], InboxRow>;
  private lookups: Lookup[] = [];
  private readonly checkpoints: WalCheckpointThread | undefined;
  private readonly insert: Database.Statement<[string, string, string, string]>;
  private pending: Pending[] = [];
  private readonly queued = new Map<string, InboxEntry>();

  constructor(filename: string, options: SqliteInboxOptions = {}) {
    this.db = new Database(filename);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    this.db.pragma('busy_timeout = 5000');
    // Keyed by message id alone (no rowid table beside the key's index): one B-tree to write per message.
    // A file made before keeps its rowid table, which answers the same.
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS inbox (message_id TEXT PRIMARY KEY, topic TEXT NOT NULL, received_at TEXT NOT NULL, outcome TEXT NOT NULL) WITHOUT ROWID',
    );
    this.checkpoints =
      options.checkpointThread && filename !== ':memory:' ? WalCheckpointThread.start(this.db) : undefined;
    this.select = this.db.prepare(
      'SELECT message_id, topic, received_at, outcome FROM inbox WHERE message_id IN (SELECT value FROM json_each(?))',
    );
    this.insert = this.db.prepare(
      'INSERT INTO inbox (message_id, topic, received_at, outcome) VALUES (?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING',
    );
  }

  find(messageId: string): Promise<InboxEntry | undefined> {
    const queued = this.queued.get(messageId);
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      if (this.lookups.length === 0) queueMicrotask(() => this.lookUp());
      this.lookups.push({ messageId, resolve, reject });
    });
  }

  record(entry: InboxEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.commit());
      this.pending.push({ entry, resolve, reject });
      if (!this.queued.has(entry.messageId)) this.queued.set(entry.messageId, entry);
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
      const found = new Map<string, InboxEntry>();
      for (const row of this.select.all(JSON.stringify(lookups.map((l) => l.messageId)))) {
        found.set(row.message_id, {
          messageId: row.message_id,
          topic: row.topic,
          receivedAt: row.received_at,
          outcome: row.outcome,
        });
      }
      // A record queued since the look-up was asked for answers it as well.
      for (const l of lookups) l.resolve(found.get(l.messageId) ?? this.queued.get(l.messageId));
    } catch (error) {
      for (const l of lookups) l.reject(error);
    }
  }

  private commit(): void {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    try {
      this.db.transaction(() => {
        for (const { entry } of batch) this.insert.run(entry.messageId, entry.topic, entry.receivedAt, entry.outcome);
      })();
      for (const p of batch) p.resolve();
    } catch (error) {
      for (const p of batch) p.reject(error);
    } finally {
      for (const { entry } of batch) this.queued.delete(entry.messageId);
    }
  }
}
