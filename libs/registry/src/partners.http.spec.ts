import { createHttpTestApp, type HttpTestApp } from '@khai/testing';

import { RegistryModule } from './registry.module';

describe('registry over HTTP: partners on the cluster map', () => {
  let t: HttpTestApp;
  beforeEach(async () => {
    t = await createHttpTestApp([RegistryModule]);
  });
  afterEach(() => t.close());

  const buyer = {
    partnerId: 'B-TOPS',
    name: 'Tops Market',
    kind: 'BUYER',
    channel: 'MODERN_TRADE',
    province: 'เชียงใหม่',
    taxId: '0105536092641',
    registeredOn: '2022-01-10',
  };
  const baac = { partnerId: 'BAAC', name: 'ธ.ก.ส.', kind: 'FINANCIAL_INSTITUTION', registeredOn: '2022-01-10' };
  const move = { stage: 'MIDSTREAM', reason: 'now grades and packs for us', changedOn: '2023-02-01' };
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers: { ...t.as('manager'), ...headers } });
  const register = (payload: object, headers: Record<string, string> = {}) => post('/partners', payload, headers);
  const get = (id = 'B-TOPS') => t.app.inject({ method: 'GET', url: `/partners/${id}`, headers: t.as('manager') });
  const fields = (res: { json: <T>() => T }) => res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);

  it('registers a buyer downstream with its channel and reads it back', async () => {
    const res = await register(buyer);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      streamName: 'partner-B-TOPS',
      revision: 0,
      events: [{ type: 'PartnerRegistered' }],
    });
    expect((await get()).json()).toEqual({
      ...buyer,
      maskedTaxId: '0-XXXX-XXXXX-XX-1',
      stage: 'DOWNSTREAM',
      stageChanges: [],
      revision: 0,
    });
  });

  it('shows a tax id whole only to the partner itself, managers and admins; masked as a citizen id to others', async () => {
    await register(buyer);
    const read = (headers: Record<string, string>) =>
      t.app.inject({ method: 'GET', url: '/partners/B-TOPS', headers }).then((r) => r.json<Record<string, unknown>>());
    for (const viewer of [t.as('manager'), t.as('admin'), t.as('partner', 'B-TOPS')])
      expect(await read(viewer)).toMatchObject({ taxId: '0105536092641', maskedTaxId: '0-XXXX-XXXXX-XX-1' });
    const staff = await read(t.as('staff'));
    expect(staff).toMatchObject({ maskedTaxId: '0-XXXX-XXXXX-XX-1' });
    expect(JSON.stringify(staff)).not.toContain('0105536092641');
  });

  it('places a partner at the stage of its kind, leaving out what was not given', async () => {
    await register(baac);
    expect((await get('BAAC')).json()).toEqual({ ...baac, stage: 'SUPPORT', stageChanges: [], revision: 0 });
  });

  it('moves a partner on the map, and a move to where it is writes nothing', async () => {
    await register(buyer);
    const res = await post('/partners/B-TOPS/stage', move);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ revision: 1, events: [{ type: 'PartnerStageChanged' }] });
    expect((await post('/partners/B-TOPS/stage', move)).json()).toMatchObject({ events: [], revision: 1 });
    expect((await get()).json()).toMatchObject({
      stage: 'MIDSTREAM',
      stageChanges: [{ previousStage: 'DOWNSTREAM', ...move }],
      revision: 1,
    });
  });

  it('answers 422 and writes nothing for a buyer without a channel or a channel on anyone else', async () => {
    const { channel: _, ...noChannel } = buyer;
    const missing = await register(noChannel);
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({ code: 'channel_required' });
    const extra = await register({ ...baac, channel: 'RETAILER' });
    expect(extra.statusCode).toBe(422);
    expect(extra.json()).toMatchObject({ code: 'channel_not_applicable' });
    expect(await t.store.headPosition()).toBe(0);
  });

  it('answers 400 with field errors and writes nothing for bad input', async () => {
    const res = await register({
      ...buyer,
      kind: 'FRIEND',
      channel: 'MARKET',
      stage: 'SIDESTREAM',
      taxId: '0105536092642',
      extra: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(expect.arrayContaining(['kind', 'channel', 'stage', 'taxId', 'extra']));
    await register(buyer);
    const position = await t.store.headPosition();
    const badMove = await post('/partners/B-TOPS/stage', { stage: 'UP', reason: '', changedOn: 'yesterday' });
    expect(fields(badMove)).toEqual(expect.arrayContaining(['stage', 'reason', 'changedOn']));
    expect(await t.store.headPosition()).toBe(position);
  });

  it('answers 201 with no events for the same registration again, 409 for other details', async () => {
    await register(buyer);
    expect((await register({ ...buyer, stage: 'DOWNSTREAM' })).json()).toMatchObject({ events: [], revision: 0 });
    const other = await register({ ...buyer, channel: 'WHOLESALER' });
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ code: 'partner_already_registered', partnerId: 'B-TOPS' });
    expect(await t.store.headPosition()).toBe(1);
  });

  it('answers 422 and writes nothing for a move dated before the registration', async () => {
    await register(buyer);
    const res = await post('/partners/B-TOPS/stage', { ...move, changedOn: '2021-12-31' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'stage_changed_before_registration' });
    expect(await t.store.headPosition()).toBe(1);
  });

  it('answers 422 day_in_future and writes nothing for a registration or a move after today', async () => {
    const early = await register({ ...buyer, registeredOn: '2099-01-10' });
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'day_in_future', field: 'registeredOn' });
    expect(await t.store.headPosition()).toBe(0);
    await register(buyer);
    const res = await post('/partners/B-TOPS/stage', { ...move, changedOn: '2099-02-01' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'day_in_future', field: 'changedOn' });
    expect(await t.store.headPosition()).toBe(1);
  });

  it('answers 404 partner_not_found for a move or a read of an unknown partner', async () => {
    for (const res of [await post('/partners/NOPE/stage', move), await get('NOPE')]) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'partner_not_found', partnerId: 'NOPE' });
    }
    expect(await t.store.headPosition()).toBe(0);
  });

  it('answers the same for a repeated Idempotency-Key and appends once', async () => {
    const headers = { 'idempotency-key': 'partner-B-TOPS' };
    const first = await register(buyer, headers);
    const second = await register(buyer, headers);
    expect(second.json()).toEqual({ ...first.json(), repeated: true });
    expect(await t.store.headPosition()).toBe(1);
  });
});
