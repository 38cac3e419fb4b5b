import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { AccountRefused, AccountStore } from './account-store';

const PASSWORD = 'ไข่ไก่สดทุกวัน-2026';

describe('AccountStore', () => {
  let now: Date;
  let accounts: AccountStore;
  beforeEach(() => {
    now = new Date('2026-06-01T08:00:00Z');
    accounts = AccountStore.inMemory({ sessionHours: 12, clock: () => now });
  });
  afterEach(() => accounts.close());

  it('creates accounts with an opaque id, lists them without secrets, and keeps who did it', async () => {
    const somsri = await accounts.add({ username: 'somsri', role: 'manager', password: PASSWORD }, 'cli:root');
    await accounts.add({ username: 'farmer.m001', role: 'member', memberId: 'M001', password: PASSWORD }, 'cli:root');
    expect(somsri).toEqual({
      userId: expect.stringMatching(/^u-[0-9a-f]{16}$/),
      username: 'somsri',
      role: 'manager',
      createdAt: '2026-06-01T08:00:00.000Z',
    });
    expect(accounts.list().map((a) => [a.username, a.role, a.memberId])).toEqual([
      ['farmer.m001', 'member', 'M001'],
      ['somsri', 'manager', undefined],
    ]);
    expect(JSON.stringify(accounts.list())).not.toContain('argon2');
    expect(accounts.history()).toEqual([
      { at: '2026-06-01T08:00:00.000Z', by: 'cli:root', userId: somsri.userId, action: 'created as manager' },
      expect.objectContaining({ action: 'created as member' }),
    ]);
  });

  it('refuses bad accounts with the reason and writes nothing', async () => {
    const refusals: [Parameters<AccountStore['add']>[0], RegExp][] = [
      [{ username: 'Somsri', role: 'staff', password: PASSWORD }, /lowercase/],
      [{ username: 'x', role: 'staff', password: PASSWORD }, /2 to 64/],
      [{ username: 'noi', role: 'owner' as 'staff', password: PASSWORD }, /a role is one of admin, manager/],
      [{ username: 'noi', role: 'member', password: PASSWORD }, /--member/],
      [{ username: 'noi', role: 'staff', memberId: 'M001', password: PASSWORD }, /--member/],
      [{ username: 'noi', role: 'partner', password: PASSWORD }, /--partner/],
      [{ username: 'noi', role: 'member', memberId: 'M 1', password: PASSWORD }, /is not an id/],
      [{ username: 'noi', role: 'staff', password: 'short' }, /at least 12 characters/],
      [{ username: 'noi.sawasdee', role: 'staff', password: 'NOI.SAWASDEE' }, /not be the username/],
    ];
    for (const [account, reason] of refusals) {
      await expect(accounts.add(account, 'test')).rejects.toThrow(reason);
      await expect(accounts.add(account, 'test')).rejects.toBeInstanceOf(AccountRefused);
    }
    await accounts.add({ username: 'noi', role: 'staff', password: PASSWORD }, 'test');
    await expect(accounts.add({ username: 'noi', role: 'admin', password: PASSWORD }, 'test')).rejects.toThrow(
      /already exists/,
    );
    expect(accounts.list()).toEqual([expect.objectContaining({ username: 'noi', role: 'staff' })]);
    expect(accounts.history()).toHaveLength(1);
  });

  it('signs in with the right password only, and finds the principal by the token while the session lasts', async () => {
    const { userId } = await accounts.add({ username: 'noi', role: 'staff', password: PASSWORD }, 'test');
    expect(await accounts.signIn('noi', 'not the password')).toBeUndefined();
    expect(await accounts.signIn('nobody', PASSWORD)).toBeUndefined();
    expect(await accounts.signIn('no i', PASSWORD)).toBeUndefined();
    const session = await accounts.signIn('NOI', PASSWORD);
    expect(session).toEqual({
      token: expect.stringMatching(/^khai_[A-Za-z0-9_-]{43}$/),
      expiresAt: '2026-06-01T20:00:00.000Z',
      principal: { userId, username: 'noi', role: 'staff' },
    });
    expect(accounts.principalOf(session!.token)).toEqual(session!.principal);
    expect(accounts.principalOf(`${session!.token}x`)).toBeUndefined();
    now = new Date('2026-06-01T19:59:59Z');
    expect(accounts.principalOf(session!.token)).toBeDefined();
    now = new Date('2026-06-01T20:00:00Z');
    expect(accounts.principalOf(session!.token)).toBeUndefined();
  });

  it('ends every session of a disabled account at once, and it signs in no more', async () => {
    await accounts.add({ username: 'noi', role: 'staff', password: PASSWORD }, 'test');
    const one = await accounts.signIn('noi', PASSWORD);
    const two = await accounts.signIn('noi', PASSWORD);
    expect(accounts.disable('noi', 'cli:root').disabledAt).toBe('2026-06-01T08:00:00.000Z');
    expect(accounts.principalOf(one!.token)).toBeUndefined();
    expect(accounts.principalOf(two!.token)).toBeUndefined();
    expect(await accounts.signIn('noi', PASSWORD)).toBeUndefined();
    expect(() => accounts.disable('nobody', 'cli:root')).toThrow(/no account named nobody/);
  });

  it('sets a password, ending the account’s other sessions', async () => {
    const { userId } = await accounts.add({ username: 'noi', role: 'staff', password: PASSWORD }, 'test');
    const kept = await accounts.signIn('noi', PASSWORD);
    const other = await accounts.signIn('noi', PASSWORD);
    await expect(accounts.setPassword('noi', 'short', 'test')).rejects.toThrow(/at least 12/);
    expect(accounts.principalOf(other!.token)).toBeDefined();
    await accounts.setPassword('noi', 'a new password for noi', `user:${userId}`, kept!.token);
    expect(accounts.principalOf(kept!.token)).toBeDefined();
    expect(accounts.principalOf(other!.token)).toBeUndefined();
    expect(await accounts.signIn('noi', PASSWORD)).toBeUndefined();
    expect(await accounts.passwordIs(userId, 'a new password for noi')).toBe(true);
    expect(accounts.history().map((h) => h.action)).toEqual(['created as staff', 'password set']);
  });

  it('keeps accounts in a file another process changes: a disable there ends the sessions here at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khai-accounts-'));
    const file = join(dir, 'accounts.sqlite');
    const platform = AccountStore.open(file);
    const cli = AccountStore.open(file);
    try {
      await cli.add({ username: 'noi', role: 'staff', password: PASSWORD }, 'cli:root');
      const session = await platform.signIn('noi', PASSWORD);
      expect(platform.principalOf(session!.token)).toMatchObject({ username: 'noi' });
      cli.disable('noi', 'cli:root');
      expect(platform.principalOf(session!.token)).toBeUndefined();
      // Only the token's SHA-256 is stored, and the password only as its argon2id hash.
      const bytes = ['', '-wal'].map((suffix) => readFileSync(file + suffix).toString('latin1')).join('');
      expect(bytes).not.toContain(session!.token);
      expect(bytes).not.toContain(PASSWORD);
      expect(bytes).toContain('$argon2id$v=19$m=19456,t=2,p=1$');
    } finally {
      platform.close();
      cli.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers a principal from memory only while nothing was written, here or by another process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khai-accounts-'));
    const file = join(dir, 'accounts.sqlite');
    const platform = AccountStore.open(file, { sessionHours: 12, clock: () => now });
    const cli = AccountStore.open(file, { clock: () => now });
    try {
      await cli.add({ username: 'noi', role: 'staff', password: PASSWORD }, 'cli:root');
      await cli.add({ username: 'dao', role: 'manager', password: PASSWORD }, 'cli:root');
      const [noi1, noi2, noi3, dao] = await Promise.all([
        platform.signIn('noi', PASSWORD),
        platform.signIn('noi', PASSWORD),
        platform.signIn('noi', PASSWORD),
        platform.signIn('dao', PASSWORD),
      ]);
      // Each read once, so that the next answers could come from memory.
      for (const s of [noi1, noi2, noi3, dao]) expect(platform.principalOf(s!.token)).toBeDefined();

      platform.signOut(noi1!.token); // this process
      expect(platform.principalOf(noi1!.token)).toBeUndefined();
      expect(platform.principalOf(noi2!.token)).toMatchObject({ username: 'noi' });

      await cli.setPassword('noi', 'a new password for noi', 'cli:root', noi3!.token); // another process
      expect(platform.principalOf(noi2!.token)).toBeUndefined();
      expect(platform.principalOf(noi3!.token)).toMatchObject({ username: 'noi' });

      cli.disable('dao', 'cli:root'); // another process
      expect(platform.principalOf(dao!.token)).toBeUndefined();
      expect(platform.principalOf(noi3!.token)).toMatchObject({ username: 'noi' });

      now = new Date('2026-06-01T20:00:00Z'); // the session's end, nothing written
      expect(platform.principalOf(noi3!.token)).toBeUndefined();
    } finally {
      platform.close();
      cli.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('accounts of the OpenID Connect provider', () => {
    const ann = { issuer: 'https://login.coop.example', subject: '248289761001' };

    it('makes one account per issuer and subject at its first sign-in, with an id that names no subject', async () => {
      const first = accounts.openFederatedSession(ann, { role: 'staff' })!;
      const second = accounts.openFederatedSession(ann, { role: 'staff' })!;
      expect(first.principal).toEqual({
        userId: expect.stringMatching(/^u-[0-9a-f]{16}$/),
        username: first.principal.username,
        role: 'staff',
      });
      expect(first.principal.username).toBe(`oidc:${first.principal.userId.slice(2)}`);
      expect(second.principal.userId).toBe(first.principal.userId);
      expect(accounts.principalOf(first.token)).toEqual(first.principal);
      // The same subject at another issuer is another person.
      const elsewhere = accounts.openFederatedSession({ ...ann, issuer: 'https://other.example' }, { role: 'staff' })!;
      expect(elsewhere.principal.userId).not.toBe(first.principal.userId);
      expect(accounts.list().find((a) => a.userId === first.principal.userId)).toMatchObject({ oidc: ann });
      expect(accounts.history().map((h) => h.action)).toEqual([
        'created as staff at sign-in through the provider',
        'created as staff at sign-in through the provider',
      ]);
    });

    it('takes the role the provider gives at each sign-in, for every session of the account', () => {
      const before = accounts.openFederatedSession(ann, { role: 'staff' })!;
      const after = accounts.openFederatedSession(ann, { role: 'member', memberId: 'M001' })!;
      expect(accounts.principalOf(before.token)).toMatchObject({ role: 'member', memberId: 'M001' });
      expect(after.principal).toMatchObject({ role: 'member', memberId: 'M001' });
      expect(accounts.history().at(-1)).toMatchObject({
        by: `oidc:${ann.issuer}`,
        action: "role set to member by the provider's groups",
      });
      accounts.endFederatedSessions(ann);
      expect([accounts.principalOf(before.token), accounts.principalOf(after.token)]).toEqual([undefined, undefined]);
    });

    it('refuses a bad binding and a disabled account, and never signs in or sets a password by name', async () => {
      expect(() => accounts.openFederatedSession(ann, { role: 'member' })).toThrow(AccountRefused);
      expect(() => accounts.openFederatedSession(ann, { role: 'member', memberId: 'not an id' })).toThrow(
        AccountRefused,
      );
      expect(accounts.list()).toEqual([]);
      const session = accounts.openFederatedSession(ann, { role: 'manager' })!;
      const { username } = session.principal;
      expect(await accounts.signIn(username, '!oidc')).toBeUndefined();
      await expect(accounts.setPassword(username, PASSWORD, 'cli:root')).rejects.toThrow(
        'signs in through the OpenID Connect provider',
      );
      expect(accounts.isFederated(session.principal.userId)).toBe(true);
      accounts.disable(username, 'cli:root');
      expect(accounts.openFederatedSession(ann, { role: 'manager' })).toBeUndefined();
      expect(accounts.principalOf(session.token)).toBeUndefined();
    });
  });
});
