import Database from 'better-sqlite3';

import type { InboxKey } from '../inbox/inbox-store.port';
import type { WaitingMessage, WaitingStore } from './waiting-store.port';

type Row = {
  occurred_at: string;
  message_id: string;
  seq: number;
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: string;
  body_hash: string;
  since: number;
  attempts: number;
  due_at: number;
  code: string | null;
  reason: string | null;
};

/**
 * Waiting messages in a SQLite file of their own (`$KHAI_DATA_DIR/waiting.sqlite`). Unlike the inbox, every
 * write is synced before it resolves (`synchronous=FULL`): once a message waits here its offset is committed,
 * and this row is its only copy. Writes are few (a message that came before what it names), so the sync costs
 * nothing the other messages notice.
 */
export class SqliteWaitingStore implements WaitingStore {
  private readonly db: Database.Database;
  private readonly upsert: Database.Statement<Row>;
  private readonly delete: Database.Statement<[string, string]>;

  constructor(filename: string) {
    this.db = new Database(filename);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(
      `CREATE TABLE IF NOT EXISTS waiting (
         occurred_at TEXT NOT NULL, message_id TEXT NOT NULL, seq INTEGER NOT NULL,
         topic TEXT NOT NULL, partition INTEGER NOT NULL, offset TEXT NOT NULL, key TEXT, value BLOB, headers TEXT NOT NULL,
         body_hash TEXT NOT NULL, since INTEGER NOT NULL, attempts INTEGER NOT NULL, due_at INTEGER NOT NULL,
         code TEXT, reason TEXT,
         PRIMARY KEY (occurred_at, message_id)
       ) WITHOUT ROWID`,
    );
    this.upsert = this.db.prepare(
      `INSERT OR REPLACE INTO waiting VALUES (@occurred_at, @message_id, @seq, @topic, @partition, @offset, @key, @value,
         @headers, @body_hash, @since, @attempts, @due_at, @code, @reason)`,
    );
    this.delete = this.db.prepare('DELETE FROM waiting WHERE occurred_at = ? AND message_id = ?');
  }

  async load(): Promise<WaitingMessage[]> {
    const rows = this.db.prepare('SELECT * FROM waiting ORDER BY seq').all() as Row[];
    return rows.map((row) => ({
      messageId: row.message_id,
      occurredAt: row.occurred_at,
      seq: row.seq,
      message: {
        topic: row.topic,
        partition: row.partition,
        offset: row.offset,
        key: row.key,
        value: row.value,
        headers: JSON.parse(row.headers) as Record<string, string>,
      },
      bodyHash: row.body_hash,
      since: row.since,
      attempts: row.attempts,
      dueAt: row.due_at,
      code: row.code,
      reason: row.reason,
    }));
  }

  async put(w: WaitingMessage): Promise<void> {
    const { message: m } = w;
    this.upsert.run({
      occurred_at: w.occurredAt,
      message_id: w.messageId,
      seq: w.seq,
      topic: m.topic,
      partition: m.partition,
      offset: m.offset,
      key: m.key,
      value: m.value,
      headers: JSON.stringify(m.headers),
      body_hash: w.bodyHash,
      since: w.since,
      attempts: w.attempts,
      due_at: w.dueAt,
      code: w.code,
      reason: w.reason,
    });
  }

  async remove(key: InboxKey): Promise<void> {
    this.delete.run(key.occurredAt, key.messageId);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
