import { createHash, randomBytes } from 'node:crypto';

import { ID_PATTERN } from '@khai/contracts';
import { type Principal, type Role, ROLES } from '@khai/core';
import Database from 'better-sqlite3';

import { hashPassword, passwordMatches, passwordProblem } from './passwords';

/** A username: lowercase letters, digits, `.`, `_`, `-`, 2 to 64, starting with a letter or digit. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

/** An account as listed: never its password hash nor its sessions. */
export interface Account {
  readonly userId: string;
  readonly username: string;
  readonly role: Role;
  readonly memberId?: string;
  readonly partnerId?: string;
  readonly createdAt: string;
  readonly disabledAt?: string;
  /** An account made by a sign-in through the OpenID Connect provider: who it is there. */
  readonly oidc?: FederatedIdentity;
}

export interface NewAccount {
  readonly username: string;
  readonly role: Role;
  readonly password: string;
  readonly memberId?: string;
  readonly partnerId?: string;
}

/** Who the OpenID Connect provider signed in: its issuer and the person's subject there. */
export interface FederatedIdentity {
  readonly issuer: string;
  readonly subject: string;
}

/** The role (and member or partner) the provider's claims give a federated account. */
export interface FederatedRole {
  readonly role: Role;
  readonly memberId?: string;
  readonly partnerId?: string;
}

/** A session opened by a sign-in: its token (given once, stored only as its SHA-256) and when it ends. */
export interface Session {
  readonly token: string;
  readonly expiresAt: string;
  readonly principal: Principal;
}

/** A request about accounts that cannot be carried out (bad input, no such account): says why, changes nothing. */
export class AccountRefused extends Error {}

interface AccountRow {
  user_id: string;
  username: string;
  role: Role;
  member_id: string | null;
  partner_id: string | null;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
  issuer?: string | null;
  subject?: string | null;
}

export interface AccountStoreOptions {
  /** Hours a session lasts from its sign-in (12 by default). */
  readonly sessionHours?: number;
  readonly clock?: () => Date;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS accounts (
  user_id       TEXT PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  role          TEXT NOT NULL,
  member_id     TEXT,
  partner_id    TEXT,
  password_hash TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  disabled_at   TEXT
);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL REFERENCES accounts (user_id),
  expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_by_user ON sessions (user_id);
CREATE INDEX IF NOT EXISTS sessions_by_expiry ON sessions (expires_at);
CREATE TABLE IF NOT EXISTS oidc_identities (
  user_id TEXT PRIMARY KEY REFERENCES accounts (user_id),
  issuer  TEXT NOT NULL,
  subject TEXT NOT NULL,
  UNIQUE (issuer, subject)
);
CREATE TABLE IF NOT EXISTS account_log (
  at      TEXT NOT NULL,
  by      TEXT NOT NULL,
  user_id TEXT NOT NULL,
  action  TEXT NOT NULL
);`;

/**
 * The password "hash" of an account that signs in through the OpenID Connect provider: no argon2 hash, so no password
 * ever matches it, and its username (`oidc:…`) is not one `/auth/sign-in` looks up.
 */
const FEDERATED = '!oidc';

/** At most this many sessions' principals are kept in memory (a bound, not a working set: then it starts over). */
const MAX_CACHED_PRINCIPALS = 10_000;

/**
 * The local accounts and their sessions, in a SQLite file of the data directory (`accounts.sqlite`) or in memory.
 * Every request's token is looked up here, so a disabled account or a signed-out session stops working at once,
 * also when another process (the `users` CLI) changed the file. docs/architecture.md ("Access") says why here and
 * not in the event log.
 */
export class AccountStore {
  private readonly db: Database.Database;
  private readonly sessionMs: number;
  private readonly clock: () => Date;
  private readonly bySession: Database.Statement<[string, number], AccountRow & { session_expires_at: number }>;
  private readonly changes: Database.Statement<[], [number, number]>;
  /** Principals of sessions looked up, by token hash, while the file is as it was then (`principalsMark`). */
  private readonly principals = new Map<string, { readonly principal: Principal; readonly expiresAt: number }>();
  private principalsMark = '';
  private dummyHash: Promise<string> | undefined;

  private constructor(filename: string, options: AccountStoreOptions) {
    this.db = new Database(filename);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
    this.sessionMs = (options.sessionHours ?? 12) * 3_600_000;
    this.clock = options.clock ?? (() => new Date());
    this.bySession = this.db.prepare(
      `SELECT a.*, s.expires_at AS session_expires_at FROM sessions s JOIN accounts a ON a.user_id = s.user_id
       WHERE s.token_hash = ? AND s.expires_at > ? AND a.disabled_at IS NULL`,
    );
    // data_version moves when another connection (the users CLI, another process) commits; total_changes() when
    // this one writes: together, whether the file may differ from what a cached principal was read from.
    this.changes = this.db
      .prepare<[], [number, number]>('SELECT data_version, total_changes() FROM pragma_data_version')
      .raw();
  }

  static open(filename: string, options: AccountStoreOptions = {}): AccountStore {
    return new AccountStore(filename, options);
  }

  /** Accounts that live as long as the process: with the in-memory event store (tests). */
  static inMemory(options: AccountStoreOptions = {}): AccountStore {
    return new AccountStore(':memory:', options);
  }

  /** Creates an account; `by` says who did (kept in the account log). */
  async add(account: NewAccount, by: string): Promise<Account> {
    const username = checkedUsername(account.username);
    checkBinding(account);
    checkPassword(account.password, username);
    if (this.row(username)) throw new AccountRefused(`an account named ${username} already exists`);
    const passwordHash = await hashPassword(account.password);
    const userId = `u-${randomBytes(8).toString('hex')}`;
    const createdAt = this.clock().toISOString();
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO accounts (user_id, username, role, member_id, partner_id, password_hash, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          userId,
          username,
          account.role,
          account.memberId ?? null,
          account.partnerId ?? null,
          passwordHash,
          createdAt,
        );
      this.log(by, userId, `created as ${account.role}`);
    })();
    return toAccount(this.row(username)!);
  }

  /**
   * Sets an account's password and ends its sessions, but for `keep` (the session that changed it); by the CLI
   * also for a disabled account, which stays disabled.
   */
  async setPassword(username: string, password: string, by: string, keep?: string): Promise<void> {
    const row = this.existing(username);
    if (row.password_hash === FEDERATED)
      throw new AccountRefused(
        `${row.username} signs in through the OpenID Connect provider: its password is the provider's to change`,
      );
    checkPassword(password, row.username);
    const passwordHash = await hashPassword(password);
    this.db.transaction(() => {
      this.db.prepare('UPDATE accounts SET password_hash = ? WHERE user_id = ?').run(passwordHash, row.user_id);
      this.db
        .prepare('DELETE FROM sessions WHERE user_id = ? AND token_hash IS NOT ?')
        .run(row.user_id, keep === undefined ? null : tokenHash(keep));
      this.log(by, row.user_id, 'password set');
    })();
  }

  /** Disables an account: its sessions end at once and it can no longer sign in. */
  disable(username: string, by: string): Account {
    const row = this.existing(username);
    if (row.disabled_at !== null) return toAccount(row);
    this.db.transaction(() => {
      this.db
        .prepare('UPDATE accounts SET disabled_at = ? WHERE user_id = ?')
        .run(this.clock().toISOString(), row.user_id);
      this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(row.user_id);
      this.log(by, row.user_id, 'disabled');
    })();
    return toAccount(this.existing(username));
  }

  list(): Account[] {
    return this.db
      .prepare<[], AccountRow>(
        `SELECT a.*, o.issuer, o.subject FROM accounts a LEFT JOIN oidc_identities o ON o.user_id = a.user_id ORDER BY username`,
      )
      .all()
      .map(toAccount);
  }

  /** What was done to accounts, by whom and when (never a secret). */
  history(): { at: string; by: string; userId: string; action: string }[] {
    return this.db
      .prepare<[], { at: string; by: string; user_id: string; action: string }>(
        'SELECT at, by, user_id, action FROM account_log ORDER BY rowid',
      )
      .all()
      .map((r) => ({ at: r.at, by: r.by, userId: r.user_id, action: r.action }));
  }

  /**
   * A new session for a username and password, or undefined when they do not match an enabled account; an unknown
   * username costs the same hashing as a known one, so the time does not tell which was wrong.
   */
  async signIn(username: string, password: string): Promise<Session | undefined> {
    const row = USERNAME_PATTERN.test(username.toLowerCase()) ? this.row(username.toLowerCase()) : undefined;
    const matches = await passwordMatches(row?.password_hash ?? (await this.unknownUserHash()), password);
    if (!row || !matches || row.disabled_at !== null) return undefined;
    return this.openSession(row);
  }

  /**
   * A new session for a person the OpenID Connect provider signed in, in the role their claims map to; undefined
   * when their account here is disabled. The first sign-in of an issuer's subject makes their account: a user id of
   * its own (`u-` and random hex, as a local account's; the log names no subject of the provider's) and the username
   * `oidc:` and the same hex, which no local sign-in looks up. Later sign-ins set the role the provider gives now.
   */
  openFederatedSession(identity: FederatedIdentity, given: FederatedRole): Session | undefined {
    checkBinding(given);
    const row = this.db.transaction((): AccountRow | undefined => {
      const known = this.federatedRow(identity);
      if (!known) {
        const hex = randomBytes(8).toString('hex');
        const userId = `u-${hex}`;
        this.db
          .prepare(
            `INSERT INTO accounts (user_id, username, role, member_id, partner_id, password_hash, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            userId,
            `oidc:${hex}`,
            given.role,
            given.memberId ?? null,
            given.partnerId ?? null,
            FEDERATED,
            this.clock().toISOString(),
          );
        this.db
          .prepare('INSERT INTO oidc_identities (user_id, issuer, subject) VALUES (?, ?, ?)')
          .run(userId, identity.issuer, identity.subject);
        this.log(`oidc:${identity.issuer}`, userId, `created as ${given.role} at sign-in through the provider`);
        return this.federatedRow(identity);
      }
      if (known.disabled_at !== null) return undefined;
      const changed =
        known.role !== given.role ||
        known.member_id !== (given.memberId ?? null) ||
        known.partner_id !== (given.partnerId ?? null);
      if (!changed) return known;
      this.db
        .prepare('UPDATE accounts SET role = ?, member_id = ?, partner_id = ? WHERE user_id = ?')
        .run(given.role, given.memberId ?? null, given.partnerId ?? null, known.user_id);
      this.log(`oidc:${identity.issuer}`, known.user_id, `role set to ${given.role} by the provider's groups`);
      return this.federatedRow(identity);
    })();
    return row && this.openSession(row);
  }

  /**
   * Ends the sessions of a person the provider signed in whose groups now map to no role here: what they were let in
   * as before is no longer the provider's word. Makes no account.
   */
  endFederatedSessions(identity: FederatedIdentity): void {
    const known = this.federatedRow(identity);
    if (!known) return;
    const ended = this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(known.user_id);
    if (ended.changes > 0)
      this.log(`oidc:${identity.issuer}`, known.user_id, 'sessions ended: no group of theirs maps to a role');
  }

  /** Whether an account signs in through the OpenID Connect provider (it has no password here). */
  isFederated(userId: string): boolean {
    const row = this.db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE user_id = ?').get(userId);
    return row?.password_hash === FEDERATED;
  }

  /** Whether the password is the account's (for a change of password). */
  async passwordIs(userId: string, password: string): Promise<boolean> {
    const row = this.db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE user_id = ?').get(userId);
    return row !== undefined && (await passwordMatches(row.password_hash, password));
  }

  /** The principal of a session token, while the session lasts and its account is enabled. */
  principalOf(token: string): Principal | undefined {
    // Every request asks: a principal read before is answered again while nothing at all was written to the file
    // since (by this process or another) and its session has not expired, so a sign-out, a disable, a password or
    // role change takes effect at the next request as before; one statement on two counters instead of a join on
    // two indexes (docs/benchmarks.md, "Access").
    const hash = tokenHash(token);
    const now = this.clock().getTime();
    const [dataVersion, ownChanges] = this.changes.get()!;
    const mark = `${dataVersion}:${ownChanges}`;
    if (mark !== this.principalsMark) {
      this.principals.clear();
      this.principalsMark = mark;
    }
    const cached = this.principals.get(hash);
    if (cached !== undefined && cached.expiresAt > now) return cached.principal;
    const row = this.bySession.get(hash, now);
    if (!row) return undefined;
    const principal = toPrincipal(row);
    if (this.principals.size >= MAX_CACHED_PRINCIPALS) this.principals.clear();
    this.principals.set(hash, { principal, expiresAt: row.session_expires_at });
    return principal;
  }

  signOut(token: string): void {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash(token));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private openSession(row: AccountRow): Session {
    const token = `khai_${randomBytes(32).toString('base64url')}`;
    const now = this.clock().getTime();
    const expiresAt = now + this.sessionMs;
    this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now);
    this.db
      .prepare('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)')
      .run(tokenHash(token), row.user_id, expiresAt);
    return { token, expiresAt: new Date(expiresAt).toISOString(), principal: toPrincipal(row) };
  }

  private federatedRow({ issuer, subject }: FederatedIdentity): AccountRow | undefined {
    return this.db
      .prepare<[string, string], AccountRow>(
        `SELECT a.*, o.issuer, o.subject FROM oidc_identities o JOIN accounts a ON a.user_id = o.user_id
         WHERE o.issuer = ? AND o.subject = ?`,
      )
      .get(issuer, subject);
  }

  private row(username: string): AccountRow | undefined {
    return this.db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE username = ?').get(username);
  }

  private existing(username: string): AccountRow {
    const row = this.row(username.toLowerCase());
    if (!row) throw new AccountRefused(`there is no account named ${username}`);
    return row;
  }

  private log(by: string, userId: string, action: string): void {
    this.db
      .prepare('INSERT INTO account_log (at, by, user_id, action) VALUES (?, ?, ?, ?)')
      .run(this.clock().toISOString(), by, userId, action);
  }

  private unknownUserHash(): Promise<string> {
    this.dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    return this.dummyHash;
  }
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function checkedUsername(username: string): string {
  if (!USERNAME_PATTERN.test(username))
    throw new AccountRefused(
      `a username is 2 to 64 lowercase letters, digits, ".", "_" or "-", starting with a letter or digit; got "${username}"`,
    );
  return username;
}

function checkBinding({ role, memberId, partnerId }: Pick<NewAccount, 'role' | 'memberId' | 'partnerId'>): void {
  if (!(ROLES as readonly string[]).includes(role))
    throw new AccountRefused(`a role is one of ${ROLES.join(', ')}; got "${role}"`);
  if (role === 'member' ? memberId === undefined : memberId !== undefined)
    throw new AccountRefused('a member account, and only one, is bound to a member (--member <memberId>)');
  if (role === 'partner' ? partnerId === undefined : partnerId !== undefined)
    throw new AccountRefused('a partner account, and only one, is bound to a partner (--partner <partnerId>)');
  for (const id of [memberId, partnerId])
    if (id !== undefined && !ID_PATTERN.test(id))
      throw new AccountRefused(`"${id}" is not an id: a letter or digit, then up to 63 letters, digits, ".", "_", "-"`);
}

function checkPassword(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new AccountRefused(problem);
}

function toAccount(row: AccountRow): Account {
  return {
    ...toPrincipal(row),
    createdAt: row.created_at,
    ...(row.disabled_at === null ? {} : { disabledAt: row.disabled_at }),
    ...(row.issuer && row.subject ? { oidc: { issuer: row.issuer, subject: row.subject } } : {}),
  };
}

/** Who the account is, as a session's principal: never its hash nor its dates. */
function toPrincipal(row: AccountRow): Principal & { readonly role: Role } {
  return {
    userId: row.user_id,
    username: row.username,
    role: row.role,
    ...(row.member_id === null ? {} : { memberId: row.member_id }),
    ...(row.partner_id === null ? {} : { partnerId: row.partner_id }),
  };
}
