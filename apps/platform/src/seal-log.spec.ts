import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { AccountStore } from '@khai/access';
import { type EventEnvelope, type Role, SqliteEventStore } from '@khai/event-sourcing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { loadConfig } from './config';
import { createPlatform } from './platform';
import { sealLogCommand } from './seal-log-command';

const SOMCHAI = { memberId: 'M001', name: 'สมชาย ใจดี', citizenId: '1234567890121', joinedOn: '2024-01-15' };
const SOMYING = { memberId: 'M002', name: 'สมหญิง ดีใจ', citizenId: '3100500123458', joinedOn: '2024-02-01' };

function written(type: string, data: object): EventEnvelope {
  const metadata = {
    eventId: randomUUID(),
    schemaVersion: 1,
    occurredAt: '2024-01-15T03:00:00.000Z',
    actor: 'user:u-old:manager',
    correlationId: randomUUID(),
    causationId: null,
    idempotencyKey: null,
  };
  return { type, data, metadata };
}

/**
 * Members registered before sealing are in the clear in the log; `npm run seal-log` (issue 15) rewrites it so that
 * they are sealed like everyone's, and those erased meanwhile are gone: afterwards no file of the data directory
 * holds their names or citizen ids, and the platform reads the member as before.
 */
describe('sealing a log written before sealing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khai-seal-log-'));
  const config = loadConfig({ KHAI_DATA_DIR: dir });
  const passwords = new Map<Role, string>();
  let app: NestFastifyApplication;

  async function as(role: Role): Promise<Record<string, string>> {
    const accounts = app.get(AccountStore);
    if (!passwords.has(role)) {
      passwords.set(role, randomBytes(18).toString('base64url'));
      await accounts.add({ username: `seal-${role}`, role, password: passwords.get(role)! }, 'test');
    }
    return { authorization: `Bearer ${(await accounts.signIn(`seal-${role}`, passwords.get(role)!))!.token}` };
  }
  const member = async (id: string) =>
    (await app.inject({ method: 'GET', url: `/members/${id}`, headers: await as('manager') })).json<object>();
  const bytesOfEveryFile = () =>
    readdirSync(dir)
      .map((name) => readFileSync(join(dir, name)).toString('latin1'))
      .join('\n');
  const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('seals the members written in the clear, drops the erased ones, and the platform reads them as before', async () => {
    // The log as the platform wrote it before sealing: members in the clear.
    const old = new SqliteEventStore({ filename: join(dir, 'events.sqlite') });
    for (const m of [SOMCHAI, SOMYING]) {
      const farm = { memberId: m.memberId, farmId: 'F01', name: 'ฟาร์ม', district: 'หางดง', province: 'เชียงใหม่' };
      await old.append(
        `member-${m.memberId}`,
        [written('MemberJoined', m), written('FarmRegistered', { ...farm, registeredOn: m.joinedOn })],
        'no_stream',
      );
    }
    await old.close();

    app = await createPlatform(config, false);
    await app.init();
    expect(await member('M001')).toMatchObject({ name: SOMCHAI.name, citizenId: SOMCHAI.citizenId });
    const erasure = await app.inject({
      method: 'POST',
      url: '/members/M002/erasure',
      headers: { ...(await as('admin')), 'content-type': 'application/json' },
      payload: { reason: 'left the cooperative, asked to be erased', erasedOn: '2025-01-31' },
    });
    expect(erasure.statusCode).toBe(201);
    await app.close();
    // Erased or not, both are still in the log's bytes: crypto-shredding cannot reach what was never sealed.
    for (const clear of [SOMCHAI.citizenId, SOMYING.citizenId, utf8(SOMYING.name)])
      expect({ clear, found: bytesOfEveryFile().includes(clear) }).toEqual({ clear, found: true });

    const said: string[] = [];
    expect(await sealLogCommand(config, (line) => said.push(line))).toBe(0);
    expect(said.join('\n')).toMatch(/5 events copied .* 2 personal fields sealed, 2 of erased members removed/);

    for (const clear of [SOMCHAI.citizenId, utf8(SOMCHAI.name), SOMYING.citizenId, utf8(SOMYING.name)])
      expect({ clear, found: bytesOfEveryFile().includes(clear) }).toEqual({ clear, found: false });
    app = await createPlatform(config, false);
    await app.init();
    try {
      expect(await member('M001')).toMatchObject({ name: SOMCHAI.name, citizenId: SOMCHAI.citizenId, farms: [{}] });
      expect(await member('M002')).toMatchObject({ name: '(erased)', erasedOn: '2025-01-31' });
    } finally {
      await app.close();
    }
    // A second run finds nothing in the clear.
    const again: string[] = [];
    expect(await sealLogCommand(config, (line) => again.push(line))).toBe(0);
    expect(again[0]).toMatch(/0 personal fields sealed, 0 of erased members removed/);
  }, 60_000);
});
