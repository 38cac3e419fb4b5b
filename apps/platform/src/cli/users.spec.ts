import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { AccountStore } from '@khai/access';

const PASSWORD = 'a password read from stdin';

/** The real command, as `npm run users` starts it (through tsx here, without a build). */
function users(dataDir: string, args: string[], input: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'users.ts'), ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, KHAI_DATA_DIR: dataDir },
  });
}

describe('npm run users', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'khai-users-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates the first admin in the data directory from a password on stdin, and prints nothing secret', () => {
    const run = users(dataDir, ['add', 'admin', '--role', 'admin'], `${PASSWORD}\n`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^added admin as admin \(user id u-[0-9a-f]{16}\)\n$/);
    const accounts = AccountStore.open(join(dataDir, 'accounts.sqlite'));
    return accounts
      .signIn('admin', PASSWORD)
      .then((session) => expect(session?.principal.role).toBe('admin'))
      .finally(() => accounts.close());
  }, 30_000);

  it('says why it refuses, on stderr, and exits 1', () => {
    const run = users(dataDir, ['add', 'noi', '--role', 'staff'], 'short\n');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('users: a password needs at least 12 characters\n');
    expect(run.stdout).toBe('');
  }, 30_000);
});
