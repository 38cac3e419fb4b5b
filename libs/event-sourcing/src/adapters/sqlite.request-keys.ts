import Database from 'better-sqlite3';

/**
 * Which request each `Idempotency-Key` was first taken for, by whom: the key's fingerprint (`requestFingerprint`,
 * keyed by the installation's secret, so that a body's personal data cannot be guessed from it). The log keeps a
 * key's events on the stream it wrote, so a key sent again on another stream — another lot, another member — would
 * be taken as new there; this register makes a key one request across the whole API. A SQLite file in the data
 * directory (kept across restarts), or in memory.
 */
export class SqliteRequestKeys {
  private readonly db: Database.Database;
  private readonly select: Database.Statement<[string, string], { fingerprint: string }>;
  private readonly insert: Database.Statement<[string, string, string, string]>;

  constructor(filename = ':memory:') {
    this.db = new Database(filename);
    this.db.pragma('journal_mode = WAL');
    // Taken on the event loop after every keyed write: no sync of its own there (the event store syncs off the loop).
    // A power loss may forget the last keys taken; their writes' own streams still answer a repeat of them.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(
      `CREATE TABLE IF NOT EXISTS request_keys (
         principal   TEXT NOT NULL,
         key         TEXT NOT NULL,
         fingerprint TEXT NOT NULL,
         first_at    TEXT NOT NULL,
         PRIMARY KEY (principal, key)
       ) WITHOUT ROWID`,
    );
    this.select = this.db.prepare('SELECT fingerprint FROM request_keys WHERE principal = ? AND key = ?');
    this.insert = this.db.prepare(
      'INSERT OR IGNORE INTO request_keys (principal, key, fingerprint, first_at) VALUES (?, ?, ?, ?)',
    );
  }

  /** The fingerprint of the request `principal` first took `key` for, if any. */
  fingerprintOf(principal: string, key: string): string | undefined {
    return this.select.get(principal, key)?.fingerprint;
  }

  /** Takes `key` for the request of `fingerprint`; a key already taken keeps its first request. */
  take(principal: string, key: string, fingerprint: string, at: Date = new Date()): void {
    this.insert.run(principal, key, fingerprint, at.toISOString());
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
