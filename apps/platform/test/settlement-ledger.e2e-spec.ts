import { EVENT_STORE, type EventStore } from '@khai/event-sourcing';
import { citizenIdOf, testEnvelope } from '@khai/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { type Body, type RunningPlatform, startPlatform } from './running-platform';

type ProcessStatus = { name: string; checkpoint: number };

/** Other members' gradings the ledger has to book first. */
const BACKLOG = 2_000;

/**
 * A settlement asked right after the day's gradings includes them, even while the
 * member ledger (the process that books gradings into members' accounts) is busy
 * with other members' work: it waits for the ledger to reach what was written
 * before it, or says what it is waiting for.
 */
describe('a settlement and the member ledger', () => {
  let platform: RunningPlatform;
  let app: NestFastifyApplication;
  // An admin acts, who also reads the process managers' positions.
  beforeAll(async () => {
    platform = await startPlatform('ledger', 'admin');
    app = platform.app;
  });
  afterAll(() => app.close());
  const call = (method: string, path: string, body?: unknown) => platform.call(method, path, body);

  async function post(path: string, body: unknown): Promise<Body> {
    const res = await call('POST', path, body);
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}`;
  /** One lot collected and graded: 900 eggs of size 2, 100 of size 3. */
  async function collectAndGrade(memberId: string, flockId: string, lotId: string, d: number): Promise<void> {
    await post('/lots', { lotId, memberId, farmId: `F-${memberId}`, flockId, collectedOn: day(d), eggs: 1_000 });
    await post(`/lots/${lotId}/grading`, {
      gradedOn: day(d),
      sizes: [
        { size: 2, eggs: 900 },
        { size: 3, eggs: 100 },
      ],
      rejects: [],
    });
  }

  it('settles every grading answered before it, while the ledger works through other members’ lots', async () => {
    for (const memberId of ['M001', 'M002']) {
      await post('/members', {
        memberId,
        name: 'สมาชิก',
        citizenId: citizenIdOf(memberId),
        joinedOn: '2019-06-01',
        farm: { farmId: `F-${memberId}`, name: 'ฟาร์ม', district: 'หางดง', province: 'เชียงใหม่' },
      });
      for (const n of [1, 2, 3, 4]) {
        await post('/flocks', {
          flockId: `FL-${memberId}-${n}`,
          memberId,
          farmId: `F-${memberId}`,
          breed: 'ISA Brown',
          hensPlaced: 5_000,
          placedOn: '2025-06-01',
        });
      }
    }
    await post('/member-price-lists', {
      priceListId: 'PL-2026-11',
      effectiveFrom: '2026-11-01',
      prices: [
        { size: 2, satangPerEgg: 350 },
        { size: 3, satangPerEgg: 320 },
      ],
      setOn: '2026-10-31',
    });

    const mine: string[] = [];
    await Promise.all(
      [1, 2, 3, 4].map(async (n) => {
        for (let d = 1; d <= 10; d++) {
          mine.push(`L-M001-${n}-${d}`);
          if (n === 4 && d === 10) continue;
          await collectAndGrade('M001', `FL-M001-${n}`, `L-M001-${n}-${d}`, d);
        }
      }),
    );
    // The load: a backlog of M002's gradings for the ledger to book (a restored backup, a busy day), written
    // straight to the log, then M001's last lot over HTTP and the settlement at once.
    const store = app.get<EventStore>(EVENT_STORE);
    // Appended without waiting for each other, so they are in the log before the ledger reads one of them.
    await Promise.all(
      Array.from({ length: BACKLOG }, (_, i) => {
        const lotId = `L-M002-${i}`;
        const collected = {
          lotId,
          memberId: 'M002',
          farmId: 'F-M002',
          flockId: 'FL-M002-1',
          collectedOn: day(1),
          eggs: 10,
        };
        const graded = { lotId, gradedOn: day(1), grade: 'A', sizes: [{ size: 2, eggs: 10 }], rejects: [] };
        const events = [testEnvelope('EggsCollected', collected), testEnvelope('LotGraded', graded)];
        return store.append(`lot-${lotId}`, events, 'no_stream');
      }),
    );
    await collectAndGrade('M001', 'FL-M001-4', 'L-M001-4-10', 10);
    const lastGrading = await store.headPosition();
    const ledgerWhenAsked = ((await call('GET', '/processes')).body as unknown as ProcessStatus[]).find(
      (p) => p.name === 'member-ledger',
    )?.checkpoint;
    const settled = await call('POST', '/member-accounts/M001/settlements', {
      settlementId: 'S-M001-11',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      settledOn: '2026-12-01',
      deductions: [],
    });

    expect(settled.status).toBe(201);
    // The ledger had not booked M001's last grading when the settlement was asked: without the wait it is left out.
    expect(ledgerWhenAsked).toBeLessThan(lastGrading);
    const statement = (await call('GET', '/member-accounts/M001/settlements/S-M001-11')).body;
    expect(statement.lotIds).toEqual([...mine].sort());
    // 40 lots × (900 × 3.50 + 100 × 3.20) THB = 40 × 347,000 satang.
    expect(statement.eggRevenueSatang).toBe(13_880_000);
  });

  it('refuses a position no write has had, at once, 422', async () => {
    const res = await call('POST', '/member-accounts/M001/settlements', {
      settlementId: 'S-M001-12',
      periodFrom: '2026-12-01',
      periodTo: '2026-12-02',
      settledOn: '2026-12-03',
      minPosition: 9_000_000,
      deductions: [],
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'position_not_written', position: 9_000_000 });
  });

  it('answers 503 ledger_behind with the position it waits for when the ledger has stopped, writing nothing', async () => {
    const store = app.get<EventStore>(EVENT_STORE);
    // A grading of a lot with no collection: the ledger cannot name its member and stops on it.
    await store.append(
      'lot-L-NOWHERE',
      [testEnvelope('LotGraded', { lotId: 'L-NOWHERE', gradedOn: '2026-12-01', sizes: [] })],
      'any',
    );
    const head = await store.headPosition();
    const res = await call('POST', '/member-accounts/M001/settlements', {
      settlementId: 'S-M001-12',
      periodFrom: '2026-12-01',
      periodTo: '2026-12-02',
      settledOn: '2026-12-03',
      deductions: [],
    });
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ code: 'ledger_behind', waitingFor: head });
    expect(String(res.body.failed)).toContain('L-NOWHERE');
    expect(await store.headPosition()).toBe(head);
  });
});
