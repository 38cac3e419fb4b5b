import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { AccountStore } from '@khai/access';
import { EVENT_STORE, type EventStore } from '@khai/event-sourcing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { loadConfig } from './config';
import { createPlatform } from './platform';

const MEMBER = {
  memberId: 'M001',
  name: 'สมชาย ใจดี',
  citizenId: '1234567890121',
  joinedOn: '2026-01-15',
  farm: { farmId: 'F01', name: 'ฟาร์มสมชาย', district: 'หางดง', province: 'เชียงใหม่' },
};

/** An installation: the platform on a data directory of its own, started and restarted on it. */
class Installation {
  readonly dir = mkdtempSync(join(tmpdir(), 'khai-installation-'));
  private readonly password = randomBytes(18).toString('base64url');
  app!: NestFastifyApplication;

  async start(): Promise<void> {
    this.app = await createPlatform(loadConfig({ KHAI_DATA_DIR: this.dir }), false);
    await this.app.init();
    const accounts = this.app.get(AccountStore);
    if ((await accounts.signIn('keys-manager', this.password)) === undefined) {
      await accounts.add({ username: 'keys-manager', role: 'manager', password: this.password }, 'test');
    }
  }

  async register(body: object, idempotencyKey?: string): Promise<{ status: number; json: Record<string, unknown> }> {
    const session = await this.app.get(AccountStore).signIn('keys-manager', this.password);
    const res = await this.app.inject({
      method: 'POST',
      url: '/members',
      payload: body,
      headers: {
        authorization: `Bearer ${session!.token}`,
        ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }),
      },
    });
    return { status: res.statusCode, json: res.json<Record<string, unknown>>() };
  }

  get store(): EventStore {
    return this.app.get<EventStore>(EVENT_STORE);
  }

  async claimStreams(): Promise<string[]> {
    const events = await this.store.readAll({ maxCount: 1_000 });
    return events.filter((e) => e.type === 'CitizenIdClaimed').map((e) => e.streamName);
  }

  async stop(): Promise<void> {
    await this.app.close();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * The secrets that key hashes of personal data (issue 15: the citizen-id claim's stream, the event ids of a keyed
 * request) are made per installation on its first start, in its data directory (keys.sqlite), and kept across
 * restarts: two installations name the same citizen id's claim differently, and one installation the same after a
 * restart, so that one citizen id is still one member's.
 */
describe('installation keys in the data directory', () => {
  const one = new Installation();
  const two = new Installation();

  afterAll(async () => {
    for (const installation of [one, two]) installation.remove();
  });

  it('differ between installations and hold across a restart', async () => {
    await one.start();
    await two.start();
    try {
      expect((await one.register(MEMBER, 'register-M001')).status).toBe(201);
      expect((await two.register(MEMBER, 'register-M001')).status).toBe(201);
      const [claim] = await one.claimStreams();
      expect(claim).toMatch(/^citizenidclaim-[0-9a-f]{64}$/);
      expect(await two.claimStreams()).toEqual([expect.not.stringMatching(claim!)]);
      const ids = async (i: Installation) => (await i.store.readStream('member-M001')).map((e) => e.metadata.eventId);
      expect(await ids(two)).not.toEqual(await ids(one));
    } finally {
      await two.stop();
      await one.stop();
    }

    await one.start();
    try {
      const head = await one.store.headPosition();
      // The request sent again after the restart is known by its keyed ids: answered as the first, not refused.
      expect(await one.register(MEMBER, 'register-M001')).toMatchObject({ status: 201, json: { repeated: true } });
      // The citizen id's claim is found under the same name: another member is refused, nothing written.
      const other = await one.register({ ...MEMBER, memberId: 'M002' });
      expect(other).toMatchObject({ status: 409, json: { code: 'citizen_id_taken' } });
      expect(await one.store.headPosition()).toBe(head);
      expect(await one.claimStreams()).toHaveLength(1);
    } finally {
      await one.stop();
    }
  }, 60_000);
});
