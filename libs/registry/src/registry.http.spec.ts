import { hash } from 'node:crypto';

import {
  deterministicId,
  type EventEnvelope,
  PERSONAL_DATA_VAULT,
  type PersonalDataVault,
  requestFingerprint,
  UseCaseRunner,
} from '@khai/event-sourcing';
import { createHttpTestApp, type HttpTestApp } from '@khai/testing';

import { CITIZEN_ID_CLAIM_KEY_PURPOSE, citizenIdClaimId, formerCitizenIdClaimId } from './commands/claim-citizen-id';
import { claimCitizenId, registerMember } from './commands/register-member';
import { REGISTRY_PERSONAL_FIELDS } from './domain/personal-fields';
import { RegistryModule } from './registry.module';

/** A registration writes the citizen id's claim, then MemberJoined and FarmRegistered. */
const REGISTERED = 3;

describe('registry over HTTP: members and farms', () => {
  let t: HttpTestApp;
  beforeEach(async () => {
    t = await createHttpTestApp([RegistryModule], undefined, { personalData: REGISTRY_PERSONAL_FIELDS });
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
    t.app.inject({ method: 'POST', url: '/members', payload, headers: { ...t.as('manager'), ...headers } });
  const postFarm = (payload: object, memberId = 'M001', headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/members/${memberId}/farms`,
      payload,
      headers: { ...t.as('manager'), ...headers },
    });
  const get = (headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: '/members/M001', headers: { ...t.as('manager'), ...headers } });
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
    const read = await get(t.as('staff'));
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

  it('shows the citizen id whole only to the member themself, a manager and an admin (PDPA)', async () => {
    await post(body);
    for (const who of [t.as('member', 'M001'), t.as('manager'), t.as('admin')]) {
      const whole = await get(who);
      expect(whole.json()).toMatchObject({ citizenId: '1234567890121', maskedCitizenId: '1-XXXX-XXXXX-XX-1' });
    }
    // Staff see it masked, whatever header they send; another member and an agency do not see the member at all.
    for (const headers of [t.as('staff'), { ...t.as('staff'), 'x-actor': 'member:M001' }]) {
      const masked = await get(headers);
      expect(masked.statusCode).toBe(200);
      expect(masked.json()).not.toHaveProperty('citizenId');
      expect(masked.body).not.toContain('234567890');
    }
    for (const who of [t.as('member', 'M002'), t.as('agency'), t.as('partner', 'M001')]) {
      const refused = await get(who);
      expect(refused.statusCode).toBe(403);
      expect(refused.body).not.toContain('234567890');
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
    expect(await t.store.headPosition()).toBe(REGISTERED);
  });

  it('answers 409 and writes nothing when a registered member is sent with other details', async () => {
    await post(body);
    const res = await post({ ...body, name: 'สมชาย ใจร้าย' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'member_already_registered', memberId: 'M001' });
    expect(await t.store.headPosition()).toBe(REGISTERED);
  });

  it('answers 409 citizen_id_taken and writes nothing when another member registers with the citizen id', async () => {
    await post(body);
    const res = await post({ ...body, memberId: 'M002', name: 'สมหญิง ใจดี' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'citizen_id_taken' });
    expect(res.body).not.toContain('M001');
    expect(res.body).not.toContain(body.citizenId);
    expect(await t.store.headPosition()).toBe(REGISTERED);
    expect((await t.app.inject({ method: 'GET', url: '/members/M002', headers: t.as('manager') })).statusCode).toBe(
      404,
    );
  });

  it('claims the citizen id on a stream named by its hash, never by the id (PDPA)', async () => {
    await post(body);
    const events = await t.store.readAll({ maxCount: 10 });
    expect(events.map((e) => e.type)).toEqual(['CitizenIdClaimed', 'MemberJoined', 'FarmRegistered']);
    const claim = events[0]!;
    expect(claim.streamName).toMatch(/^citizenidclaim-[0-9a-f]{64}$/);
    expect(JSON.stringify(claim)).not.toContain(body.citizenId);
    expect(claim.data).toMatchObject({ memberId: 'M001' });
  });

  it('keeps the name and the citizen id sealed in the log, under the member’s key (PDPA)', async () => {
    await post(body);
    const joined = (await t.store.readAll({ maxCount: 10 })).find((e) => e.type === 'MemberJoined');
    expect(joined?.data).toMatchObject({ memberId: 'M001', name: expect.stringMatching(/^pii:v1:/) });
    expect(JSON.stringify(joined)).not.toContain(body.name);
    expect(JSON.stringify(joined)).not.toContain(body.citizenId);
    expect((await get()).json()).toMatchObject({ name: body.name, citizenId: body.citizenId });
    expect((await post(body)).statusCode).toBe(201); // the same registration again: the decider sees it opened
    expect(await t.store.headPosition()).toBe(REGISTERED);
  });

  it('erases a member’s name and citizen id at an admin’s request, once', async () => {
    await post(body);
    const erasure = { reason: 'left the cooperative, asked to be erased', erasedOn: '2026-02-01' };
    const erase = (role: 'admin' | 'manager') =>
      t.app.inject({ method: 'POST', url: '/members/M001/erasure', payload: erasure, headers: t.as(role) });
    expect((await erase('manager')).statusCode).toBe(403);
    const res = await erase('admin');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ events: [{ type: 'MemberErased' }] });
    expect(await t.store.headPosition()).toBe(REGISTERED + 1);
    const read = (await get()).json();
    expect(read).toMatchObject({
      memberId: 'M001',
      name: '(erased)',
      erasedOn: '2026-02-01',
      farms: [{ farmId: 'F01' }],
    });
    expect(read).not.toHaveProperty('citizenId');
    expect(JSON.stringify(read)).not.toContain(body.citizenId);
    expect((await erase('admin')).statusCode).toBe(201);
    expect(await t.store.headPosition()).toBe(REGISTERED + 1);
    expect((await post(body)).statusCode).toBe(409);
  });

  it('reads a member registered before sealing, in the clear, as it was', async () => {
    const metadata = {
      eventId: 'e-old',
      schemaVersion: 1,
      occurredAt: '2026-01-15T00:00:00.000Z',
      actor: 'test',
      correlationId: 'c',
      causationId: null,
      idempotencyKey: null,
    };
    const data = { memberId: 'M001', name: body.name, citizenId: body.citizenId, joinedOn: body.joinedOn };
    await t.store.append('member-M001', [{ type: 'MemberJoined', data, metadata }], 'no_stream');
    expect((await get()).json()).toMatchObject({ name: body.name, citizenId: body.citizenId, farms: [] });
  });

  it('completes a registration whose claim was written but not the member', async () => {
    const useCases = t.app.get(UseCaseRunner);
    await useCases.run(claimCitizenId, body, { actor: 'staff' });
    const res = await post(body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ streamName: 'member-M001', events: [{ type: 'MemberJoined' }, {}] });
    expect(await t.store.headPosition()).toBe(REGISTERED);
  });

  it('writes no claim when the member is registered with another citizen id, which stays free', async () => {
    await post(body);
    const other = { ...body, citizenId: '3100500123458' };
    const res = await post(other);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'member_already_registered' });
    expect(await t.store.headPosition()).toBe(REGISTERED);
    expect((await post({ ...other, memberId: 'M002' })).statusCode).toBe(201);
  });

  it('refuses to register a member without their claim: 422 citizen_id_not_claimed, nothing written', async () => {
    const useCases = t.app.get(UseCaseRunner);
    await expect(useCases.run(registerMember, body, { actor: 'staff' })).rejects.toMatchObject({
      code: 'citizen_id_not_claimed',
    });
    expect(await t.store.headPosition()).toBe(0);
  });

  it('refuses a member joining after today: 422 day_in_future, no claim written', async () => {
    const res = await post({ ...body, joinedOn: '2099-01-01' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'day_in_future', field: 'joinedOn' });
    expect(await t.store.headPosition()).toBe(0);
  });

  it('answers the same for a repeated Idempotency-Key and appends once', async () => {
    const headers = { 'idempotency-key': 'register-M001' };
    const first = await post(body, headers);
    const second = await post(body, headers);
    expect(second.json()).toEqual({ ...first.json(), repeated: true });
    expect(await t.store.headPosition()).toBe(REGISTERED);
  });

  it('answers 404 member_not_found for an unknown member', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/members/M999', headers: t.as('manager') });
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
      expect(await t.store.headPosition()).toBe(REGISTERED + 1);
    });

    it('answers 409 and writes nothing for other details under a farm id in use', async () => {
      const res = await postFarm({ ...farm2, farmId: 'F01' });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'farm_already_registered', memberId: 'M001', farmId: 'F01' });
      expect(await t.store.headPosition()).toBe(REGISTERED);
    });

    it('answers 422 and writes nothing for a farm registered before the member joined', async () => {
      const res = await postFarm({ ...farm2, registeredOn: '2025-12-31' });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'farm_registered_before_joining' });
      expect(await t.store.headPosition()).toBe(REGISTERED);
    });

    it('answers 422 day_in_future and writes nothing for a farm registered after today', async () => {
      const res = await postFarm({ ...farm2, registeredOn: '2099-03-01' });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'day_in_future', field: 'registeredOn' });
      expect(await t.store.headPosition()).toBe(REGISTERED);
    });

    it('answers 404 member_not_found and writes nothing for an unknown member', async () => {
      const res = await postFarm(farm2, 'M999');
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'member_not_found', memberId: 'M999' });
      expect(await t.store.headPosition()).toBe(REGISTERED);
    });

    it('answers 400 with field errors and writes nothing for bad input', async () => {
      const res = await postFarm({ ...farm2, farmId: '-bad', registeredOn: '2026-02-30', district: ' ' });
      expect(res.statusCode).toBe(400);
      expect(fields(res)).toEqual(expect.arrayContaining(['farmId', 'registeredOn', 'district']));
      expect(await t.store.headPosition()).toBe(REGISTERED);
    });

    it('answers the same for a repeated Idempotency-Key and appends once', async () => {
      const headers = { 'idempotency-key': 'farm-M001-F02' };
      const first = await postFarm(farm2, 'M001', headers);
      const second = await postFarm(farm2, 'M001', headers);
      expect(second.json()).toEqual({ ...first.json(), repeated: true });
      expect(await t.store.headPosition()).toBe(REGISTERED + 1);
    });
  });
  /**
   * PDPA: what the log keeps that is derived from a registration's input — the keyed event ids, the claim's stream —
   * cannot be recomputed from a guessed name or citizen id without the installation's secret (keys.sqlite).
   */
  describe('a member’s phone and bank account (PDPA)', () => {
    const contact = { phone: '+66812345678', bankAccount: { bank: 'KBANK', number: '1234567890' } };
    const change = (payload: object, headers: Record<string, string> = t.as('manager'), memberId = 'M001') =>
      t.app.inject({ method: 'POST', url: `/members/${memberId}/contact`, payload, headers });

    it('registers them, kept in the 0… form, whole only to the member, a manager and an admin', async () => {
      expect((await post({ ...body, ...contact })).statusCode).toBe(201);
      for (const who of [t.as('member', 'M001'), t.as('manager'), t.as('admin')]) {
        expect((await get(who)).json()).toMatchObject({
          phone: '0812345678',
          maskedPhone: '08x-xxx-5678',
          bankAccount: { bank: 'KBANK', number: '1234567890' },
          maskedBankAccount: { bank: 'KBANK', number: 'xxx-x-x6789-x' },
        });
      }
      const staff = await get(t.as('staff'));
      expect(staff.json()).toMatchObject({
        maskedPhone: '08x-xxx-5678',
        maskedBankAccount: { bank: 'KBANK', number: 'xxx-x-x6789-x' },
      });
      expect(staff.json()).not.toHaveProperty('phone');
      expect(staff.json()).not.toHaveProperty('bankAccount');
      expect(staff.body).not.toContain('12345678');
      expect((await post({ ...body, ...contact, phone: '0812345678' })).statusCode).toBe(201); // the same again
      expect(await t.store.headPosition()).toBe(REGISTERED);
    });

    it('keeps them sealed in the log under the member’s key', async () => {
      await post({ ...body, ...contact });
      await change({
        phone: '053123456',
        bankAccount: { bank: 'BAAC', number: '020123456789' },
        changedOn: '2026-02-01',
      });
      const log = await t.store.readAll({ maxCount: 10 });
      const personal = log.filter((e) => e.type === 'MemberJoined' || e.type === 'MemberContactChanged');
      expect(personal).toHaveLength(2);
      for (const event of personal) {
        expect(event.data).toMatchObject({
          phone: expect.stringMatching(/^pii:v1:/),
          bank: expect.stringMatching(/^pii:v1:/),
          bankAccountNumber: expect.stringMatching(/^pii:v1:/),
        });
      }
      const text = JSON.stringify(log);
      for (const value of ['812345678', '1234567890', '53123456', '020123456789', 'KBANK', 'BAAC']) {
        expect({ value, found: text.includes(value) }).toEqual({ value, found: false });
      }
    });

    it('changes them as a whole, at a manager’s or the member’s own request', async () => {
      await post(body);
      expect((await get()).json()).not.toHaveProperty('maskedPhone');
      const res = await change({ ...contact, changedOn: '2026-02-01' });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ events: [{ type: 'MemberContactChanged' }] });
      expect((await get()).json()).toMatchObject({ phone: '0812345678', bankAccount: contact.bankAccount });
      // The same again changes nothing; the member leaves the bank account out: it is no longer known.
      expect((await change({ ...contact, changedOn: '2026-02-02' })).json()).toMatchObject({ events: [] });
      const own = await change({ phone: '053123456', changedOn: '2026-03-01' }, t.as('member', 'M001'));
      expect(own.statusCode).toBe(201);
      const read = (await get(t.as('member', 'M001'))).json<Record<string, unknown>>();
      expect(read).toMatchObject({ phone: '053123456', maskedPhone: '05-xxx-3456' });
      expect(read).not.toHaveProperty('bankAccount');
      expect(read).not.toHaveProperty('maskedBankAccount');
      expect(await t.store.headPosition()).toBe(REGISTERED + 2);
    });

    it('lets no one else change them: 403, nothing written', async () => {
      await post(body);
      for (const who of [t.as('staff'), t.as('member', 'M002'), t.as('agency'), t.as('partner', 'P1')]) {
        const res = await change({ ...contact, changedOn: '2026-02-01' }, who);
        expect(res.statusCode).toBe(403);
      }
      expect(await t.store.headPosition()).toBe(REGISTERED);
    });

    it('answers 400 with field errors in Thai and writes nothing for a phone or account not Thai', async () => {
      await post(body);
      const res = await change(
        { phone: '081-234-5678', bankAccount: { bank: 'CHASE', number: '12345' }, changedOn: '2026-02-01' },
        { ...t.as('manager'), 'accept-language': 'th' },
      );
      expect(res.statusCode).toBe(400);
      expect(fields(res)).toEqual(expect.arrayContaining(['phone', 'bankAccount.bank', 'bankAccount.number']));
      expect(res.body).toContain('หมายเลขโทรศัพท์ไทย');
      expect(res.body).toContain('เลขบัญชีธนาคาร');
      expect(res.body).not.toContain('must be');
      const registering = await post({ ...body, memberId: 'M002', phone: '12345' });
      expect(registering.statusCode).toBe(400);
      expect(fields(registering)).toEqual(['phone']);
      expect(await t.store.headPosition()).toBe(REGISTERED);
    });

    it('answers 422 and writes nothing for a change before joining, 404 for an unknown member', async () => {
      await post(body);
      const early = await change({ ...contact, changedOn: '2026-01-14' });
      expect(early.statusCode).toBe(422);
      expect(early.json()).toMatchObject({ code: 'contact_changed_before_joining' });
      const unknown = await change({ ...contact, changedOn: '2026-02-01' }, t.as('manager'), 'M404');
      expect(unknown.statusCode).toBe(404);
      expect(await t.store.headPosition()).toBe(REGISTERED);
    });

    it('erases them with the member; a later change is refused: 422 member_erased', async () => {
      await post({ ...body, ...contact });
      const erasure = { reason: 'left the cooperative, asked to be erased', erasedOn: '2026-02-01' };
      const erased = await t.app.inject({
        method: 'POST',
        url: '/members/M001/erasure',
        payload: erasure,
        headers: t.as('admin'),
      });
      expect(erased.statusCode).toBe(201);
      const read = await get();
      for (const field of ['phone', 'maskedPhone', 'bankAccount', 'maskedBankAccount']) {
        expect(read.json()).not.toHaveProperty(field);
      }
      expect(read.body).not.toContain('5678');
      const refused = await change({ ...contact, changedOn: '2026-03-01' });
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({ code: 'member_erased' });
      expect(refused.body).not.toContain('5678');
      expect(await t.store.headPosition()).toBe(REGISTERED + 1);
    });
  });

  describe('hashes of personal data in the log', () => {
    const KEY = 'register-M001';
    const keyedIds = (stream: string, fingerprint: string) =>
      [0, 1].map((i) => deterministicId(`${stream}\u0000${KEY}\u0000${fingerprint}\u0000${i}`));
    const idsOf = async (app: HttpTestApp, stream: string) =>
      (await app.store.readStream(stream)).map((e: EventEnvelope) => e.metadata.eventId);
    const vaultOf = (app: HttpTestApp) => app.app.get<PersonalDataVault>(PERSONAL_DATA_VAULT);

    it('keys the event ids of a registration with the installation secret, not a bare hash of the input', async () => {
      expect((await post(body, { 'idempotency-key': KEY })).statusCode).toBe(201);
      const operation = ['RegisterMember', null];
      const unkeyed = hash('sha256', JSON.stringify([operation, sortedKeys(body)]));
      const secret = vaultOf(t).installationKey('request-fingerprint');
      const stored = await idsOf(t, 'member-M001');
      // What anyone holding the log could compute from a guessed name and citizen id: not what is stored.
      expect(stored).not.toEqual(keyedIds('member-M001', unkeyed));
      expect(stored.some((id) => keyedIds('member-M001', unkeyed).includes(id))).toBe(false);
      // What the installation computes with its secret: what is stored (so the check above can tell them apart).
      expect(stored).toEqual(keyedIds('member-M001', requestFingerprint(secret, operation, body)));

      // Another installation, the same request under the same key: other ids.
      const other = await createHttpTestApp([RegistryModule], undefined, { personalData: REGISTRY_PERSONAL_FIELDS });
      try {
        const res = await other.app.inject({
          method: 'POST',
          url: '/members',
          payload: body,
          headers: { ...other.as('manager'), 'idempotency-key': KEY },
        });
        expect(res.statusCode).toBe(201);
        expect(await idsOf(other, 'member-M001')).not.toEqual(stored);
      } finally {
        await other.close();
      }
      // The same request again under the key, keyed alike: answered as the first, nothing more written.
      expect((await post(body, { 'idempotency-key': KEY })).json()).toMatchObject({ repeated: true });
      expect(await t.store.headPosition()).toBe(REGISTERED);
    });

    it('names the claim stream with the installation secret: other installations, other names', async () => {
      expect((await post(body)).statusCode).toBe(201);
      const claimStream = (await t.store.readAll({ maxCount: 10 })).find(
        (e) => e.type === 'CitizenIdClaimed',
      )!.streamName;
      const secret = vaultOf(t).installationKey(CITIZEN_ID_CLAIM_KEY_PURPOSE);
      expect(claimStream).toBe(`citizenidclaim-${citizenIdClaimId(secret, body.citizenId)}`);
      expect(claimStream).not.toBe(`citizenidclaim-${formerCitizenIdClaimId(body.citizenId)}`);
      expect(claimStream).not.toContain(body.citizenId);

      const other = await createHttpTestApp([RegistryModule], undefined, { personalData: REGISTRY_PERSONAL_FIELDS });
      try {
        const res = await other.app.inject({
          method: 'POST',
          url: '/members',
          payload: body,
          headers: other.as('manager'),
        });
        expect(res.statusCode).toBe(201);
        const otherStream = (await other.store.readAll({ maxCount: 10 })).find(
          (e) => e.type === 'CitizenIdClaimed',
        )!.streamName;
        expect(otherStream).not.toBe(claimStream);
      } finally {
        await other.close();
      }
    });

    it('still refuses a citizen id another member claimed under the former key: 409, nothing written', async () => {
      const metadata = {
        eventId: 'e-former-claim',
        schemaVersion: 1,
        occurredAt: '2025-01-15T00:00:00.000Z',
        actor: 'test',
        correlationId: 'c',
        causationId: null,
        idempotencyKey: null,
      };
      const claimId = formerCitizenIdClaimId(body.citizenId);
      await t.store.append(
        `citizenidclaim-${claimId}`,
        [{ type: 'CitizenIdClaimed', data: { claimId, memberId: 'M000' }, metadata }],
        'no_stream',
      );
      const res = await post(body);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'citizen_id_taken' });
      expect(await t.store.headPosition()).toBe(1);
      // The member who holds the former claim registers (again) under the new name.
      expect((await post({ ...body, memberId: 'M000' })).statusCode).toBe(201);
    });
  });
});

/** The value with its objects' keys in order, as the request fingerprint serialises it. */
function sortedKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, sortedKeys(v)]),
  );
}
