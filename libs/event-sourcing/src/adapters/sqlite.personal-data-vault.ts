import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import { ERASED, isSealed, type PersonalDataVault, SEALED_PREFIX } from '@khai/core';
import Database from 'better-sqlite3';

type KeyRow = { key: Buffer };

/**
 * The keys of personal data in a SQLite file of their own (`keys.sqlite` in the data directory; `:memory:` for
 * tests), never in the log: one random 256-bit key per subject, AES-256-GCM with a random 96-bit nonce per value and
 * the subject as additional data (a value sealed for one member does not open as another's). A subject's key is
 * deleted with `secure_delete` (its page is overwritten with zeros), in rollback-journal mode (no WAL keeps the old
 * page), and the file is vacuumed: once erased, the key's bytes are in no file of the directory. The installation's
 * own secrets (`installationKey`) are kept here too, so that a backup of the data directory holds them; erasing a
 * subject never touches them.
 */
export class SqlitePersonalDataVault implements PersonalDataVault {
  private readonly db: Database.Database;
  private readonly select: Database.Statement<[string], KeyRow>;
  private readonly insert: Database.Statement<[string, Buffer, string]>;
  private readonly erased: Database.Statement<[string], { subject: string }>;
  private readonly keys = new Map<string, Buffer>();
  private readonly installation = new Map<string, Buffer>();

  constructor(filename = ':memory:') {
    this.db = new Database(filename);
    this.db.pragma('secure_delete = ON');
    this.db.pragma('journal_mode = DELETE');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS subject_keys (subject TEXT PRIMARY KEY, key BLOB NOT NULL, created_at TEXT NOT NULL);' +
        'CREATE TABLE IF NOT EXISTS erased_subjects (subject TEXT PRIMARY KEY, erased_at TEXT NOT NULL);' +
        'CREATE TABLE IF NOT EXISTS installation_keys (purpose TEXT PRIMARY KEY, key BLOB NOT NULL, created_at TEXT NOT NULL);',
    );
    this.select = this.db.prepare('SELECT key FROM subject_keys WHERE subject = ?');
    this.insert = this.db.prepare('INSERT OR IGNORE INTO subject_keys (subject, key, created_at) VALUES (?, ?, ?)');
    this.erased = this.db.prepare('SELECT subject FROM erased_subjects WHERE subject = ?');
  }

  seal(subject: string, value: string): string {
    const key = this.keyOf(subject) ?? this.newKey(subject);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(subject, 'utf8'));
    const sealed = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    return `${SEALED_PREFIX}${b64(iv)}:${b64(sealed)}:${b64(cipher.getAuthTag())}`;
  }

  open(subject: string, value: string): string {
    if (!isSealed(value)) return value;
    const key = this.keyOf(subject);
    if (key === undefined) return ERASED;
    const [iv, sealed, tag] = value.slice(SEALED_PREFIX.length).split(':').map(unb64);
    if (iv === undefined || sealed === undefined || tag === undefined) throw new Error('a malformed pii:v1 envelope');
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(subject, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
  }

  erase(subject: string): void {
    this.keys.get(subject)?.fill(0);
    this.keys.delete(subject);
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM subject_keys WHERE subject = ?').run(subject);
      this.db
        .prepare('INSERT OR IGNORE INTO erased_subjects (subject, erased_at) VALUES (?, ?)')
        .run(subject, new Date().toISOString());
    })();
    this.db.exec('VACUUM');
  }

  isErased(subject: string): boolean {
    return this.erased.get(subject) !== undefined;
  }

  installationKey(purpose: string): Uint8Array {
    const cached = this.installation.get(purpose);
    if (cached !== undefined) return cached;
    // Made once, by whichever process asks first; a concurrent first maker's key is the one kept (OR IGNORE).
    this.db
      .prepare('INSERT OR IGNORE INTO installation_keys (purpose, key, created_at) VALUES (?, ?, ?)')
      .run(purpose, randomBytes(32), new Date().toISOString());
    const key = this.db
      .prepare<[string], KeyRow>('SELECT key FROM installation_keys WHERE purpose = ?')
      .get(purpose)!.key;
    this.installation.set(purpose, key);
    return key;
  }

  close(): void {
    for (const key of this.keys.values()) key.fill(0);
    this.keys.clear();
    for (const key of this.installation.values()) key.fill(0);
    this.installation.clear();
    if (this.db.open) this.db.close();
  }

  private keyOf(subject: string): Buffer | undefined {
    const cached = this.keys.get(subject);
    if (cached !== undefined) return cached;
    const key = this.select.get(subject)?.key;
    if (key !== undefined) this.keys.set(subject, key);
    return key;
  }

  private newKey(subject: string): Buffer {
    if (this.isErased(subject)) throw new Error(`the personal data of ${subject} was erased: nothing is sealed for it`);
    this.insert.run(subject, randomBytes(32), new Date().toISOString());
    return this.keyOf(subject) as Buffer;
  }
}

function b64(bytes: Buffer): string {
  return bytes.toString('base64url');
}

function unb64(text: string): Buffer {
  return Buffer.from(text, 'base64url');
}
