import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, registerCluster } from '@khai/testing';

import { ProductionModule } from './production.module';

describe('production over HTTP', () => {
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
  });
  afterEach(() => t.close());

  const collection = {
    lotId: 'L20261124-F01',
    memberId: 'M017',
    farmId: 'F01',
    flockId: 'FL3',
    collectedOn: '2026-11-24',
    eggs: 3600,
  };
  const grading = {
    gradedOn: '2026-11-25',
    sizes: [
      { size: 3, eggs: 1500 },
      { size: 2, eggs: 1980 },
    ],
    rejects: [{ reason: 'CRACKED', eggs: 120 }],
  };
  const collect = () => t.app.inject({ method: 'POST', url: '/lots', payload: collection, headers: t.as('staff') });
  const grade = (payload: object = grading) =>
    t.app.inject({ method: 'POST', url: '/lots/L20261124-F01/grading', payload, headers: t.as('staff') });

  it('collects and grades a lot and reads it back', async () => {
    const collected = await collect();
    expect(collected.statusCode).toBe(201);
    expect(collected.json()).toMatchObject({
      streamName: 'lot-L20261124-F01',
      revision: 0,
      events: [{ type: 'EggsCollected' }],
    });
    const graded = await grade();
    expect(graded.statusCode).toBe(201);
    expect(graded.json()).toMatchObject({ revision: 1, events: [{ type: 'LotGraded' }], repeated: false });

    const read = await t.app.inject({ method: 'GET', url: '/lots/L20261124-F01', headers: t.as('staff') });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({
      lotId: 'L20261124-F01',
      status: 'graded',
      memberId: 'M017',
      farmId: 'F01',
      flockId: 'FL3',
      collectedOn: '2026-11-24',
      collectedEggs: 3600,
      gradedOn: '2026-11-25',
      grade: 'A',
      sizes: [
        { size: 2, eggs: 1980 },
        { size: 3, eggs: 1500 },
      ],
      rejects: [{ reason: 'CRACKED', eggs: 120 }],
      gradedEggs: 3480,
      rejectedEggs: 120,
      stock: [
        { size: 2, graded: 1980, gradedUnpacked: 1980, packedEggs: 0, packedTrays: 0, allocatedTrays: 0, lost: 0 },
        { size: 3, graded: 1500, gradedUnpacked: 1500, packedEggs: 0, packedTrays: 0, allocatedTrays: 0, lost: 0 },
      ],
      rejectsUnprocessed: 120,
      rejectsProcessed: 0,
      revision: 1,
    });
  });

  it.each([
    [{ memberId: 'GHOST' }, 'member_not_registered'],
    [{ farmId: 'F99' }, 'farm_not_registered'],
    [{ flockId: 'FL-NONE' }, 'flock_not_placed'],
    [{ eggs: 5001 }, 'more_eggs_than_hens'],
    [{ collectedOn: '2026-01-04' }, 'collected_before_placement'],
    [{ collectedOn: '2099-01-01' }, 'day_in_future'],
  ])(
    'refuses a collection that %j makes implausible or unreferenced: 422 %s, nothing written',
    async (change, code) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/lots',
        payload: { ...collection, ...change },
        headers: t.as('staff'),
      });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code });
      expect(await t.store.headPosition()).toBe(registered);
    },
  );

  it('takes as many eggs as the flock has hens alive, on the day of placement', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/lots',
      payload: { ...collection, eggs: 5000, collectedOn: '2026-01-05' },
      headers: t.as('staff'),
    });
    expect(res.statusCode).toBe(201);
  });

  it('answers 400 with field errors and writes nothing for bad input', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/lots',
      payload: { ...collection, lotId: '-bad id', collectedOn: '24/11/2026', eggs: 0, extra: true },
      headers: t.as('staff'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['lotId', 'collectedOn', 'eggs', 'extra']));

    await collect();
    const badGrading = await grade({
      ...grading,
      sizes: [{ size: 7, eggs: -1 }],
      rejects: [{ reason: 'ROTTEN', eggs: 1.5 }],
      grade: 'C',
    });
    expect(badGrading.statusCode).toBe(400);
    const gradingFields = badGrading.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(gradingFields).toEqual(
      expect.arrayContaining(['sizes.0.size', 'sizes.0.eggs', 'rejects.0.reason', 'rejects.0.eggs', 'grade']),
    );
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('answers 404 for grading or reading a lot never collected', async () => {
    const graded = await grade();
    expect(graded.statusCode).toBe(404);
    expect(graded.json()).toMatchObject({ code: 'lot_not_found', status: 404, lotId: 'L20261124-F01' });
    const read = await t.app.inject({ method: 'GET', url: '/lots/L20261124-F01', headers: t.as('staff') });
    expect(read.statusCode).toBe(404);
    expect(await t.store.headPosition()).toBe(registered);
  });

  it('answers 422 with the counts and writes nothing when eggs are not conserved', async () => {
    await collect();
    const res = await grade({ ...grading, rejects: [{ reason: 'CRACKED', eggs: 119 }] });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'eggs_not_conserved', collected: 3600, graded: 3480, rejected: 119 });
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('answers 409 and writes nothing for a different collection or grading of the same lot', async () => {
    await collect();
    const recollected = await t.app.inject({
      method: 'POST',
      url: '/lots',
      payload: { ...collection, eggs: 3570 },
      headers: t.as('staff'),
    });
    expect(recollected.statusCode).toBe(409);
    expect(recollected.json()).toMatchObject({ code: 'lot_already_collected' });
    await grade();
    const regraded = await grade({ ...grading, gradedOn: '2026-11-26' });
    expect(regraded.statusCode).toBe(409);
    expect(regraded.json()).toMatchObject({ code: 'lot_already_graded' });
    expect(await t.store.headPosition()).toBe(registered + 2);
  });

  it('writes nothing more for an identical repeat', async () => {
    await collect();
    const again = await collect();
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ events: [], revision: 0, repeated: false });
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('answers the same for a repeated Idempotency-Key and appends once', async () => {
    const headers = { 'idempotency-key': 'collect-L20261124-F01' };
    const first = await t.app.inject({
      method: 'POST',
      url: '/lots',
      payload: collection,
      headers: { ...t.as('staff'), ...headers },
    });
    const second = await t.app.inject({
      method: 'POST',
      url: '/lots',
      payload: collection,
      headers: { ...t.as('staff'), ...headers },
    });
    expect(second.json()).toEqual({ ...first.json(), repeated: true });
    expect(await t.store.headPosition()).toBe(registered + 1);
  });
});
