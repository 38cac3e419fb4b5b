import type { Body, RunningPlatform } from './running-platform';
import { startPlatform } from './running-platform';
import { signedIn } from './sign-in';

type AuditEvent = { stream: string; type: string; actor: string; occurredAt: string; position: number };

/** Issue 15 point 3: an administrator asks the log who did what, when; nobody else may. */
describe('who did what, when (admins, from the log)', () => {
  let admin: RunningPlatform;
  let manager: Record<string, string>;
  let managerActor: string;

  beforeAll(async () => {
    admin = await startPlatform('audit', 'admin');
    manager = await signedIn(admin.app, 'manager');
    const me = await admin.app.inject({ method: 'GET', url: '/auth/me', headers: manager });
    const { userId } = me.json<{ userId: string }>();
    managerActor = `user:${userId}:manager`;
    const partner = { name: 'Makro', kind: 'BUYER', channel: 'MODERN_TRADE', registeredOn: '2020-01-01' };
    for (const partnerId of ['B-MAKRO', 'B-TOPS']) {
      const res = await admin.app.inject({
        method: 'POST',
        url: '/partners',
        headers: { ...manager, 'content-type': 'application/json' },
        payload: { ...partner, partnerId },
      });
      expect(res.statusCode).toBe(201);
    }
    expect((await admin.call('POST', '/partners', { ...partner, partnerId: 'B-ADMIN' })).status).toBe(201);
  });
  afterAll(() => admin.app.close());

  const events = (body: Body) => body.events as AuditEvent[];

  it("answers each event's actor and time, without its data, filtered by actor, category and type", async () => {
    const byManager = await admin.call('GET', `/audit/log?actor=${encodeURIComponent(managerActor)}`);
    expect(byManager.status).toBe(200);
    expect(events(byManager.body).map((e) => [e.stream, e.type, e.actor])).toEqual([
      ['partner-B-MAKRO', 'PartnerRegistered', managerActor],
      ['partner-B-TOPS', 'PartnerRegistered', managerActor],
    ]);
    expect(events(byManager.body)[0]).not.toHaveProperty('data');
    expect(byManager.body).toMatchObject({ more: false });

    const all = await admin.call('GET', '/audit/log?category=partner&type=PartnerRegistered');
    expect(events(all.body).map((e) => e.stream)).toEqual(['partner-B-MAKRO', 'partner-B-TOPS', 'partner-B-ADMIN']);
    expect(events(all.body)[2]?.actor).toMatch(/^user:u-[0-9a-f]+:admin$/);

    const stream = await admin.call('GET', '/audit/streams/partner-B-TOPS');
    expect(stream.body).toMatchObject({ stream: 'partner-B-TOPS', nextRevision: null });
    expect(events(stream.body)).toEqual([expect.objectContaining({ type: 'PartnerRegistered', actor: managerActor })]);
  });

  it('reads the log in bounded steps: limit, then on from scannedTo', async () => {
    const first = await admin.call('GET', '/audit/log?category=partner&limit=1');
    expect(events(first.body).map((e) => e.stream)).toEqual(['partner-B-MAKRO']);
    expect(first.body.more).toBe(true);
    const next = await admin.call('GET', `/audit/log?category=partner&limit=1&after=${String(first.body.scannedTo)}`);
    expect(events(next.body).map((e) => e.stream)).toEqual(['partner-B-TOPS']);
  });

  it('refuses everyone but admins, and bad questions with 400', async () => {
    const asManager = await admin.app.inject({ method: 'GET', url: '/audit/log', headers: manager });
    expect(asManager.statusCode).toBe(403);
    expect((await admin.app.inject({ method: 'GET', url: '/audit/log' })).statusCode).toBe(401);
    for (const url of [
      '/audit/log?limit=501',
      '/audit/log?after=1e300',
      '/audit/log?actor=x',
      '/audit/streams/nostream',
    ])
      expect((await admin.call('GET', url)).status).toBe(400);
    expect((await admin.call('GET', '/audit/log?after=999999')).body).toMatchObject({ code: 'position_not_written' });
    expect((await admin.call('GET', '/audit/streams/partner-B-NOBODY')).status).toBe(404);
  });
});
