import { createHttpTestApp, type HttpTestApp } from '@khai/testing';

import { RegistryModule } from './registry.module';

describe('registry over HTTP: members and farms', () => {
  let t: HttpTestApp;
  beforeEach(async () => {
    t = await createHttpTestApp([RegistryModule]);
  });
  afterEach(() => t.close());

  const body = {
    memberId: 'M001',
    name: 'สมชาย ใจดี',
    citizenId: '1234567890121',
    joinedOn: '2026-01-15',
    farm: { farmId: 'F01', name: 'ฟาร์มสมชาย', district: 'หางดง', province: 'เชียงใหม่' },
  };
  const farm2 = {
    farmId: 'F02',
    name: 'ฟาร์มสมชาย 2',
    district: 'เมืองลำพูน',
    province: 'ลำพูน',
    registeredOn: '2026-03-01',
  };
  const post = (payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/members', payload, headers });
  const postFarm = (payload: object, memberId = 'M001', headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: `/members/${memberId}/farms`, payload, headers });
  const get = (headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: '/members/M001', headers });
  const fields = (res: { json: <T>() => T }) => res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);

  it('registers a member with a first farm and reads them back, citizen id masked', async () => {
    const res = await post(body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      streamName: 'member-M001',
      revision: 1,
      repeated: false,
      events: [{ type: 'MemberJoined' }, { type: 'FarmRegistered' }],
    });
    const read = await get();
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({
      memberId: 'M001',
      name: 'สมชาย ใจดี',
      maskedCitizenId: '1-XXXX-XXXXX-XX-1',
      joinedOn: '2026-01-15',
      farms: [{ ...body.farm, registeredOn: '2026-01-15' }],
      revision: 1,
    });
  });

  it('shows the citizen id whole only in the member’s own view (PDPA)', async () => {
    await post(body);
    const own = await get({ 'x-actor': 'member:M001' });
    expect(own.json()).toMatchObject({ citizenId: '1234567890121', maskedCitizenId: '1-XXXX-XXXXX-XX-1' });
    for (const actor of [undefined, 'member:M002', 'staff:somsri', 'member:M001 ', 'M001']) {
      const other = await get(actor === undefined ? {} : { 'x-actor': actor });
      expect(other.statusCode).toBe(200);
      expect(other.json()).not.toHaveProperty('citizenId');
      expect(other.body).not.toContain('234567890');
    }
  });

  it('answers 400 with field errors and writes nothing for bad input', async () => {
    const res = await post({
      ...body,
      citizenId: '1234567890122',
      farm: { ...body.farm, province: undefined },
      extra: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(fields(res)).toEqual(expect.arrayContaining(['citizenId', 'farm.province', 'extra']));
    expect(await t.store.headPosition()).toBe(0);
  });

  it('answers 400 when the farm is missing, and refuses a flock at registration', async () => {
    const res = await post({
      ...body,
      farm: undefined,
      flock: { flockId: 'FL01', breed: 'ISA Brown', hensPlaced: 5000, placedOn: '2026-01-20' },
    });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(expect.arrayContaining(['farm', 'flock']));
    expect(await t.store.headPosition()).toBe(0);
  });

  it('answers 201 with no events when the same registration is sent again', async () => {
    await post(body);
    const again = await post(body);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ revision: 1, events: [], repeated: false });
    expect(await t.store.headPosition()).toBe(2);
  });

  it('answers 409 and writes nothing when a registered member is sent with other details', async () => {
    await post(body);
    const res = await post({ ...body, name: 'สมชาย ใจร้าย' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'member_already_registered', memberId: 'M001' });
    expect(await t.store.headPosition()).toBe(2);
  });

  it('answers the same for a repeated Idempotency-Key and appends once', async () => {
    const headers = { 'idempotency-key': 'register-M001' };
    const first = await post(body, headers);
    const second = await post(body, headers);
    expect(second.json()).toEqual({ ...first.json(), repeated: true });
    expect(await t.store.headPosition()).toBe(2);
  });

  it('answers 404 member_not_found for an unknown member', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/members/M999' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'member_not_found', status: 404, memberId: 'M999' });
  });

  describe('POST /members/:memberId/farms', () => {
    beforeEach(async () => {
      await post(body);
    });

    it('registers another farm and lists it with the member', async () => {
      const res = await postFarm(farm2);
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        streamName: 'member-M001',
        revision: 2,
        events: [{ type: 'FarmRegistered' }],
      });
      expect((await get()).json<{ farms: unknown[] }>().farms).toEqual([
        { ...body.farm, registeredOn: '2026-01-15' },
        farm2,
      ]);
    });

    it('answers 201 with no events for the same farm again', async () => {
      await postFarm(farm2);
      const again = await postFarm(farm2);
      expect(again.statusCode).toBe(201);
      expect(again.json()).toMatchObject({ events: [], revision: 2 });
      expect(await t.store.headPosition()).toBe(3);
    });

    it('answers 409 and writes nothing for other details under a farm id in use', async () => {
      const res = await postFarm({ ...farm2, farmId: 'F01' });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'farm_already_registered', memberId: 'M001', farmId: 'F01' });
      expect(await t.store.headPosition()).toBe(2);
    });

    it('answers 422 and writes nothing for a farm registered before the member joined', async () => {
      const res = await postFarm({ ...farm2, registeredOn: '2025-12-31' });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'farm_registered_before_joining' });
      expect(await t.store.headPosition()).toBe(2);
    });

    it('answers 404 member_not_found and writes nothing for an unknown member', async () => {
      const res = await postFarm(farm2, 'M999');
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'member_not_found', memberId: 'M999' });
      expect(await t.store.headPosition()).toBe(2);
    });

    it('answers 400 with field errors and writes nothing for bad input', async () => {
      const res = await postFarm({ ...farm2, farmId: '-bad', registeredOn: '2026-02-30', district: ' ' });
      expect(res.statusCode).toBe(400);
      expect(fields(res)).toEqual(expect.arrayContaining(['farmId', 'registeredOn', 'district']));
      expect(await t.store.headPosition()).toBe(2);
    });

    it('answers the same for a repeated Idempotency-Key and appends once', async () => {
      const headers = { 'idempotency-key': 'farm-M001-F02' };
      const first = await postFarm(farm2, 'M001', headers);
      const second = await postFarm(farm2, 'M001', headers);
      expect(second.json()).toEqual({ ...first.json(), repeated: true });
      expect(await t.store.headPosition()).toBe(3);
    });
  });
});
