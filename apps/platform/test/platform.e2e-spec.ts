import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { EVENT_STORE, type EventStore } from '@khai/event-sourcing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { loadConfig } from '../src/config';
import { createPlatform } from '../src/platform';
import { signedIn } from './sign-in';

interface Answer {
  readonly position: number;
  readonly repeated: boolean;
  readonly headPosition: number;
  readonly events: { type: string }[];
  readonly errors: { field: string }[];
  readonly sales: { lines: { premiumPct: number }[] }[];
  readonly paths: Record<string, unknown>;
  readonly [field: string]: unknown;
}

/** The platform on a real port, on the embedded SQLite store in its own data dir. */
async function start(dataDir: string): Promise<{ app: NestFastifyApplication; url: string }> {
  const app = await createPlatform(loadConfig({ KHAI_DATA_DIR: dataDir }), false);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}` };
}

/** Who acts: a manager, unless a call says otherwise. */
let manager: Record<string, string> = {};

async function call(url: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { ...manager, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as Answer };
}

describe('the platform over real HTTP, on the embedded defaults', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'khai-e2e-'));
  let app: NestFastifyApplication;
  let url: string;
  const head = async (): Promise<number> => (await call(url, 'GET', '/health')).body.headPosition;
  /** The log head once the process managers have reacted to everything (they append too). */
  const settledHead = async (): Promise<number> => {
    for (;;) {
      const position = await head();
      const processes = (await call(url, 'GET', '/processes', undefined, admin)).body as unknown as {
        checkpoint: number;
      }[];
      if (processes.every((p) => p.checkpoint >= position) && (await head()) === position) return position;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  let admin: Record<string, string>;
  beforeAll(async () => {
    ({ app, url } = await start(dataDir));
    manager = await signedIn(app, 'manager');
    admin = await signedIn(app, 'admin');
  });
  afterAll(() => app.close());

  const sale = {
    saleId: 'S-2022-0401-TOPS',
    buyerId: 'B-TOPS',
    soldOn: '2022-04-01',
    lines: [
      { size: 0, eggs: 300, satangPerEgg: 430 },
      { size: 3, eggs: 600, satangPerEgg: 340 },
    ],
    lotIds: ['L-2022-0330-F01'],
  };

  it('runs the first slice of the chain, member to sale, and answers the premium question', async () => {
    const member = await call(url, 'POST', '/members', {
      memberId: 'M001',
      name: 'สมชาย ใจดี',
      citizenId: '1234567890121',
      joinedOn: '2019-06-01',
      farm: { farmId: 'F01', name: 'ฟาร์มสมชาย', district: 'หางดง', province: 'เชียงใหม่' },
    });
    expect(member.status).toBe(201);
    expect(member.body.events.map((e) => e.type)).toEqual(['MemberJoined', 'FarmRegistered']);
    // The actor of the events is the signed-in account, by its user id and role.
    const me = (await call(url, 'GET', '/auth/me')).body;
    const recorded = await app.get<EventStore>(EVENT_STORE).readStream('member-M001');
    expect(recorded.map((e) => e.metadata.actor)).toEqual([
      `user:${String(me.userId)}:manager`,
      `user:${String(me.userId)}:manager`,
    ]);
    const flock = {
      flockId: 'FL01',
      memberId: 'M001',
      farmId: 'F01',
      breed: 'ISA Brown',
      hensPlaced: 5000,
      placedOn: '2021-09-01',
    };
    expect((await call(url, 'POST', '/flocks', flock)).status).toBe(201);
    const supplier = { partnerId: 'SUP-CP', name: 'CP Feed', kind: 'FEED_SUPPLIER', registeredOn: '2020-01-01' };
    expect((await call(url, 'POST', '/partners', supplier)).status).toBe(201);
    const buyer = {
      partnerId: 'B-TOPS',
      name: 'Tops',
      kind: 'BUYER',
      channel: 'MODERN_TRADE',
      registeredOn: '2020-01-01',
    };
    expect((await call(url, 'POST', '/partners', buyer)).status).toBe(201);

    expect(
      (
        await call(url, 'POST', '/feed-contracts', {
          contractId: 'FC-2022-01',
          supplierId: 'SUP-CP',
          feedType: 'LAYER_COMPLETE',
          pricePerKgSatang: 1450,
          volumeKg: 100_000,
          validFrom: '2022-01-01',
          validTo: '2022-06-30',
          marketPricePerKgSatang: 1520,
          agreedOn: '2021-12-20',
        })
      ).status,
    ).toBe(201);
    const delivery = {
      deliveryId: 'D-0001',
      farmId: 'F01',
      memberId: 'M001',
      kg: 2000,
      feedType: 'LAYER_COMPLETE',
      deliveredOn: '2022-03-01',
    };
    expect((await call(url, 'POST', '/feed-contracts/FC-2022-01/deliveries', delivery)).status).toBe(201);

    const lot = {
      lotId: 'L-2022-0330-F01',
      memberId: 'M001',
      farmId: 'F01',
      flockId: 'FL01',
      collectedOn: '2022-03-30',
      eggs: 4500,
    };
    expect((await call(url, 'POST', '/lots', lot)).status).toBe(201);
    const before = await settledHead();
    const unbalanced = await call(url, 'POST', '/lots/L-2022-0330-F01/grading', {
      gradedOn: '2022-03-30',
      sizes: [
        { size: 0, eggs: 300 },
        { size: 3, eggs: 4000 },
      ],
      rejects: [{ reason: 'CRACKED', eggs: 100 }],
    });
    expect(unbalanced.status).toBe(422);
    expect(unbalanced.type).toContain('application/problem+json');
    expect(unbalanced.body).toMatchObject({ code: 'eggs_not_conserved', collected: 4500, graded: 4300, rejected: 100 });
    expect(await head()).toBe(before);
    expect(
      (
        await call(url, 'POST', '/lots/L-2022-0330-F01/grading', {
          gradedOn: '2022-03-30',
          sizes: [
            { size: 0, eggs: 300 },
            { size: 3, eggs: 4100 },
          ],
          rejects: [{ reason: 'CRACKED', eggs: 100 }],
        })
      ).status,
    ).toBe(201);

    const announced = await call(url, 'POST', '/reference-prices', {
      source: 'coop-network',
      effectiveDate: '2022-03-24',
      mixedSatangPerEgg: 340,
      sizes: [
        { size: 0, satangPerEgg: 420 },
        { size: 1, satangPerEgg: 400 },
        { size: 2, satangPerEgg: 380 },
        { size: 3, satangPerEgg: 350 },
      ],
    });
    expect(announced.status).toBe(201);

    const sold = await call(url, 'POST', '/sales', sale, { 'Idempotency-Key': 'sale-S-2022-0401-TOPS' });
    expect(sold.status).toBe(201);
    const report = await call(
      url,
      'GET',
      `/analytics/price-premium?from=2022-04-01&to=2022-04-30&minPosition=${sold.body.position}`,
    );
    expect(report.status).toBe(200);
    expect(report.body.sales).toEqual([
      {
        saleId: 'S-2022-0401-TOPS',
        buyerId: 'B-TOPS',
        soldOn: '2022-04-01',
        reference: { source: 'coop-network', effectiveDate: '2022-03-24' },
        lines: [
          {
            size: 0,
            eggs: 300,
            satangPerEgg: 430,
            referenceSatangPerEgg: 420,
            referenceBasis: 'size',
            premiumSatangPerEgg: 10,
            premiumPct: 2.38,
          },
          {
            size: 3,
            eggs: 600,
            satangPerEgg: 340,
            referenceSatangPerEgg: 350,
            referenceBasis: 'size',
            premiumSatangPerEgg: -10,
            premiumPct: -2.86,
          },
        ],
        // 333,000 realised against 336,000 at the ladder (−0.89 %); the mix is worth 9.80 % over 306,000 at mixed.
        mix: {
          realisedSatang: 333_000,
          atLadderSatang: 336_000,
          atMixedSatang: 306_000,
          premiumPct: -0.89,
          mixEffectPct: 9.8,
        },
      },
    ]);
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const before = await settledHead();
    const bad = await call(url, 'POST', '/sales', {
      ...sale,
      saleId: 'S-bad',
      lines: [{ size: 7, eggs: -1, satangPerEgg: 3.4 }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(['lines.0.size', 'lines.0.eggs', 'lines.0.satangPerEgg']),
    );
    const malformed = await fetch(`${url}/lots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"lotId":',
    });
    expect(malformed.status).toBe(400);
    expect((await call(url, 'GET', '/analytics/price-premium?from=2022-13-01&to=2022-01-01')).status).toBe(400);
    expect((await call(url, 'GET', '/analytics/price-premium?from=2022-02-01&to=2022-01-01')).status).toBe(422);
    expect(await head()).toBe(before);
  });

  it('serves the OpenAPI document with every write', async () => {
    const doc = await call(url, 'GET', '/docs-json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/members',
        '/feed-contracts/{contractId}/deliveries',
        '/lots/{lotId}/grading',
        '/reference-prices',
        '/sales',
        '/analytics/price-premium',
      ]),
    );
    expect((await fetch(`${url}/docs`)).status).toBe(200);
  });

  it('after a restart, rebuilds the read model from the log and still honours idempotency keys', async () => {
    const position = await settledHead();
    await app.close();
    ({ app, url } = await start(dataDir));
    // The key stays the first sale's across the restart, also on another stream: another sale with it writes nothing.
    const other = await call(
      url,
      'POST',
      '/sales',
      { ...sale, saleId: 'S-2022-0402-TOPS' },
      {
        'Idempotency-Key': 'sale-S-2022-0401-TOPS',
      },
    );
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
    const again = await call(url, 'POST', '/sales', sale, { 'Idempotency-Key': 'sale-S-2022-0401-TOPS' });
    expect(again.status).toBe(201);
    expect(again.body.repeated).toBe(true);
    expect(await head()).toBe(position);
    const report = await call(
      url,
      'GET',
      `/analytics/price-premium?from=2022-01-01&to=2022-12-31&minPosition=${position}`,
    );
    expect(report.body.sales).toHaveLength(1);
    expect(report.body.sales[0]?.lines[0]?.premiumPct).toBe(2.38);
  });
});
