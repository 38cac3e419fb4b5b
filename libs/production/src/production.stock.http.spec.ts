import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, registerCluster } from '@khai/testing';

import { ProductionModule } from './production.module';

/** Voiding, packing, losses, reject processing and allocation of a graded lot, over HTTP. */
describe('production stock over HTTP', () => {
  let t: HttpTestApp;
  /** Log position after the registry's events of the setup. */
  let registered: number;
  beforeEach(async () => {
    t = await createHttpTestApp([ProductionModule, CLUSTER_REGISTRY]);
    await registerCluster(t.app, {
      members: [{ memberId: 'M017', farmIds: ['F01'] }],
      flocks: [{ flockId: 'FL3', memberId: 'M017', farmId: 'F01', hensPlaced: 5000, placedOn: '2026-01-05' }],
    });
    registered = await t.store.headPosition();
    await post('/lots', {
      lotId: 'L1',
      memberId: 'M017',
      farmId: 'F01',
      flockId: 'FL3',
      collectedOn: '2026-11-24',
      eggs: 3600,
    });
    await post('/lots/L1/grading', {
      gradedOn: '2026-11-25',
      grade: 'B',
      sizes: [
        { size: 2, eggs: 1980 },
        { size: 3, eggs: 1500 },
      ],
      rejects: [{ reason: 'CRACKED', eggs: 120 }],
    });
  });
  afterEach(() => t.close());

  type Problem = { code: string; errors?: { field: string }[] } & Record<string, unknown>;
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers: { ...t.as('staff'), ...headers } });
  const read = async () =>
    (await t.app.inject({ method: 'GET', url: '/lots/L1', headers: t.as('staff') })).json<Record<string, unknown>>();
  const fields = (body: Problem) => (body.errors ?? []).map((e) => e.field);

  const pack = { packId: 'P1', size: 2, trays: 10, packedOn: '2026-11-25', caseId: 'C-0001' };
  const loss = {
    lossId: 'X1',
    stage: 'PACKED',
    size: 2,
    eggs: 3,
    reason: 'BROKEN_IN_HANDLING',
    recordedOn: '2026-11-25',
  };
  const batch = { batchId: 'B1', eggs: 100, product: 'LIQUID_EGG', outputGrams: 5250, processedOn: '2026-11-26' };
  const allocation = { shipmentId: 'S1', size: 2, trays: 4, allocatedOn: '2026-11-26' };
  const release = { reason: 'order cancelled', releasedOn: '2026-11-27' };

  it('packs, loses, processes, allocates and releases, and reads the stock back', async () => {
    const packed = await post('/lots/L1/packs', pack);
    expect(packed.statusCode).toBe(201);
    expect(packed.json()).toMatchObject({
      revision: 2,
      events: [{ type: 'EggsPacked' }],
      repeated: false,
    });
    expect((await post('/lots/L1/losses', { ...loss, note: 'dropped' })).statusCode).toBe(201);
    expect((await post('/lots/L1/reject-processing', batch)).statusCode).toBe(201);
    expect((await post('/lots/L1/allocations', allocation)).statusCode).toBe(201);
    expect(await read()).toMatchObject({
      status: 'graded',
      grade: 'B',
      stock: [
        { size: 2, graded: 1980, gradedUnpacked: 1680, packedEggs: 297, packedTrays: 9, allocatedTrays: 4, lost: 3 },
        { size: 3, graded: 1500, gradedUnpacked: 1500, packedEggs: 0, packedTrays: 0, allocatedTrays: 0, lost: 0 },
      ],
      rejectsUnprocessed: 20,
      rejectsProcessed: 100,
      revision: 5,
    });

    const released = await post('/lots/L1/allocations/S1/release', release);
    expect(released.statusCode).toBe(201);
    expect(released.json()).toMatchObject({ events: [{ type: 'PackedStockReleased' }] });
    expect(await read()).toMatchObject({ stock: [{ size: 2, allocatedTrays: 0 }, { size: 3 }] });
  });

  it('voids an unused grading and takes a new one', async () => {
    const voided = await post('/lots/L1/grading/void', { reason: 'scale mis-calibrated', voidedOn: '2026-11-25' });
    expect(voided.statusCode).toBe(201);
    expect(voided.json()).toMatchObject({ events: [{ type: 'LotGradingVoided' }] });
    expect(await read()).toMatchObject({ status: 'collected', gradedOn: null, grade: null, stock: [] });
    const regraded = await post('/lots/L1/grading', {
      gradedOn: '2026-11-26',
      sizes: [{ size: 2, eggs: 3600 }],
      rejects: [],
    });
    expect(regraded.statusCode).toBe(201);
    expect(await read()).toMatchObject({ status: 'graded', grade: 'A', gradedOn: '2026-11-26' });
  });

  it('answers 400 with field errors and writes nothing for bad input on every route', async () => {
    const cases: [string, object, string[]][] = [
      ['/lots/L1/grading/void', { reason: ' ', voidedOn: '25/11/2026' }, ['reason', 'voidedOn']],
      [
        '/lots/L1/packs',
        { ...pack, packId: '-x', size: 7, trays: 0.5, caseId: 'a b' },
        ['packId', 'size', 'trays', 'caseId'],
      ],
      ['/lots/L1/losses', { ...loss, stage: 'SHIPPED', eggs: 0, reason: 'THEFT' }, ['stage', 'eggs', 'reason']],
      ['/lots/L1/reject-processing', { ...batch, product: 'CAKE', outputGrams: -1 }, ['product', 'outputGrams']],
      ['/lots/L1/allocations', { ...allocation, trays: 0, extra: 1 }, ['trays', 'extra']],
      ['/lots/L1/allocations/S1/release', { releasedOn: '2026-11-27' }, ['reason']],
    ];
    for (const [url, payload, expected] of cases) {
      const res = await post(url, payload);
      expect([url, res.statusCode]).toEqual([url, 400]);
      expect(fields(res.json<Problem>())).toEqual(expect.arrayContaining(expected));
    }
    expect(await t.store.headPosition()).toBe(registered + 2);
  });

  it('answers 404 for a lot never collected', async () => {
    for (const [url, payload] of [
      ['/lots/L9/packs', pack],
      ['/lots/L9/grading/void', { reason: 'x', voidedOn: '2026-11-25' }],
      ['/lots/L9/allocations/S1/release', release],
    ] as const) {
      const res = await post(url, payload);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'lot_not_found' });
    }
    expect(await t.store.headPosition()).toBe(registered + 2);
  });

  it('answers 422 and writes nothing when stock would go negative', async () => {
    const tooMany = await post('/lots/L1/packs', { ...pack, trays: 67 });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json()).toMatchObject({ code: 'insufficient_graded_stock', available: 1980, requested: 2010 });
    const lostTooMuch = await post('/lots/L1/losses', loss);
    expect(lostTooMuch.json()).toMatchObject({ code: 'insufficient_stock', status: 422 });
    const overProcessed = await post('/lots/L1/reject-processing', { ...batch, eggs: 121 });
    expect(overProcessed.json()).toMatchObject({ code: 'insufficient_rejects', available: 120, requested: 121 });
    const overAllocated = await post('/lots/L1/allocations', allocation);
    expect(overAllocated.statusCode).toBe(422);
    expect(overAllocated.json()).toMatchObject({ code: 'insufficient_packed_stock', available: 0, requested: 4 });
    expect(await t.store.headPosition()).toBe(registered + 2);
  });

  it('answers 409 and writes nothing for a used grading or a conflicting repeat', async () => {
    await post('/lots/L1/packs', pack);
    await post('/lots/L1/allocations', allocation);
    const voided = await post('/lots/L1/grading/void', { reason: 'wrong lot', voidedOn: '2026-11-25' });
    expect(voided.statusCode).toBe(409);
    expect(voided.json()).toMatchObject({ code: 'grading_in_use' });
    const repacked = await post('/lots/L1/packs', { ...pack, trays: 11 });
    expect(repacked.json()).toMatchObject({ code: 'pack_already_recorded', status: 409 });
    const reallocated = await post('/lots/L1/allocations', { ...allocation, trays: 5 });
    expect(reallocated.json()).toMatchObject({ code: 'allocation_conflict', status: 409 });
    expect(await t.store.headPosition()).toBe(registered + 4);
  });

  it('writes nothing more for identical repeats and a release of nothing', async () => {
    await post('/lots/L1/packs', pack);
    await post('/lots/L1/allocations', allocation);
    const again = await post('/lots/L1/allocations', { ...allocation, allocatedOn: '2026-11-27' });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ events: [], repeated: false });
    expect((await post('/lots/L1/packs', pack)).json()).toMatchObject({ events: [] });
    expect((await post('/lots/L1/allocations/S2/release', release)).json()).toMatchObject({ events: [] });
    expect(await t.store.headPosition()).toBe(registered + 4);
  });

  it('answers the same for a repeated Idempotency-Key and appends once', async () => {
    const headers = { 'idempotency-key': 'pack-P1' };
    const first = await post('/lots/L1/packs', pack, headers);
    const second = await post('/lots/L1/packs', pack, headers);
    expect(second.json()).toEqual({ ...first.json(), repeated: true });
    expect(await t.store.headPosition()).toBe(registered + 3);
  });
});
