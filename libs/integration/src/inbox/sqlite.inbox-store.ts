import Database from 'better-sqlite3';

import type { InboxEntry, InboxStore } from './inbox-store.port';

interface Pending {
  readonly entry: InboxEntry;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The inbox in a SQLite file (WAL, synchronous=FULL). Records arriving in the
 * same turn of the event loop share one transaction (one fsync): the consumer
 * handles many keys at once, and each would otherwise pay its own fsync.
 * A record resolves only after its commit.
 */
export class SqliteInboxStore implements InboxStore {
  private readonly db: Database.Database;
  private readonly select: Database.Statement<
    [string],
    { message_id: string; topic: string; received_at: string; outcome: string }
  >;
  private readonly insert: Database.Statement<[string, string, string, string]>;
  private pending: Pending[] = [];
  private readonly queued = new Map<string, InboxEntry>();

  constructor(filename: string, synchronous: 'FULL' | 'NORMAL' = 'FULL') {
    this.db = new Database(filename);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${synchronous}`);
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS inbox (message_id TEXT PRIMARY KEY, topic TEXT NOT NULL, received_at TEXT NOT NULL, outcome TEXT NOT NULL)',
    );
    this.select = this.db.prepare('SELECT message_id, topic, received_at, outcome FROM inbox WHERE message_id = ?');
    this.insert = this.db.prepare(
      'INSERT INTO inbox (message_id, topic, received_at, outcome) VALUES (?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING',
    );
  }

  async find(messageId: string): Promise<InboxEntry | undefined> {
    const queued = this.queued.get(messageId);
    if (queued) return queued;
    const row = this.select.get(messageId);
    return row && { messageId: row.message_id, topic: row.topic, receivedAt: row.received_at, outcome: row.outcome };
  }

  record(entry: InboxEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.commit());
      this.pending.push({ entry, resolve, reject });
      if (!this.queued.has(entry.messageId)) this.queued.set(entry.messageId, entry);
    });
  }

  async close(): Promise<void> {
    if (this.pending.length > 0) this.commit();
    if (this.db.open) this.db.close();
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
