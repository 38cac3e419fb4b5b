import type { CheckpointStore } from '@khai/core';
import Database from 'better-sqlite3';

/** Checkpoints in a SQLite file (WAL, synchronous=FULL): a save returns once it is durable. */
export class SqliteCheckpointStore implements CheckpointStore {
  private readonly db: Database.Database;
  private readonly select: Database.Statement<[string], { position: number }>;
  private readonly upsert: Database.Statement<[string, number]>;
  private readonly upsertAll: Database.Transaction<(positions: ReadonlyMap<string, number>) => void>;

  constructor(filename: string) {
    this.db = new Database(filename);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec('CREATE TABLE IF NOT EXISTS checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL)');
    this.select = this.db.prepare('SELECT position FROM checkpoints WHERE name = ?');
    this.upsert = this.db.prepare(
      'INSERT INTO checkpoints (name, position) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position',
    );
    this.upsertAll = this.db.transaction((positions: ReadonlyMap<string, number>) => {
      for (const [name, position] of positions) this.upsert.run(name, position);
    });
  }

  async load(name: string): Promise<number | undefined> {
    return this.select.get(name)?.position;
  }

  async save(name: string, position: number): Promise<void> {
    this.upsert.run(name, position);
  }

  /** One transaction, so one sync, for them all. */
  async saveAll(positions: ReadonlyMap<string, number>): Promise<void> {
    this.upsertAll(positions);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
