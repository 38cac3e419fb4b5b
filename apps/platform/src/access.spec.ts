import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { AccountStore } from '@khai/access';
import { EVENT_STORE, type EventStore, type Role, ROLES, ROLES_EXTENSION } from '@khai/event-sourcing';
import { runGenerator } from '@khai/generator';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { loadConfig } from './config';
import { createPlatform } from './platform';

type Operation = {
  operationId?: string;
  security?: object[];
  responses: Record<string, unknown>;
  'x-roles'?: string[];
};
type Document = { paths: Record<string, Record<string, Operation>>; components: { securitySchemes?: object } };

/**
 * The operations anyone may call: liveness, readiness, sign-in, and sign-in through the OpenID Connect provider (the
 * document itself is not in it).
 */
const OPEN = [
  'GET /health',
  'GET /health/ready',
  'POST /auth/sign-in',
  'GET /auth/oidc',
  'GET /auth/oidc/start',
  'GET /auth/oidc/callback',
];
const MEMBER = 'M-ACCESS';
const PARTNER = 'P-ACCESS';
const METRICS_TOKEN = randomBytes(24).toString('hex');
/** A grant on the owner inside the resource: `member (own memberId in the answer)`. */
const ON_ANSWER = /^(member|partner) \(own (\w+) in the answer\)$/;

/** The table of docs/access.md: each operation (`GET /members/{memberId}`) and who may call it besides admin. */
function documentedAccess(): Map<string, string[]> {
  const text = readFileSync(join(__dirname, '../../../docs/access.md'), 'utf8');
  const rows = [...text.matchAll(/^\| `(GET|POST) ([^`]+)` \| ([^|]+) \|/gm)];
  return new Map(rows.map(([, method, path, roles]) => [`${method} ${path}`, roles!.split(',').map((r) => r.trim())]));
}

/**
 * Every operation of the OpenAPI document, called by nobody and in every role: 401 without credentials, 403 for a
 * role the operation does not let in, and nothing written in either case; the roles it lets in get past the guard.
 */
describe('who may call every operation', () => {
  let app: NestFastifyApplication;
  let store: EventStore;
  let document: Document;
  const headers = new Map<Role, Record<string, string>>();

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'khai-access-'));
    // Lots, flocks, orders, shipments, settlements, contracts and invoices of other members and partners, for the
    // grants on the owner inside the resource.
    const generate = ['--years', '1', '--members', '2', '--seed', '15', '--start', '2025-01-01'];
    expect(await runGenerator([...generate, '--db', join(dataDir, 'events.sqlite')], { log: () => undefined })).toBe(0);
    app = await createPlatform(loadConfig({ KHAI_DATA_DIR: dataDir, KHAI_METRICS_TOKEN: METRICS_TOKEN }), false);
    await app.init();
    store = app.get<EventStore>(EVENT_STORE);
    // The process managers caught up with the generated log, so that nothing they append is taken for a write.
    for (let i = 0; ; i++) {
      const health = (await app.inject({ method: 'GET', url: '/health' })).json<Record<string, unknown>>();
      if (health.ready === true && health.readModelsLag === 0 && health.processesLag === 0) break;
      if (i === 1200) throw new Error('the platform did not catch up with the generated log');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    document = (await app.inject({ method: 'GET', url: '/docs-json' })).json<Document>();
    const accounts = app.get(AccountStore);
    for (const role of ROLES) {
      const password = randomBytes(18).toString('base64url');
      const bound = role === 'member' ? { memberId: MEMBER } : role === 'partner' ? { partnerId: PARTNER } : {};
      await accounts.add({ username: `walk-${role}`, role, password, ...bound }, 'test');
      const session = await accounts.signIn(`walk-${role}`, password);
      headers.set(role, { authorization: `Bearer ${session!.token}` });
    }
  });
  afterAll(() => app.close());

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([method, operation]) => ({
        name: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase() as 'GET' | 'POST',
        path,
        operation,
      })),
    );
  const urlOf = (path: string) => path.replace(/\{(\w+)\}/g, 'X-1');
  const call = (method: 'GET' | 'POST', url: string, who: Record<string, string>, body: object = {}) =>
    app.inject({
      method,
      url,
      headers: { ...who, ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
      ...(method === 'POST' ? { payload: JSON.stringify(body) } : {}),
    });

  it('declares who may call each operation, as docs/access.md says, with its credentials and its 401 and 403', () => {
    const documented = documentedAccess();
    const declared = new Map<string, string[]>();
    for (const { name, operation } of operations()) {
      if (OPEN.includes(name)) {
        expect({ name, security: operation.security, roles: operation[ROLES_EXTENSION] }).toEqual({ name });
        continue;
      }
      declared.set(name, operation[ROLES_EXTENSION] ?? []);
      expect({ name, security: operation.security }).toEqual({ name, security: [{ bearer: [] }, { session: [] }] });
      expect({ name, statuses: Object.keys(operation.responses).filter((s) => s === '401' || s === '403') }).toEqual({
        name,
        statuses: ['401', '403'],
      });
    }
    expect(declared.size).toBeGreaterThan(70);
    expect(Object.fromEntries(declared)).toEqual(Object.fromEntries(documented));
    expect(document.components.securitySchemes).toEqual({
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      session: expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'khai_session' }),
    });
  });

  it('answers 401 without valid credentials and 403 to a role not let in, writing nothing', async () => {
    const before = await store.headPosition();
    const wrong: string[] = [];
    for (const { name, method, path, operation } of operations()) {
      if (OPEN.includes(name)) continue;
      const url = urlOf(path);
      const nobody: Record<string, string>[] = [
        {},
        { authorization: 'Bearer khai_not-a-session' },
        { cookie: 'khai_session=expired' },
      ];
      for (const who of nobody) {
        const res = await call(method, url, who);
        if (res.statusCode !== 401 || res.json<{ code: string }>().code !== 'unauthenticated')
          wrong.push(`${name} ${JSON.stringify(who)}: ${res.statusCode}, expected 401`);
      }
      const grants = operation[ROLES_EXTENSION] ?? [];
      for (const role of ROLES) {
        if (role === 'admin' || grants.includes(role)) continue;
        // Let in on a resource they own: X-1 is no resource (404); the next test refuses them another's.
        if (grants.some((grant) => ON_ANSWER.exec(grant)?.[1] === role)) continue;
        // A member or partner let in on their own data only is refused on another's (the path's X-1).
        const res = await call(method, url, headers.get(role)!);
        if (res.statusCode !== 403 || res.headers['content-type']?.startsWith('application/problem+json') !== true)
          wrong.push(`${name} as ${role}: ${res.statusCode}, expected 403`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await store.headPosition()).toBe(before);
  });

  it('lets a member or partner read a resource whose owner is inside it only when it is theirs: else 403', async () => {
    const before = await store.headPosition();
    const log = await store.readAll({ maxCount: before });
    const accounts = app.get(AccountStore);
    const bound = new Map<string, Record<string, string>>();
    const boundTo = async (kind: 'member' | 'partner', id: string) => {
      const known = bound.get(`${kind} ${id}`);
      if (known) return known;
      const username = `own-${kind}-${id}`.toLowerCase().replace(/[^a-z0-9._-]/g, '-');
      const password = randomBytes(18).toString('base64url');
      const binding = kind === 'member' ? { memberId: id } : { partnerId: id };
      await accounts.add({ username, role: kind, password, ...binding }, 'test');
      bound.set(`${kind} ${id}`, { authorization: `Bearer ${(await accounts.signIn(username, password))!.token}` });
      return bound.get(`${kind} ${id}`)!;
    };
    const checked: string[] = [];
    const wrong: string[] = [];
    for (const { name, method, path, operation } of operations()) {
      for (const grant of operation[ROLES_EXTENSION] ?? []) {
        const onAnswer = ON_ANSWER.exec(grant);
        if (!onAnswer) continue;
        const [, kind, field] = onAnswer as unknown as [string, 'member' | 'partner', string];
        // A resource of the generated cooperative: an event naming it by the path's id, read as admin for its owner.
        const param = /\{(\w+)\}/.exec(path)![1]!;
        const event = log.find((e) => typeof (e.data as Record<string, unknown>)[param] === 'string');
        const url = path.replace(`{${param}}`, String((event?.data as Record<string, unknown> | undefined)?.[param]));
        const asAdmin = await call(method, url, headers.get('admin')!);
        const owner = asAdmin.json<Record<string, unknown>>()[field];
        if (asAdmin.statusCode !== 200 || typeof owner !== 'string') {
          wrong.push(`${name}: no ${param} with an owner in the generated log (${asAdmin.statusCode})`);
          continue;
        }
        const own = await call(method, url, await boundTo(kind, owner));
        if (own.statusCode !== 200 || own.body !== asAdmin.body)
          wrong.push(`${name} as the ${kind} ${owner} who owns it: ${own.statusCode}`);
        // The walk's member or partner is bound to another (M-ACCESS, P-ACCESS): refused, as problem details.
        const another = await call(method, url, headers.get(kind)!);
        if (another.statusCode !== 403 || another.json<{ code: string }>().code !== 'forbidden')
          wrong.push(`${name} as another ${kind}: ${another.statusCode}, expected 403`);
        checked.push(name);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked.sort()).toEqual([
      'GET /feed-contracts/{contractId}',
      'GET /feed-invoices/{invoiceId}',
      'GET /flocks/{flockId}',
      'GET /lots/{lotId}',
      'GET /sales-orders/{orderId}',
      'GET /shipments/{shipmentId}',
    ]);
    expect(await store.headPosition()).toBe(before);
  });

  it('lets in the roles each operation declares (admin everywhere), and members and partners on their own data', async () => {
    const wrong: string[] = [];
    // Signing out ends the session the rest uses: last.
    const last = (name: string) => (name === 'POST /auth/sign-out' ? 1 : 0);
    for (const { name, method, path, operation } of operations().sort((a, b) => last(a.name) - last(b.name))) {
      if (OPEN.includes(name)) continue;
      for (const grant of new Set(['admin', ...(operation[ROLES_EXTENSION] ?? [])])) {
        const own = /^(member|partner) \(own (\w+)\)$/.exec(grant) ?? ON_ANSWER.exec(grant);
        const role = (own?.[1] ?? grant) as Role | 'metrics token';
        const who = role === 'metrics token' ? { authorization: `Bearer ${METRICS_TOKEN}` } : headers.get(role)!;
        // On their own data: the bound id where the grant names it, in the path, the query or the body.
        let url = path;
        let body = {};
        if (own) {
          const [, kind, field] = own as unknown as [string, string, string];
          const id = kind === 'member' ? MEMBER : PARTNER;
          if (ON_ANSWER.test(grant))
            url = path; // the owner is in the answer: X-1 is none, 404 (next test)
          else if (path.includes(`{${field}}`)) url = url.replace(`{${field}}`, id);
          else if (method === 'GET') url += `?${field}=${id}`;
          else body = { [field]: id };
        }
        const res = await call(method, urlOf(url), who, body);
        if (res.statusCode === 401 || res.statusCode === 403)
          wrong.push(`${name} as ${grant}: ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lets the metrics token read /metrics and nothing else', async () => {
    const token = { authorization: `Bearer ${METRICS_TOKEN}` };
    expect((await call('GET', '/metrics', token)).statusCode).toBe(200);
    expect((await call('GET', '/read-models', token)).statusCode).toBe(403);
    expect((await call('GET', '/auth/me', token)).statusCode).toBe(403);
  });
});
