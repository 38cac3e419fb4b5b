import { type Role, ROLES } from '@khai/core';

import { AccountRefused, type AccountStore } from './account-store';

export const USERS_USAGE = [
  'usage: npm run users -- add <username> --role <role> [--member <memberId> | --partner <partnerId>]',
  '       npm run users -- passwd <username>',
  '       npm run users -- disable <username>',
  '       npm run users -- list',
  `roles: ${ROLES.join(', ')}. The password is read from standard input (its first line), or asked for at a terminal.`,
].join('\n');

export interface UsersCliIo {
  readonly accounts: AccountStore;
  /** The new password: asked for (twice, unechoed) at a terminal, else the first line of standard input. */
  readonly newPassword: () => Promise<string>;
  readonly out: (line: string) => void;
  /** Who runs the command, for the account log (`cli:<system user>`). */
  readonly by: string;
}

/**
 * The `users` command: creates the first admin and every later account, sets passwords, disables accounts (their
 * sessions end at once, also in a running platform) and lists them. Prints no password, hash or token.
 */
export async function usersCli(argv: readonly string[], io: UsersCliIo): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'add': {
      const { username, options } = parse(rest, ['--role', '--member', '--partner']);
      const role = options['--role'];
      if (role === undefined) throw new AccountRefused(`add needs --role (${ROLES.join(', ')})`);
      const account = await io.accounts.add(
        {
          username,
          role: role as Role,
          password: await io.newPassword(),
          ...(options['--member'] === undefined ? {} : { memberId: options['--member'] }),
          ...(options['--partner'] === undefined ? {} : { partnerId: options['--partner'] }),
        },
        io.by,
      );
      io.out(`added ${account.username} as ${describe(account)} (user id ${account.userId})`);
      return;
    }
    case 'passwd': {
      const { username } = parse(rest, []);
      await io.accounts.setPassword(username, await io.newPassword(), io.by);
      io.out(`password of ${username} set; its sessions have ended`);
      return;
    }
    case 'disable': {
      const { username } = parse(rest, []);
      const account = io.accounts.disable(username, io.by);
      io.out(`${account.username} disabled (since ${account.disabledAt}); its sessions have ended`);
      return;
    }
    case 'list': {
      if (rest.length > 0) throw new AccountRefused(`list takes no arguments\n${USERS_USAGE}`);
      const accounts = io.accounts.list();
      if (accounts.length === 0)
        io.out('no accounts yet: add the first admin with `npm run users -- add <name> --role admin`');
      for (const a of accounts)
        io.out(
          `${a.username}\t${describe(a)}\t${a.userId}\tcreated ${a.createdAt}${a.disabledAt ? `\tdisabled ${a.disabledAt}` : ''}` +
            (a.oidc ? `\tsigns in through ${a.oidc.issuer} as ${a.oidc.subject}` : ''),
        );
      return;
    }
    default:
      throw new AccountRefused(command === undefined ? USERS_USAGE : `unknown command "${command}"\n${USERS_USAGE}`);
  }
}

function describe(account: { role: string; memberId?: string; partnerId?: string }): string {
  if (account.memberId !== undefined) return `${account.role} of member ${account.memberId}`;
  if (account.partnerId !== undefined) return `${account.role} of partner ${account.partnerId}`;
  return account.role;
}

/** One username and the options the command takes, each given once with its value. */
function parse(
  args: readonly string[],
  takes: readonly string[],
): { username: string; options: Record<string, string> } {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const value = args[i + 1];
    if (!takes.includes(arg)) throw new AccountRefused(`unknown option ${arg}\n${USERS_USAGE}`);
    if (value === undefined || value.startsWith('--')) throw new AccountRefused(`${arg} needs a value`);
    if (options[arg] !== undefined) throw new AccountRefused(`${arg} is given twice`);
    options[arg] = value;
    i++;
  }
  if (positional.length !== 1) throw new AccountRefused(`name one username\n${USERS_USAGE}`);
  return { username: positional[0]!, options };
}
