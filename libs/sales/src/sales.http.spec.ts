import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, PRODUCTION_LOTS, registerCluster } from '@khai/testing';

import { SalesModule } from './sales.module';

describe('sales over HTTP', () => {
  let t: HttpTestApp;
  /** Log position after the registry's events of the setup. */
  let registered: number;
  beforeEach(async () => {
    t = await createHttpTestApp([SalesModule, PRODUCTION_LOTS, CLUSTER_REGISTRY]);
    await registerCluster(t.app, {
      members: [{ memberId: 'M-01', farmIds: ['F01'] }],
      flocks: [{ flockId: 'FL-01', memberId: 'M-01', farmId: 'F01', hensPlaced: 5_000, placedOn: '2026-01-05' }],
      partners: [
        { partnerId: 'B-makro-cm', kind: 'BUYER' },
        { partnerId: 'B-other', kind: 'BUYER' },
        { partnerId: 'SUP-CPF', kind: 'FEED_SUPPLIER' },
      ],
    });
    // The lot the sale names: 1,600 eggs of size 3 and 2,000 of size 2 graded on 24 November.
    const lot = { lotId: 'L20261124-F01', memberId: 'M-01', farmId: 'F01', flockId: 'FL-01', eggs: 3_700 };
    await production('/lots', { ...lot, collectedOn: '2026-11-24' });
    await production('/lots/L20261124-F01/grading', {
      gradedOn: '2026-11-24',
      sizes: [
        { size: 3, eggs: 1_600 },
        { size: 2, eggs: 2_000 },
      ],
      rejects: [{ reason: 'CRACKED', eggs: 100 }],
    });
    registered = await t.store.headPosition();
  });
  afterEach(() => t.close());

  async function production(url: string, payload: object): Promise<void> {
    const res = await t.app.inject({ method: 'POST', url, payload, headers: t.as('staff') });
    if (res.statusCode !== 201) throw new Error(`POST ${url}: ${res.statusCode} ${res.body}`);
  }

  const sale = {
    saleId: 'S0001',
    buyerId: 'B-makro-cm',
    soldOn: '2026-11-26',
    lines: [
      { size: 3, eggs: 1500, satangPerEgg: 345 },
      { size: 2, eggs: 1980, satangPerEgg: 365 },
    ],
    lotIds: ['L20261124-F01'],
  };
  const post = (payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/sales', payload, headers: { ...t.as('manager'), ...headers } });

  it('records a sale and reads it back with amounts and totals', async () => {
    const res = await post(sale);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      streamName: 'sale-S0001',
      revision: 0,
      events: [{ type: 'SaleRecorded' }],
      repeated: false,
    });
    const read = await t.app.inject({ method: 'GET', url: '/sales/S0001', headers: t.as('manager') });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({
      saleId: 'S0001',
      buyerId: 'B-makro-cm',
      soldOn: '2026-11-26',
      lines: [
        { size: 2, eggs: 1980, satangPerEgg: 365, amountSatang: 722_700 },
        { size: 3, eggs: 1500, satangPerEgg: 345, amountSatang: 517_500 },
      ],
      lotIds: ['L20261124-F01'],
      totalEggs: 3480,
      totalSatang: 1_240_200,
      revision: 0,
    });
  });

  it.each([
    [{ lotIds: ['L-NONE'] }, 'lot_not_recorded', { lotIds: ['L-NONE'] }],
    [{ soldOn: '2026-11-23' }, 'lot_not_graded', { lotIds: ['L20261124-F01'], soldOn: '2026-11-23' }],
    [
      { lines: [{ size: 2, eggs: 2_001, satangPerEgg: 365 }] },
      'lots_do_not_hold',
      { size: 2, sold: 2_001, held: 2_000, lotIds: ['L20261124-F01'] },
    ],
    [{ lines: [{ size: 0, eggs: 1, satangPerEgg: 420 }] }, 'lots_do_not_hold', { size: 0, sold: 1, held: 0 }],
  ])('refuses a sale of eggs its lots do not hold (%j): 422 %s, nothing written', async (change, code, facts) => {
    const res = await post({ ...sale, ...change });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code, ...facts });
    expect(await t.store.headPosition()).toBe(registered);
  });

  it('takes a sale at the gate that names no lot', async () => {
    const { lotIds: _none, ...atTheGate } = sale;
    expect((await post({ ...atTheGate, saleId: 'S-GATE' })).statusCode).toBe(201);
  });

  it('answers 400 with field errors and writes nothing for bad input', async () => {
    const res = await post({
      ...sale,
      soldOn: '2026-11-26T10:00:00Z',
      lines: [{ size: 2, eggs: 0, satangPerEgg: 3.65 }],
      lotIds: ['L1', 'L1'],
      extra: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['soldOn', 'lines.0.eggs', 'lines.0.satangPerEgg', 'lotIds', 'extra']),
    );
    const empty = await post({ ...sale, lines: [] });
    expect(empty.statusCode).toBe(400);
    expect(await t.store.headPosition()).toBe(registered);
  });

  it('answers 422 and writes nothing for a size class sold twice', async () => {
    const res = await post({ ...sale, lines: [...sale.lines, { size: 3, eggs: 30, satangPerEgg: 340 }] });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'duplicate_size_class' });
    expect(await t.store.headPosition()).toBe(registered);
  });

  it('answers 409 and writes nothing for a different sale under the same id; an identical repeat is a no-op', async () => {
    await post(sale);
    const again = await post(sale);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ events: [], revision: 0 });
    const different = await post({ ...sale, buyerId: 'B-other' });
    expect(different.statusCode).toBe(409);
    expect(different.json()).toMatchObject({ code: 'sale_already_recorded', saleId: 'S0001' });
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('answers the same for a repeated Idempotency-Key and appends once', async () => {
    const headers = { 'idempotency-key': 'sale-S0001' };
    const first = await post(sale, headers);
    const second = await post(sale, headers);
    expect(second.json()).toEqual({ ...first.json(), repeated: true });
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it.each([
    ['a buyer not registered', 'buyer_not_registered', { buyerId: 'B-ghost' }],
    ['a feed supplier as buyer', 'buyer_not_registered', { buyerId: 'SUP-CPF' }],
    ['a sale day after today', 'day_in_future', { soldOn: '2099-01-01' }],
  ])('refuses a sale naming %s: 422 %s, nothing written', async (_what, code, change) => {
    const res = await post({ ...sale, ...change });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code });
    expect(await t.store.headPosition()).toBe(registered);
  });

  it('answers 404 as a problem for an unknown sale', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/sales/S9999', headers: t.as('manager') });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found', status: 404 });
  });
});
