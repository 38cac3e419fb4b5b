import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { SQLITE_INSERT_EVENT, sqliteEventRow, SqliteEventStore } from '@khai/event-sourcing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Database from 'better-sqlite3';

import { loadConfig } from '../src/config';
import { createPlatform } from '../src/platform';
import { signedIn } from './sign-in';

/**
 * Events a read model handles (feed market prices, observed again and again for a thousand feed types and days): the
 * read models apply every one of them before they are live. Events no read model handles would not do: the pass asks
 * the log for the types it handles only, and SQLite passes over the others at once.
 */
const EVENTS = 600_000;

function fill(dataDir: string): void {
  const filename = join(dataDir, 'events.sqlite');
  void new SqliteEventStore({ filename }).close();
  const db = new Database(filename);
  const insert = db.prepare(SQLITE_INSERT_EVENT);
  const metadata = { schemaVersion: 1, occurredAt: '2024-01-01T00:00:00.000Z', actor: 'test', causationId: null };
  db.transaction(() => {
    for (let i = 0; i < EVENTS; i++) {
      const eventId = randomUUID();
      const envelope = {
        type: 'FeedMarketPriceRecorded',
        data: {
          feedMarketPriceId: `FMP-${i % 1000}`,
          feedType: `LAYER-${i % 10}`,
          source: 'test',
          observedOn: '2024-01-01',
          pricePerKgSatang: 1500 + (i % 100),
        },
        metadata: { ...metadata, eventId, correlationId: eventId, idempotencyKey: null },
      };
      insert.run(...sqliteEventRow(`feedMarketPrice-FMP-${i % 1000}`, Math.floor(i / 1000), envelope));
    }
  })();
  db.close();
}

/** As the admin, whom every route but sign-in's lets in. */
let admin: Record<string, string> = {};

async function get(url: string, path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${url}${path}`, { headers: admin });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('the platform starting on a long log', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'khai-startup-'));
  let app: NestFastifyApplication;
  let url: string;

  beforeAll(async () => {
    fill(dataDir);
    app = await createPlatform(loadConfig({ KHAI_DATA_DIR: dataDir }), false);
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    admin = await signedIn(app, 'admin');
  });
  afterAll(() => app.close());

  it('answers /health and writes before the read models are live, and is ready once they are', async () => {
    const live = await get(url, '/health');
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ status: 'ok', ready: false, headPosition: EVENTS });
    expect(live.body.readModelsLag).toBeGreaterThan(0);
    const notReady = await get(url, '/health/ready');
    expect(notReady).toMatchObject({ status: 503, body: { code: 'not_ready' } });
    const behind = await get(url, '/read-models');
    expect((behind.body.readModels as { lag: number }[]).some((r) => r.lag > 0)).toBe(true);

    const written = await fetch(`${url}/partners`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({
        partnerId: 'B-MAKRO',
        name: 'Makro',
        kind: 'BUYER',
        channel: 'MODERN_TRADE',
        registeredOn: '2020-01-01',
      }),
    });
    expect(written.status).toBe(201);
    const { position } = (await written.json()) as { position: number };
    // Read your write: waits for the read models (up to 5 s), else says they are behind, with the position.
    const premium = await get(url, `/analytics/price-premium?from=2022-04-01&to=2022-04-30&minPosition=${position}`);
    expect([200, 503]).toContain(premium.status);
    if (premium.status === 503) expect(premium.body).toMatchObject({ code: 'projections_behind', position });

    for (;;) {
      const health = await get(url, '/health');
      if (health.body.ready === true) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await get(url, '/health/ready')).toMatchObject({ status: 200, body: { ready: true, readModelsLag: 0 } });
  });

  it('comes back from its snapshot on the next start, replaying only what came after it; sessions last', async () => {
    await app.close();
    app = await createPlatform(loadConfig({ KHAI_DATA_DIR: dataDir }), false);
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    for (;;) {
      if ((await get(url, '/health')).body.ready === true) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const { readModels } = (await get(url, '/read-models')).body as { readModels: { eventsProcessed: number }[] };
    for (const model of readModels) expect(model.eventsProcessed).toBeLessThan(100);
  });
});
