import { randomBytes } from 'node:crypto';

import { AccountStore } from '@khai/access';
import type { Role } from '@khai/event-sourcing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * The headers of requests by a real account of the platform in this role: the account is created in the platform's
 * account file (as `npm run users -- add` does) and signs in over HTTP for a bearer token. A `member` or `partner`
 * account is bound to the member or partner named.
 */
export async function signedIn(
  app: NestFastifyApplication,
  role: Role,
  boundTo?: string,
): Promise<Record<string, string>> {
  const username = `e2e-${role}${boundTo === undefined ? '' : `-${boundTo.toLowerCase()}`}`;
  const password = randomBytes(18).toString('base64url');
  await app.get(AccountStore).add(
    {
      username,
      role,
      password,
      ...(role === 'member' ? { memberId: boundTo } : {}),
      ...(role === 'partner' ? { partnerId: boundTo } : {}),
    },
    'e2e',
  );
  const res = await app.inject({
    method: 'POST',
    url: '/auth/sign-in',
    payload: { username, password, session: 'bearer' },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username}: ${res.statusCode} ${res.body}`);
  return { authorization: `Bearer ${res.json<{ token: string }>().token}` };
}
