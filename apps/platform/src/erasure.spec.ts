import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { AccountStore } from '@khai/access';
import type { Role } from '@khai/event-sourcing';
import { runGenerator } from '@khai/generator';
import { READ_MODEL_STORE, type ReadModelStore } from '@khai/read-models';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { platformProjections } from './app.module';
import { loadConfig } from './config';
import { createPlatform } from './platform';

const FROM = '2025-01-01';
const TO = '2025-12-31';

type Json = Record<string, unknown>;

/** Every file of the directory, recursively. */
function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [path];
  });
}

/** The answer without its log positions, which an erasure moves on. */
function withoutPositions(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'position' ? undefined : v)));
}

/**
 * PDPA erasure by crypto-shredding (issue 15 point 4): after a member is erased and every read model rebuilt (from
 * the log, then from a snapshot), the member's name, citizen id, phone numbers and bank account numbers (as
 * registered and as changed since) are in no answer, no read model and no byte of any file of the data directory,
 * while the member's eggs, money and figures are what they were.
 */
describe('erasing a member', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khai-erasure-'));
  const passwords = new Map<Role, string>();
  let app: NestFastifyApplication;
  let running = false;

  async function stop(): Promise<void> {
    running = false;
    await app.close();
  }

  async function start(): Promise<void> {
    app = await createPlatform(loadConfig({ KHAI_DATA_DIR: dir }), false);
    running = true;
    await app.init();
    // Ready, and the process managers caught up too (what they append is part of the member's figures).
    for (let i = 0; i < 2400; i++) {
      const health = (await app.inject({ method: 'GET', url: '/health' })).json<Json>();
      if (health.ready === true && health.readModelsLag === 0 && health.processesLag === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the platform did not catch up');
  }

  async function as(role: Role): Promise<Record<string, string>> {
    const accounts = app.get(AccountStore);
    if (!passwords.has(role)) {
      passwords.set(role, randomBytes(18).toString('base64url'));
      await accounts.add({ username: `erasure-${role}`, role, password: passwords.get(role)! }, 'test');
    }
    const session = await accounts.signIn(`erasure-${role}`, passwords.get(role)!);
    return { authorization: `Bearer ${session!.token}` };
  }

  async function get(url: string, role: Role = 'manager'): Promise<Json> {
    const res = await app.inject({ method: 'GET', url, headers: await as(role) });
    expect({ url, status: res.statusCode }).toEqual({ url, status: 200 });
    return res.json<Json>();
  }

  /** The member's figures: income and production, reconciliation with settlements, account. */
  async function figuresOf(memberId: string): Promise<unknown> {
    return withoutPositions({
      income: await get(`/analytics/members/income?from=${FROM}&to=${TO}&memberId=${memberId}`),
      reconciliation: await get(`/analytics/members/${memberId}/reconciliation?from=${FROM}&to=${TO}`),
      account: await get(`/member-accounts/${memberId}`),
    });
  }

  /** Every answer about the member and every document of every read model, as text. */
  async function everythingAnswered(memberId: string): Promise<string> {
    const readModels = app.get<ReadModelStore>(READ_MODEL_STORE);
    const documents = await Promise.all(
      platformProjections()
        .flatMap((p) => p.collections)
        .map((c) => readModels.find(c)),
    );
    return JSON.stringify([
      await get(`/members/${memberId}`),
      await get(`/analytics/cluster-map?from=${FROM}&to=${TO}`),
      await figuresOf(memberId),
      documents,
    ]);
  }

  afterAll(async () => {
    if (running) await stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves no trace of the name, citizen id, phone and bank account, and the figures as they were', async () => {
    const generated = await runGenerator(
      ['--years', '1', '--members', '6', '--seed', '15', '--start', FROM, '--db', join(dir, 'events.sqlite')],
      { log: () => undefined },
    );
    expect(generated).toBe(0);
    await start();

    const income = await get(`/analytics/members/income?from=${FROM}&to=${TO}`);
    const ids = (income.members as { memberId: string }[]).map((m) => m.memberId);
    const members = await Promise.all(ids.map((id) => get(`/members/${id}`)));
    // A member whose name no other member shares, so that no other's record holds it.
    const erased = members.find((m) => members.filter((o) => o.name === m.name).length === 1)!;
    const { memberId, name, citizenId, phone, bankAccount } = erased as {
      memberId: string;
      name: string;
      citizenId: string;
      phone: string;
      bankAccount: { bank: string; number: string };
    };
    expect(citizenId).toMatch(/^\d{13}$/);
    expect(phone).toMatch(/^0\d{9}$/);
    expect(bankAccount.number).toMatch(/^\d{10,12}$/);
    // The member changes their contact (MemberContactChanged): the former and the new one must both go.
    const contact = { phone: '0898765432', bankAccount: { bank: 'KTB', number: '9876543210' }, changedOn: FROM };
    const changed = await app.inject({
      method: 'POST',
      url: `/members/${memberId}/contact`,
      headers: { ...(await as('manager')), 'content-type': 'application/json' },
      payload: contact,
    });
    expect(changed.statusCode).toBe(201);
    expect(await get(`/members/${memberId}`)).toMatchObject({ phone: contact.phone, bankAccount: contact.bankAccount });
    const secretsOf = (text: { includes: (s: string) => boolean }) => ({
      name: text.includes(name),
      citizenId: text.includes(citizenId),
      phones: text.includes(phone) || text.includes(contact.phone),
      bankAccountNumbers: text.includes(bankAccount.number) || text.includes(contact.bankAccount.number),
    });
    const none = { name: false, citizenId: false, phones: false, bankAccountNumbers: false };
    const figures = await figuresOf(memberId);
    const files = () => filesOf(dir).map((file) => ({ file, bytes: readFileSync(file) }));
    // Sealed from the start: the log never held them in the clear.
    for (const { file, bytes } of files()) {
      if (file.includes('events.sqlite')) {
        const { citizenId: id, phones, bankAccountNumbers } = secretsOf(bytes);
        expect({ file, id, phones, bankAccountNumbers }).toEqual({
          file,
          id: false,
          phones: false,
          bankAccountNumbers: false,
        });
      }
    }

    const refused = await app.inject({
      method: 'POST',
      url: `/members/${memberId}/erasure`,
      headers: { ...(await as('manager')), 'content-type': 'application/json' },
      payload: { reason: 'left the cooperative, asked to be erased', erasedOn: TO },
    });
    expect(refused.statusCode).toBe(403);
    const res = await app.inject({
      method: 'POST',
      url: `/members/${memberId}/erasure`,
      headers: { ...(await as('admin')), 'content-type': 'application/json' },
      payload: { reason: 'left the cooperative, asked to be erased', erasedOn: TO },
    });
    expect(res.statusCode).toBe(201);
    expect(secretsOf(JSON.stringify(res.json()))).toEqual(none);

    expect(await get(`/members/${memberId}`)).toMatchObject({ memberId, name: '(erased)', erasedOn: TO });
    for (const field of ['citizenId', 'phone', 'maskedPhone', 'bankAccount', 'maskedBankAccount']) {
      expect(await get(`/members/${memberId}`)).not.toHaveProperty(field);
    }
    await stop();

    // Every read model rebuilt from the log, then restored from the snapshot written at shutdown.
    rmSync(join(dir, 'read-models.snapshot'), { force: true });
    for (const restart of ['rebuilt from the log', 'restored from the snapshot']) {
      await start();
      const answered = await everythingAnswered(memberId);
      expect({ restart, ...secretsOf(answered) }).toEqual({ restart, ...none });
      expect(await figuresOf(memberId)).toEqual(figures);
      await stop();
    }

    expect(filesOf(dir).map((f) => f.slice(dir.length + 1))).toEqual(
      expect.arrayContaining(['events.sqlite', 'keys.sqlite', 'read-models.snapshot', 'checkpoints.sqlite']),
    );
    for (const { file, bytes } of files()) {
      expect({ file, ...secretsOf(bytes) }).toEqual({ file, ...none });
    }
  }, 180_000);
});
