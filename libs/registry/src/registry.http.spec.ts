import { createHttpTestApp, type HttpTestApp } from '@khai/testing';

import { RegistryModule } from './registry.module';

describe('registry over HTTP', () => {
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
    flock: { flockId: 'FL-2026-01', breed: 'ISA Brown', hensPlaced: 5000, placedOn: '2026-01-20' },
  };
  const post = (payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/members', payload, headers });

  it('registers a member with a farm and a flock and reads them back', async () => {
    const res = await post(body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      streamName: 'member-M001',
      revision: 2,
      repeated: false,
      events: [{ type: 'MemberJoined' }, { type: 'FarmRegistered' }, { type: 'FlockPlaced' }],
    });
    const read = await t.app.inject({ method: 'GET', url: '/members/M001' });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({
      memberId: 'M001',
      name: 'สมชาย ใจดี',
      maskedCitizenId: '1-XXXX-XXXXX-XX-1',
      joinedOn: '2026-01-15',
      farms: [{ ...body.farm, registeredOn: '2026-01-15' }],
      flocks: [{ ...body.flock, farmId: 'F01' }],
      revision: 2,
    });
  });

  it('never shows the citizen id whole when reading a member (PDPA)', async () => {
    await post(body);
    const read = await t.app.inject({ method: 'GET', url: '/members/M001' });
    expect(read.body).not.toContain('234567890');
  });

  it('answers 400 with field errors and writes nothing for bad input', async () => {
    const res = await post({
      ...body,
      citizenId: '1234567890122',
      farm: { ...body.farm, province: undefined },
      flock: { ...body.flock, hensPlaced: 0 },
      extra: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['citizenId', 'farm.province', 'flock.hensPlaced', 'extra']));
    expect(await t.store.headPosition()).toBe(0);
  });

  it('answers 400 when the farm or the flock is missing', async () => {
    const res = await post({ ...body, farm: undefined, flock: 'FL-1' });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['farm', 'flock']));
  });

  it('answers 201 with no events when the same registration is sent again', async () => {
    await post(body);
    const again = await post(body);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ revision: 2, events: [], repeated: false });
    expect(await t.store.headPosition()).toBe(3);
  });

  it('answers 409 and writes nothing when a registered member is sent with other details', async () => {
    await post(body);
    const res = await post({ ...body, name: 'สมชาย ใจร้าย' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'member_already_registered', memberId: 'M001' });
    expect(await t.store.headPosition()).toBe(3);
  });

  it('answers the same for a repeated Idempotency-Key and appends once', async () => {
    const headers = { 'idempotency-key': 'register-M001' };
    const first = await post(body, headers);
    const second = await post(body, headers);
    expect(second.json()).toEqual({ ...first.json(), repeated: true });
    expect(await t.store.headPosition()).toBe(3);
  });

  it('answers 404 as a problem for an unknown member', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/members/M999' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found', status: 404 });
  });
});
