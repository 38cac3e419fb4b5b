import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';

import { AccountRefused, AccountStore, usersCli } from '@khai/access';

import { ConfigError, loadConfig } from '../config';

/**
 * `npm run users -- add|passwd|disable|list …` on the accounts of `$KHAI_DATA_DIR/accounts.sqlite` (see
 * libs/access/src/users-cli.ts). Safe while the platform runs: both use the file, and a change is seen at once.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  mkdirSync(config.dataDir, { recursive: true });
  const accounts = AccountStore.open(join(config.dataDir, 'accounts.sqlite'));
  try {
    await usersCli(process.argv.slice(2), {
      accounts,
      newPassword: () => (process.stdin.isTTY ? askTwice() : firstLineOfStdin()),
      out: (line) => console.log(line),
      by: `cli:${userInfo().username}`,
    });
  } finally {
    accounts.close();
  }
}

async function firstLineOfStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}

async function askTwice(): Promise<string> {
  const password = await askHidden('new password: ');
  if ((await askHidden('the same again: ')) !== password) throw new AccountRefused('the two passwords differ');
  return password;
}

/** Reads a line at the terminal without echoing it. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    let typed = '';
    const done = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003' || char === '\u0004') return done(new AccountRefused('cancelled'));
        typed = char === '\u007f' || char === '\b' ? [...typed].slice(0, -1).join('') : typed + char;
      }
    };
    stdin.on('data', onData);
    stdin.resume();
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`configuration error: ${error.message}`);
  else if (error instanceof AccountRefused) console.error(`users: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
