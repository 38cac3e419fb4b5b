import { createHttpTestApp, type HttpTestApp } from '@khai/testing';

import { AccessModule } from './access.module';
import { AccountStore } from './account-store';
import { SignInThrottle } from './sign-in-throttle';

const PASSWORD = 'ไข่ไก่สดทุกวัน-2026';

describe('sign-in over HTTP (/auth)', () => {
  let t: HttpTestApp;
  let accounts: AccountStore;
  let now: number;
  beforeEach(async () => {
    now = Date.parse('2026-06-01T08:00:00Z');
    accounts = AccountStore.inMemory();
    const throttle = new SignInThrottle({ clock: () => new Date(now) });
    t = await createHttpTestApp(
      [AccessModule.forRoot({ accounts, throttle, metricsToken: 'm'.repeat(40) })],
      undefined,
      { signIn: 'accounts' },
    );
    await accounts.add({ username: 'noi', role: 'staff', password: PASSWORD }, 'test');
    await accounts.add({ username: 'farmer.m001', role: 'member', memberId: 'M001', password: PASSWORD }, 'test');
  });
  afterEach(async () => {
    await t.close();
    accounts.close();
  });

  const signIn = (payload: object) => t.app.inject({ method: 'POST', url: '/auth/sign-in', payload });
  const me = (headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: '/auth/me', headers });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const tokenOf = async (username = 'noi', password = PASSWORD) =>
    (await signIn({ username, password, session: 'bearer' })).json<{ token: string }>().token;

  it('answers a bearer token for an API client, and who it is', async () => {
    const res = await signIn({ username: 'farmer.m001', password: PASSWORD, session: 'bearer' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    const { token, ...session } = res.json<{ token: string; userId: string }>();
    expect(session).toEqual({
      userId: expect.stringMatching(/^u-/),
      username: 'farmer.m001',
      role: 'member',
      memberId: 'M001',
      expiresAt: expect.any(String),
    });
    const who = await me(bearer(token));
    expect(who.statusCode).toBe(200);
    expect(who.json()).toEqual({ userId: session.userId, username: 'farmer.m001', role: 'member', memberId: 'M001' });
  });

  it('sets an HttpOnly, SameSite=Strict, Secure session cookie for the web app, and answers no token', async () => {
    const res = await signIn({ username: 'noi', password: PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json()).not.toHaveProperty('token');
    const cookie = res.headers['set-cookie'] as string;
    expect(cookie).toMatch(/^khai_session=khai_[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Secure; Expires=/);
    const session = cookie.split(';')[0]!;
    expect((await me({ cookie: `theme=dark; ${session}` })).json()).toMatchObject({ username: 'noi', role: 'staff' });
  });

  it('answers one 401 for a wrong password and an unknown username, as problem details', async () => {
    const wrong = await signIn({ username: 'noi', password: 'not the password at all' });
    const unknown = await signIn({ username: 'nobody', password: PASSWORD });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json()).toMatchObject({ code: 'sign_in_failed' });
    expect((await signIn({ username: 'noi' })).statusCode).toBe(400);
    expect((await signIn({ username: 'noi', password: PASSWORD, session: 'jwt' })).statusCode).toBe(400);
  });

  it('makes a username wait after five failures in a row, even with the right password, then lets it in', async () => {
    for (let i = 0; i < 5; i++)
      expect((await signIn({ username: 'noi', password: `guess ${i}` })).statusCode).toBe(401);
    expect((await signIn({ username: 'noi', password: 'guess 5' })).statusCode).toBe(401);
    const refused = await signIn({ username: 'noi', password: PASSWORD });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.json()).toMatchObject({ code: 'sign_in_throttled', retryAfterSeconds: 1 });
    expect((await signIn({ username: 'farmer.m001', password: PASSWORD })).statusCode).toBe(200);
    now += 1000;
    expect((await signIn({ username: 'noi', password: PASSWORD })).statusCode).toBe(200);
  });

  it('answers 401 without credentials or with a token that is not a session, and lets the metrics token in nowhere here', async () => {
    const attempts: Record<string, string>[] = [
      {},
      bearer('khai_made-up'),
      { authorization: 'Basic bm9pOnB3' },
      { cookie: 'khai_session=' },
    ];
    for (const headers of attempts) {
      const res = await me(headers);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'unauthenticated', status: 401 });
    }
    expect((await me(bearer('m'.repeat(40)))).statusCode).toBe(403);
  });

  it('signs out: the token stops working at once and the cookie is dropped', async () => {
    const token = await tokenOf();
    const out = await t.app.inject({ method: 'POST', url: '/auth/sign-out', headers: bearer(token) });
    expect(out.statusCode).toBe(204);
    expect(out.headers['set-cookie']).toMatch(/^khai_session=; Path=\/; HttpOnly; SameSite=Strict; Secure; Max-Age=0$/);
    expect((await me(bearer(token))).statusCode).toBe(401);
  });

  it('changes the password: the current one must be given, the new one must do, other sessions end', async () => {
    const token = await tokenOf();
    const other = await tokenOf();
    const change = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/auth/password', payload, headers: bearer(token) });
    const wrong = await change({ currentPassword: 'not it at all', newPassword: 'a new password for noi' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ errors: [{ field: 'currentPassword' }] });
    const weak = await change({ currentPassword: PASSWORD, newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ errors: [{ field: 'newPassword', messages: [expect.stringMatching(/12/)] }] });
    expect((await me(bearer(other))).statusCode).toBe(200);
    expect((await change({ currentPassword: PASSWORD, newPassword: 'a new password for noi' })).statusCode).toBe(204);
    expect((await me(bearer(token))).statusCode).toBe(200);
    expect((await me(bearer(other))).statusCode).toBe(401);
    expect((await signIn({ username: 'noi', password: PASSWORD })).statusCode).toBe(401);
    expect((await signIn({ username: 'noi', password: 'a new password for noi' })).statusCode).toBe(200);
  });

  it('ends the sessions of a disabled account at once', async () => {
    const token = await tokenOf();
    accounts.disable('noi', 'cli:root');
    expect((await me(bearer(token))).statusCode).toBe(401);
    expect((await signIn({ username: 'noi', password: PASSWORD })).statusCode).toBe(401);
  });
});

describe('the session cookie without Secure, for plain HTTP', () => {
  it('leaves Secure out when configured so', async () => {
    const accounts = AccountStore.inMemory();
    const t = await createHttpTestApp([AccessModule.forRoot({ accounts, cookieSecure: false })], undefined, {
      signIn: 'accounts',
    });
    try {
      await accounts.add({ username: 'noi', role: 'staff', password: PASSWORD }, 'test');
      const res = await t.app.inject({
        method: 'POST',
        url: '/auth/sign-in',
        payload: { username: 'noi', password: PASSWORD },
      });
      expect(res.headers['set-cookie']).toMatch(/SameSite=Strict; Expires=/);
      expect(res.headers['set-cookie']).not.toContain('Secure');
    } finally {
      await t.close();
      accounts.close();
    }
  });
});
