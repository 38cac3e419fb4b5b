import { createHttpTestApp, type HttpTestApp } from '@khai/testing';

import { RegistryModule } from './registry.module';

describe('registry over HTTP: flocks', () => {
  let t: HttpTestApp;
  let base: number;
  beforeEach(async () => {
    t = await createHttpTestApp([RegistryModule]);
    await t.app.inject({
      method: 'POST',
      url: '/members',
      payload: {
        memberId: 'M001',
        name: 'สมชาย ใจดี',
        citizenId: '1234567890121',
        joinedOn: '2026-01-15',
        farm: { farmId: 'F01', name: 'ฟาร์มสมชาย', district: 'หางดง', province: 'เชียงใหม่' },
      },
      headers: t.as('manager'),
    });
    base = await t.store.headPosition();
  });
  afterEach(() => t.close());

  const flock = {
    flockId: 'FL-2026-01',
    memberId: 'M001',
    farmId: 'F01',
    breed: 'ISA Brown',
    hensPlaced: 5000,
    placedOn: '2026-01-20',
    hatchedOn: '2025-09-01',
  };
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers: { ...t.as('manager'), ...headers } });
  const place = (payload: object = flock) => post('/flocks', payload);
  const die = (payload: object) => post('/flocks/FL-2026-01/mortality', payload);
  const cull = (payload: object) => post('/flocks/FL-2026-01/culls', payload);
  const get = () => t.app.inject({ method: 'GET', url: '/flocks/FL-2026-01', headers: t.as('manager') });
  const fields = (res: { json: <T>() => T }) => res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);

  it('places a flock, records deaths and a partial cull, and reads the head counts back', async () => {
    const placed = await place();
    expect(placed.statusCode).toBe(201);
    expect(placed.json()).toMatchObject({
      streamName: 'flock-FL-2026-01',
      revision: 0,
      events: [{ type: 'FlockPlaced' }],
    });
    const died = await die({ recordedOn: '2026-02-01', deaths: 63, cause: 'heat stress' });
    expect(died.json()).toMatchObject({ revision: 1, events: [{ type: 'FlockMortalityRecorded' }] });
    const culled = await cull({ culledOn: '2026-06-01', hens: 200, reason: 'low lay' });
    expect(culled.json()).toMatchObject({ revision: 2, events: [{ type: 'FlockCulled' }] });

    const read = await get();
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({
      flockId: 'FL-2026-01',
      memberId: 'M001',
      farmId: 'F01',
      breed: 'ISA Brown',
      placedOn: '2026-01-20',
      hatchedOn: '2025-09-01',
      status: 'laying',
      hensPlaced: 5000,
      hensAlive: 4737,
      deaths: 63,
      culled: 200,
      mortalityPercent: 1.26,
      revision: 2,
    });
  });

  it('closes the flock when the last hens are culled, then refuses more', async () => {
    await place();
    await cull({ culledOn: '2026-11-15', hens: 5000, reason: 'end of lay' });
    expect((await get()).json()).toMatchObject({ status: 'closed', hensAlive: 0, culled: 5000 });
    const position = await t.store.headPosition();
    for (const res of [
      await die({ recordedOn: '2026-11-16', deaths: 1 }),
      await cull({ culledOn: '2026-11-16', hens: 1, reason: 'x' }),
    ]) {
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'flock_closed' });
    }
    expect(await t.store.headPosition()).toBe(position);
  });

  it('answers 422 and writes nothing for more deaths or culls than hens alive, or a date before placement', async () => {
    await place({ ...flock, hensPlaced: 10 });
    const position = await t.store.headPosition();
    const tooMany = await die({ recordedOn: '2026-02-01', deaths: 11 });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json()).toMatchObject({ code: 'more_deaths_than_hens', hensAlive: 10, deaths: 11 });
    expect((await cull({ culledOn: '2026-02-01', hens: 11, reason: 'x' })).json()).toMatchObject({
      code: 'more_culled_than_hens',
    });
    const early = await die({ recordedOn: '2026-01-19', deaths: 1 });
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'date_before_placement', placedOn: '2026-01-20' });
    expect(await t.store.headPosition()).toBe(position);
  });

  it.each([
    [{ placedOn: '2099-01-20' }, 'placedOn'],
    [{ placedOn: '2099-01-20', hatchedOn: '2099-01-01' }, 'placedOn'],
  ])('refuses a placement %j after today: 422 day_in_future, nothing written', async (change, field) => {
    const res = await place({ ...flock, ...change });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'day_in_future', field });
    expect(await t.store.headPosition()).toBe(base);
  });

  it('refuses deaths or culls recorded after today: 422 day_in_future, nothing written', async () => {
    await place();
    const position = await t.store.headPosition();
    for (const res of [
      await die({ recordedOn: '2099-02-01', deaths: 1 }),
      await cull({ culledOn: '2099-02-01', hens: 1, reason: 'x' }),
    ]) {
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'day_in_future' });
    }
    expect(await t.store.headPosition()).toBe(position);
  });

  it('answers 422 for a flock hatched after it was placed', async () => {
    const res = await place({ ...flock, hatchedOn: '2026-02-01' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'hatched_after_placed' });
    expect(await t.store.headPosition()).toBe(base);
  });

  it('answers 201 with no events for the same placement again, 409 for other details', async () => {
    await place();
    expect((await place()).json()).toMatchObject({ events: [], revision: 0 });
    const other = await place({ ...flock, breed: 'Hy-Line Brown' });
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ code: 'flock_already_placed', flockId: 'FL-2026-01' });
    expect(await t.store.headPosition()).toBe(base + 1);
  });

  it('answers 404 and writes nothing for a flock on an unknown member or farm', async () => {
    const noMember = await place({ ...flock, memberId: 'M999' });
    expect(noMember.statusCode).toBe(404);
    expect(noMember.json()).toMatchObject({ code: 'member_not_found', memberId: 'M999' });
    const noFarm = await place({ ...flock, farmId: 'F09' });
    expect(noFarm.statusCode).toBe(404);
    expect(noFarm.json()).toMatchObject({ code: 'farm_not_found', memberId: 'M001', farmId: 'F09' });
    expect(await t.store.headPosition()).toBe(base);
  });

  it('answers 404 flock_not_found for deaths, culls or a read of an unknown flock', async () => {
    for (const res of [
      await die({ recordedOn: '2026-02-01', deaths: 1 }),
      await cull({ culledOn: '2026-02-01', hens: 1, reason: 'x' }),
      await get(),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'flock_not_found', flockId: 'FL-2026-01' });
    }
    expect(await t.store.headPosition()).toBe(base);
  });

  it('answers 400 with field errors and writes nothing for bad input', async () => {
    const badPlace = await place({ ...flock, hensPlaced: 0, placedOn: '20-01-2026', breed: '', extra: 1 });
    expect(badPlace.statusCode).toBe(400);
    expect(fields(badPlace)).toEqual(expect.arrayContaining(['hensPlaced', 'placedOn', 'breed', 'extra']));
    await place();
    const position = await t.store.headPosition();
    const badDeaths = await die({ recordedOn: '2026-02-01', deaths: 1.5, cause: ' ' });
    expect(fields(badDeaths)).toEqual(expect.arrayContaining(['deaths', 'cause']));
    const badCull = await cull({ culledOn: '2026-02-01', hens: 0 });
    expect(fields(badCull)).toEqual(expect.arrayContaining(['hens', 'reason']));
    expect(await t.store.headPosition()).toBe(position);
  });

  it('answers the same for a repeated Idempotency-Key and counts the deaths once', async () => {
    await place();
    const headers = { 'idempotency-key': 'deaths-FL-2026-01-2026-02-01' };
    const first = await post('/flocks/FL-2026-01/mortality', { recordedOn: '2026-02-01', deaths: 5 }, headers);
    const second = await post('/flocks/FL-2026-01/mortality', { recordedOn: '2026-02-01', deaths: 5 }, headers);
    expect(second.json()).toEqual({ ...first.json(), repeated: true });
    expect((await get()).json()).toMatchObject({ deaths: 5, hensAlive: 4995 });
  });
});
