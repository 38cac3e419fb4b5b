import { AccountStore } from './account-store';
import { usersCli } from './users-cli';

const PASSWORD = 'ไข่ไก่สดทุกวัน-2026';

describe('the users command', () => {
  let accounts: AccountStore;
  let out: string[];
  let passwords: string[];
  beforeEach(() => {
    accounts = AccountStore.inMemory();
    out = [];
    passwords = [];
  });
  afterEach(() => accounts.close());
  const run = (...argv: string[]) =>
    usersCli(argv, {
      accounts,
      newPassword: async () => passwords.shift() ?? PASSWORD,
      out: (line) => out.push(line),
      by: 'cli:root',
    });

  it('adds the first admin and later accounts bound to a member or partner, and lists them', async () => {
    await run('list');
    expect(out).toEqual([expect.stringContaining('no accounts yet')]);
    await run('add', 'admin', '--role', 'admin');
    await run('add', 'farmer.m001', '--member', 'M001', '--role', 'member');
    await run('add', 'makro', '--role', 'partner', '--partner', 'B-makro-cm');
    out = [];
    await run('list');
    expect(out).toEqual([
      expect.stringMatching(/^admin\tadmin\tu-[0-9a-f]{16}\tcreated /),
      expect.stringMatching(/^farmer\.m001\tmember of member M001\t/),
      expect.stringMatching(/^makro\tpartner of partner B-makro-cm\t/),
    ]);
    expect(await accounts.signIn('farmer.m001', PASSWORD)).toMatchObject({ principal: { memberId: 'M001' } });
    expect(accounts.history().every((h) => h.by === 'cli:root')).toBe(true);
  });

  it('sets a password and disables an account, ending its sessions', async () => {
    await run('add', 'noi', '--role', 'staff');
    const session = await accounts.signIn('noi', PASSWORD);
    passwords.push('another password for noi');
    await run('passwd', 'noi');
    expect(accounts.principalOf(session!.token)).toBeUndefined();
    const next = await accounts.signIn('noi', 'another password for noi');
    await run('disable', 'noi');
    expect(accounts.principalOf(next!.token)).toBeUndefined();
    expect(out.at(-1)).toMatch(/^noi disabled \(since .*\); its sessions have ended$/);
  });

  it('lists an account of the OpenID Connect provider with its subject there, disables it, and sets it no password', async () => {
    const session = accounts.openFederatedSession(
      { issuer: 'https://login.coop.example', subject: 'ann' },
      { role: 'manager' },
    )!;
    const { username } = session.principal;
    await run('list');
    const [account] = accounts.list();
    expect(out).toEqual([
      `${username}\tmanager\t${account!.userId}\tcreated ${account!.createdAt}\tsigns in through https://login.coop.example as ann`,
    ]);
    await expect(run('passwd', username)).rejects.toThrow('signs in through the OpenID Connect provider');
    await run('disable', username);
    expect(accounts.principalOf(session.token)).toBeUndefined();
  });

  it('refuses bad commands with the reason and the usage, changing nothing, and prints no secret', async () => {
    for (const argv of [
      [],
      ['remove', 'noi'],
      ['add', 'noi'],
      ['add', 'noi', '--role'],
      ['add', 'noi', '--role', 'staff', '--role', 'admin'],
      ['add', 'noi', 'somsri', '--role', 'staff'],
      ['add', 'noi', '--role', 'staff', '--colour', 'blue'],
      ['add', 'noi', '--role', 'superuser'],
      ['add', 'noi', '--role', 'member'],
      ['passwd', 'nobody'],
      ['disable'],
      ['list', 'all'],
    ]) {
      await expect(run(...argv)).rejects.toThrow(/\S/);
    }
    passwords.push('short');
    await expect(run('add', 'noi', '--role', 'staff')).rejects.toThrow(/at least 12 characters/);
    expect(accounts.list()).toEqual([]);
    expect(out.join('\n')).not.toContain(PASSWORD);
  });
});
