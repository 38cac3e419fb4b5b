import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { AccountStore } from '@khai/access';
import { EVENT_STORE, type EventStore } from '@khai/event-sourcing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Provider } from 'oidc-provider';

import { loadConfig } from '../src/config';
import { createPlatform } from '../src/platform';

/** The people of the provider: their groups, and the member a member is. */
const PEOPLE: Record<string, { groups: string[]; khai_member_id?: string }> = {
  'ann.manager': { groups: ['everyone', 'coop-managers'] },
  'bee.staff': { groups: ['coop-staff'] },
  'cat.choir': { groups: ['village-choir'] },
  'dee.member': { groups: ['coop-members'], khai_member_id: 'M-OIDC-1' },
  'eve.member': { groups: ['coop-members'] },
  'fay.manager': { groups: ['coop-managers'] },
};
const CLIENT_SECRET = randomBytes(24).toString('hex');

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
const closed = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/** Cookies by name, as a browser keeps them for these two local origins (every path: enough here). */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (value === '' || /max-age=0/i.test(line) || /expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Sign-in through a real OpenID Connect provider (`oidc-provider`, a certified implementation) started here, behind a
 * small proxy that can spoil the ID token's signature on its way to Khai; Khai runs on embedded defaults in a fresh
 * data directory, configured for the provider. A browser is played over real HTTP: redirects followed by hand, the
 * provider's login and consent forms posted, cookies kept.
 */
describe('sign-in through an OpenID Connect provider', () => {
  let providerServer: Server;
  let proxy: Server;
  let issuer: string;
  let app: NestFastifyApplication;
  let khai: string;
  let store: EventStore;
  let tamperIdToken = false;

  beforeAll(async () => {
    // Khai's port first: the provider must know the redirect URI.
    const probe = createServer();
    const khaiPort = await listen(probe);
    await closed(probe);
    khai = `http://127.0.0.1:${khaiPort}`;

    providerServer = createServer();
    const providerPort = await listen(providerServer);
    proxy = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const forward = httpRequest(
          { host: '127.0.0.1', port: providerPort, method: req.method, path: req.url, headers: req.headers },
          (answer) => {
            const parts: Buffer[] = [];
            answer.on('data', (chunk: Buffer) => parts.push(chunk));
            answer.on('end', () => {
              let body = Buffer.concat(parts);
              const headers = { ...answer.headers };
              if (tamperIdToken && req.url === '/token' && answer.statusCode === 200) {
                const tokens = JSON.parse(body.toString()) as { id_token: string };
                const [header, payload, signature] = tokens.id_token.split('.') as [string, string, string];
                const spoiled = Buffer.from(signature, 'base64url');
                spoiled[0] = spoiled[0]! ^ 0xff;
                tokens.id_token = `${header}.${payload}.${spoiled.toString('base64url')}`;
                body = Buffer.from(JSON.stringify(tokens));
                headers['content-length'] = String(body.length);
                delete headers['transfer-encoding'];
              }
              res.writeHead(answer.statusCode ?? 502, headers);
              res.end(body);
            });
          },
        );
        forward.end(Buffer.concat(chunks));
      });
    });
    issuer = `http://127.0.0.1:${await listen(proxy)}`;
    const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: 'khai',
          client_secret: CLIENT_SECRET,
          redirect_uris: [`${khai}/auth/oidc/callback`],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      jwks: { keys: [{ ...key, kid: 'test-key', alg: 'RS256', use: 'sig' }] },
      cookies: { keys: [randomBytes(16).toString('hex')] },
      // Lifetimes of its own (the defaults are fine, but the provider asks for them to be chosen).
      ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Grant: 600, Session: 600, Interaction: 600 },
      claims: { openid: ['sub'], groups: ['groups'], khai: ['khai_member_id'] },
      async findAccount(_ctx, id) {
        const person = PEOPLE[id];
        return person && { accountId: id, claims: () => ({ sub: id, ...person }) };
      },
    });
    const handle = provider.callback();
    providerServer.on('request', (req, res) => void handle(req, res));

    const config = loadConfig({
      KHAI_DATA_DIR: mkdtempSync(join(tmpdir(), 'khai-oidc-')),
      KHAI_COOKIE_SECURE: 'false',
      KHAI_OIDC_ISSUER: issuer,
      KHAI_OIDC_CLIENT_ID: 'khai',
      KHAI_OIDC_CLIENT_SECRET: CLIENT_SECRET,
      KHAI_OIDC_REDIRECT_URI: `${khai}/auth/oidc/callback`,
      KHAI_OIDC_SCOPES: 'openid groups khai',
      KHAI_OIDC_ROLE_MAP: 'coop-managers=manager,coop-staff=staff,coop-members=member',
    });
    app = await createPlatform(config, false);
    await app.listen({ port: khaiPort, host: '127.0.0.1' });
    store = app.get<EventStore>(EVENT_STORE);
  });

  afterAll(async () => {
    await app?.close();
    await closed(proxy);
    await closed(providerServer);
  });

  /**
   * What a browser does from `GET /auth/oidc/start` until the provider sends it back: the callback URL (not yet
   * called) and the browser's cookies.
   */
  async function atTheProvider(login: string, jar = new CookieJar()): Promise<{ callback: string; jar: CookieJar }> {
    let url = `${khai}/auth/oidc/start`;
    let form: URLSearchParams | undefined;
    for (let step = 0; step < 20; step++) {
      if (url.startsWith(`${khai}/auth/oidc/callback`)) return { callback: url, jar };
      const res = await fetch(url, {
        method: form ? 'POST' : 'GET',
        redirect: 'manual',
        headers: { cookie: jar.header(), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
        ...(form ? { body: form.toString() } : {}),
      });
      jar.take(res);
      form = undefined;
      if (res.status >= 300 && res.status < 400) {
        url = new URL(res.headers.get('location')!, url).href;
        continue;
      }
      const page = await res.text();
      const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
      const action = /<form[^>]* action="([^"]+)"/.exec(page)?.[1];
      if (res.status !== 200 || !prompt || !action) throw new Error(`${res.status} at ${url}: ${page.slice(0, 300)}`);
      // The provider's own login form (any password: its development interactions) and its consent form.
      form = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt });
      url = new URL(action.replace(/&amp;/g, '&'), url).href;
    }
    throw new Error('the sign-in did not come back to Khai');
  }

  async function back(callback: string, jar: CookieJar): Promise<Response> {
    const res = await fetch(callback, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.take(res);
    return res;
  }

  async function signedInAs(login: string): Promise<CookieJar> {
    const { callback, jar } = await atTheProvider(login);
    const res = await back(callback, jar);
    expect({ status: res.status, location: res.headers.get('location') }).toEqual({ status: 303, location: '/' });
    return jar;
  }

  const asSession = (jar: CookieJar) => ({ cookie: `khai_session=${jar.get('khai_session')}` });

  it('signs a manager in with a session cookie that the guard takes as any other session', async () => {
    expect(await (await fetch(`${khai}/auth/oidc`)).json()).toEqual({ enabled: true });
    const jar = await signedInAs('ann.manager');
    expect(jar.get('khai_oidc_flow')).toBeUndefined();
    const me = await fetch(`${khai}/auth/me`, { headers: asSession(jar) });
    expect(me.status).toBe(200);
    const principal = (await me.json()) as { userId: string; username: string; role: string };
    expect(principal).toEqual({
      userId: expect.stringMatching(/^u-[0-9a-f]{16}$/),
      username: expect.any(String),
      role: 'manager',
    });
    expect(principal.username).toMatch(/^oidc:/);

    // A manager-only route answers; the event it writes names the signed-in principal as its actor.
    const before = await store.headPosition();
    const res = await fetch(`${khai}/members`, {
      method: 'POST',
      headers: {
        ...asSession(jar),
        'content-type': 'application/json',
        'idempotency-key': randomBytes(8).toString('hex'),
      },
      body: JSON.stringify({
        memberId: 'M-OIDC-9',
        name: 'สมศรี ใจดี',
        citizenId: '1234567890121',
        joinedOn: '2026-01-05',
        farm: { farmId: 'F-OIDC-9', name: 'ฟาร์มสมศรี', district: 'หางดง', province: 'เชียงใหม่' },
      }),
    });
    expect(res.status).toBe(201);
    const written = await store.readAll({ after: before, maxCount: 100 });
    expect(written.map((e) => e.metadata.actor)).toContain(`user:${principal.userId}:manager`);

    // The same person signing in again is the same account.
    const again = await signedInAs('ann.manager');
    const meAgain = (await (await fetch(`${khai}/auth/me`, { headers: asSession(again) })).json()) as {
      userId: string;
    };
    expect(meAgain.userId).toBe(principal.userId);

    // Signing out ends that session (and only that one).
    expect((await fetch(`${khai}/auth/sign-out`, { method: 'POST', headers: asSession(jar) })).status).toBe(204);
    expect((await fetch(`${khai}/auth/me`, { headers: asSession(jar) })).status).toBe(401);
    expect((await fetch(`${khai}/auth/me`, { headers: asSession(again) })).status).toBe(200);
  });

  it('gives staff a staff session: 403 on a manager route', async () => {
    const jar = await signedInAs('bee.staff');
    const me = (await (await fetch(`${khai}/auth/me`, { headers: asSession(jar) })).json()) as { role: string };
    expect(me.role).toBe('staff');
    const res = await fetch(`${khai}/analytics/action-plan`, { headers: asSession(jar) });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('follows the provider: a role that changes there changes here, and no role left ends the sessions', async () => {
    const person = PEOPLE['bee.staff']!;
    const first = await signedInAs('bee.staff');
    person.groups = ['coop-managers'];
    const promoted = await signedInAs('bee.staff');
    const role = async (jar: CookieJar) =>
      ((await (await fetch(`${khai}/auth/me`, { headers: asSession(jar) })).json()) as { role: string }).role;
    // One account: its role is the provider's latest word, for every session of it.
    expect([await role(first), await role(promoted)]).toEqual(['manager', 'manager']);

    person.groups = ['village-choir'];
    const { callback, jar } = await atTheProvider('bee.staff');
    expect((await back(callback, jar)).status).toBe(403);
    for (const session of [first, promoted])
      expect((await fetch(`${khai}/auth/me`, { headers: asSession(session) })).status).toBe(401);
    person.groups = ['coop-staff'];
  });

  it('refuses a person whose account an admin disabled here, and has no password to change', async () => {
    const jar = await signedInAs('fay.manager');
    const password = await fetch(`${khai}/auth/password`, {
      method: 'POST',
      headers: { ...asSession(jar), 'content-type': 'application/json' },
      body: JSON.stringify({ currentPassword: 'anything at all', newPassword: 'a-new-password-long-enough' }),
    });
    expect(password.status).toBe(400);

    const accounts = app.get(AccountStore);
    const account = accounts.list().find((a) => a.oidc?.subject === 'fay.manager')!;
    expect(account.oidc).toEqual({ issuer, subject: 'fay.manager' });
    accounts.disable(account.username, 'test');
    expect((await fetch(`${khai}/auth/me`, { headers: asSession(jar) })).status).toBe(401);
    const { callback, jar: again } = await atTheProvider('fay.manager');
    const res = await back(callback, again);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { code: string }).code).toBe('oidc_no_role');
    expect(again.get('khai_session')).toBeUndefined();
  });

  it('binds a member to the member its claim names', async () => {
    const jar = await signedInAs('dee.member');
    const me = (await (await fetch(`${khai}/auth/me`, { headers: asSession(jar) })).json()) as object;
    expect(me).toMatchObject({ role: 'member', memberId: 'M-OIDC-1' });
  });

  it('refuses a person none of whose groups maps to a role, or a member without the member claim: no account', async () => {
    const accountsBefore = app.get(AccountStore).list().length;
    for (const login of ['cat.choir', 'eve.member']) {
      const { callback, jar } = await atTheProvider(login);
      const res = await back(callback, jar);
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(((await res.json()) as { code: string }).code).toBe('oidc_no_role');
      expect(jar.get('khai_session')).toBeUndefined();
    }
    expect(app.get(AccountStore).list()).toHaveLength(accountsBefore);
  });

  it('refuses a callback whose state was changed, one this browser did not start, and one used twice', async () => {
    const { callback, jar } = await atTheProvider('ann.manager');
    const changed = new URL(callback);
    changed.searchParams.set('state', `${changed.searchParams.get('state')}x`);
    const tampered = await back(changed.href, jar);
    expect(tampered.status).toBe(400);
    expect(((await tampered.json()) as { code: string }).code).toBe('oidc_flow_refused');
    // The flow is spent: the genuine answer after it is refused too.
    expect((await back(callback, jar)).status).toBe(400);

    // Another browser (no flow cookie) with a genuine answer: login CSRF.
    const other = await atTheProvider('ann.manager');
    expect((await back(other.callback, new CookieJar())).status).toBe(400);
    expect(jar.get('khai_session')).toBeUndefined();
  });

  it('refuses an ID token whose signature is not the provider’s', async () => {
    const { callback, jar } = await atTheProvider('ann.manager');
    tamperIdToken = true;
    try {
      const res = await back(callback, jar);
      expect(res.status).toBe(401);
      const problem = (await res.json()) as { code: string; detail: string };
      expect(problem.code).toBe('oidc_sign_in_failed');
      expect(problem.detail).toMatch(/signature/i);
      expect(jar.get('khai_session')).toBeUndefined();
    } finally {
      tamperIdToken = false;
    }
  });

  it('refuses a provider whose discovery document names another issuer', async () => {
    // `localhost` reaches the same provider, whose metadata says its issuer is 127.0.0.1: a mix-up, refused.
    const wrong = await createPlatform(
      loadConfig({
        KHAI_DATA_DIR: mkdtempSync(join(tmpdir(), 'khai-oidc-wrong-')),
        KHAI_OIDC_ISSUER: issuer.replace('127.0.0.1', 'localhost'),
        KHAI_OIDC_CLIENT_ID: 'khai',
        KHAI_OIDC_CLIENT_SECRET: CLIENT_SECRET,
        KHAI_OIDC_REDIRECT_URI: `${khai}/auth/oidc/callback`,
        KHAI_OIDC_ROLE_MAP: 'coop-managers=manager',
      }),
      false,
    );
    await wrong.init();
    try {
      const res = await wrong.inject({ method: 'GET', url: '/auth/oidc/start' });
      expect(res.statusCode).toBe(502);
      expect(res.json<{ code: string }>().code).toBe('oidc_provider_unavailable');
      expect(res.headers['set-cookie']).toBeUndefined();
    } finally {
      await wrong.close();
    }
  });

  it('answers 404 where no provider is configured', async () => {
    const plain = await createPlatform(
      loadConfig({ KHAI_DATA_DIR: mkdtempSync(join(tmpdir(), 'khai-no-oidc-')) }),
      false,
    );
    await plain.init();
    try {
      expect((await plain.inject({ method: 'GET', url: '/auth/oidc' })).json()).toEqual({ enabled: false });
      for (const url of ['/auth/oidc/start', '/auth/oidc/callback?code=x&state=y']) {
        const res = await plain.inject({ method: 'GET', url });
        expect({ url, status: res.statusCode, code: res.json<{ code: string }>().code }).toEqual({
          url,
          status: 404,
          code: 'oidc_not_configured',
        });
      }
    } finally {
      await plain.close();
    }
  });
});
