import { UseCaseRunner } from '@khai/event-sourcing';
import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, registerCluster } from '@khai/testing';

import { recordEggDelivery } from './commands/record-egg-delivery';
import { recordFeedCharge } from './commands/record-feed-charge';
import { voidEggDelivery } from './commands/void-egg-delivery';
import { SettlementModule } from './settlement.module';

const context = { actor: 'process-manager' };

describe('settlement over HTTP', () => {
  let t: HttpTestApp;
  /** Log position after the registry's events of the setup. */
  let registered: number;
  beforeEach(async () => {
    t = await createHttpTestApp([SettlementModule, CLUSTER_REGISTRY]);
    await registerCluster(t.app, {
      members: [
        { memberId: 'M-017', farmIds: ['F01'] },
        { memberId: 'M-018', farmIds: ['F01'] },
      ],
    });
    registered = await t.store.headPosition();
  });
  afterEach(() => t.close());

  const priceList = {
    priceListId: 'PL-2026-11',
    effectiveFrom: '2026-11-01',
    prices: [
      { size: 0, satangPerEgg: 420 },
      { size: 2, satangPerEgg: 380 },
      { size: 3, satangPerEgg: 350 },
    ],
    setOn: '2026-10-28',
  };
  const settlement = {
    settlementId: 'S-2026-11',
    periodFrom: '2026-11-01',
    periodTo: '2026-11-30',
    settledOn: '2026-12-01',
    deductions: [{ reason: 'ค่าหุ้นสหกรณ์', amountSatang: 50_000 }],
  };

  /** What the process managers would dispatch from production and feed. */
  async function feedNovember(): Promise<void> {
    const useCases = t.app.get(UseCaseRunner);
    const memberId = 'M-017';
    await useCases.run(
      recordEggDelivery,
      {
        memberId,
        lotId: 'L1',
        gradedOn: '2026-11-03',
        collectedOn: '2026-11-02',
        sizes: [
          { size: 0, eggs: 1_200 },
          { size: 2, eggs: 3_000 },
          { size: 3, eggs: 1_800 },
        ],
      },
      context,
    );
    await useCases.run(
      recordEggDelivery,
      {
        memberId,
        lotId: 'L2',
        gradedOn: '2026-11-10',
        collectedOn: '2026-11-09',
        sizes: [
          { size: 0, eggs: 600 },
          { size: 2, eggs: 2_400 },
          { size: 3, eggs: 900 },
        ],
      },
      context,
    );
    await useCases.run(
      recordFeedCharge,
      { memberId, deliveryId: 'FD-1', deliveredOn: '2026-11-05', kg: 2_000, amountSatang: 2_900_000 },
      context,
    );
  }

  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers: { ...t.as('manager'), ...headers } });

  it('sets a member price list and reads it back; a conflicting one is 409 and writes nothing', async () => {
    const res = await post('/member-price-lists', priceList);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ streamName: 'memberpriceschedule-cooperative', revision: 0, repeated: false });
    const read = await t.app.inject({ method: 'GET', url: '/member-price-lists/PL-2026-11', headers: t.as('manager') });
    expect(read.json()).toMatchObject({ effectiveFrom: '2026-11-01', prices: priceList.prices, revision: 0 });
    const clash = await post('/member-price-lists', { ...priceList, prices: [{ size: 0, satangPerEgg: 1 }] });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ code: 'price_list_already_set' });
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('answers 400 with field errors and writes nothing for a bad price list', async () => {
    const res = await post('/member-price-lists', {
      ...priceList,
      priceListId: '-bad',
      effectiveFrom: '2026-13-01',
      prices: [{ size: 9, satangPerEgg: 4.2 }],
      extra: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['priceListId', 'effectiveFrom', 'prices.0.size', 'prices.0.satangPerEgg', 'extra']),
    );
    const empty = await post('/member-price-lists', { ...priceList, prices: [] });
    expect(empty.statusCode).toBe(400);
    expect(await t.store.headPosition()).toBe(registered);
  });

  it.each([
    [{ setOn: '2099-10-28' }, 'day_in_future'],
    [{ effectiveFrom: '2099-11-01' }, 'day_too_far_ahead'],
  ])('refuses a price list %j: 422 %s, nothing written', async (change, code) => {
    const res = await post('/member-price-lists', { ...priceList, ...change });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code, field: Object.keys(change)[0] });
    expect(await t.store.headPosition()).toBe(registered);
  });

  it('takes a price list effective up to 366 days ahead', async () => {
    const ahead = new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10);
    expect((await post('/member-price-lists', { ...priceList, effectiveFrom: ahead })).statusCode).toBe(201);
  });

  it('settles a member and serves the statement with Thai baht amounts', async () => {
    await post('/member-price-lists', priceList);
    await feedNovember();
    const res = await post('/member-accounts/M-017/settlements', settlement);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ streamName: 'memberaccount-M-017', events: [{ type: 'MemberSettled' }] });

    const statement = await t.app.inject({
      method: 'GET',
      url: '/member-accounts/M-017/settlements/S-2026-11',
      headers: t.as('manager'),
    });
    expect(statement.statusCode).toBe(200);
    expect(statement.json()).toMatchObject({
      eggRevenueSatang: 3_753_000,
      feedKg: 2_000,
      feedChargeSatang: 2_900_000,
      deductionsSatang: 50_000,
      netSatang: 803_000,
      thb: { eggRevenue: '฿37,530.00', feedCharge: '฿29,000.00', deductions: '฿500.00', net: '฿8,030.00' },
      lotIds: ['L1', 'L2'],
      deliveryIds: ['FD-1'],
    });
    expect(statement.json<{ eggLines: unknown[] }>().eggLines).toHaveLength(3);

    const account = await t.app.inject({ method: 'GET', url: '/member-accounts/M-017', headers: t.as('manager') });
    expect(account.json()).toMatchObject({
      memberId: 'M-017',
      unsettled: { deliveries: [], voids: [], feedCharges: [], adjustments: [] },
      settlements: [{ settlementId: 'S-2026-11', netSatang: 803_000, netThb: '฿8,030.00' }],
    });
  });

  it('shows a void of a paid lot as waiting to be taken back', async () => {
    await post('/member-price-lists', priceList);
    await feedNovember();
    await post('/member-accounts/M-017/settlements', settlement);
    await t.app
      .get(UseCaseRunner)
      .run(
        voidEggDelivery,
        { memberId: 'M-017', lotId: 'L2', reason: 'graded under the wrong member', voidedOn: '2026-12-02' },
        context,
      );
    const account = await t.app.inject({ method: 'GET', url: '/member-accounts/M-017', headers: t.as('manager') });
    expect(account.json()).toMatchObject({
      unsettled: { voids: [{ lotId: 'L2', grading: 1, paidIn: 'S-2026-11', paidPrices: priceList.prices }] },
    });
  });

  it('answers 400 with field errors and writes nothing for a bad settlement', async () => {
    await post('/member-price-lists', priceList);
    await feedNovember();
    const head = await t.store.headPosition();
    const res = await post('/member-accounts/M-017/settlements', {
      ...settlement,
      periodTo: '30/11/2026',
      deductions: [{ reason: '', amountSatang: -1 }],
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['periodTo', 'deductions.0.reason', 'deductions.0.amountSatang']));
    expect(await t.store.headPosition()).toBe(head);
  });

  it.each([
    ['M-999', {}, 'member_not_registered'],
    ['M-017', { periodTo: '2099-11-30' }, 'day_in_future'],
    ['M-017', { periodFrom: '2099-11-01', periodTo: '2099-11-30' }, 'day_in_future'],
    ['M-017', { settledOn: '2099-12-01' }, 'day_in_future'],
  ])('refuses a settlement of %s with %j: 422 %s, nothing written', async (memberId, change, code) => {
    await post('/member-price-lists', priceList);
    await feedNovember();
    const head = await t.store.headPosition();
    const res = await post(`/member-accounts/${memberId}/settlements`, { ...settlement, ...change });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code });
    expect(await t.store.headPosition()).toBe(head);
  });

  it('answers 422 with no list in force, 404 for an unknown price list, account or settlement; writes nothing', async () => {
    await feedNovember();
    const head = await t.store.headPosition();
    const noList = await post('/member-accounts/M-017/settlements', settlement);
    expect(noList.json()).toMatchObject({
      status: 422,
      code: 'no_price_list_in_force',
      lots: [
        { lotId: 'L1', collectedOn: '2026-11-02' },
        { lotId: 'L2', collectedOn: '2026-11-09' },
      ],
    });
    await post('/member-price-lists', priceList);
    const noAccount = await post('/member-accounts/M-018/settlements', settlement);
    expect(noAccount.json()).toMatchObject({ status: 404, code: 'member_account_not_found' });
    expect(await t.store.headPosition()).toBe(head + 1);
    const reads = await Promise.all(
      ['/member-price-lists/PL-none', '/member-accounts/M-999', '/member-accounts/M-017/settlements/S-none'].map(
        (url) => t.app.inject({ method: 'GET', url, headers: t.as('manager') }),
      ),
    );
    expect(reads.map((r) => r.json<{ code: string }>().code)).toEqual([
      'price_list_not_found',
      'member_account_not_found',
      'settlement_not_found',
    ]);
  });

  it('answers 409 for an overlapping period and 422 for an unpriced size, writing nothing', async () => {
    await post('/member-price-lists', { ...priceList, priceListId: 'PL-size-0', prices: [priceList.prices[0]] });
    await feedNovember();
    const head = await t.store.headPosition();
    const unpriced = await post('/member-accounts/M-017/settlements', settlement);
    expect(unpriced.statusCode).toBe(422);
    expect(unpriced.json()).toMatchObject({ code: 'size_not_priced', priceListId: 'PL-size-0', sizes: [2, 3] });
    expect(await t.store.headPosition()).toBe(head);
    // A list taking effect the same day, set later, is the one in force.
    await post('/member-price-lists', priceList);
    await post('/member-accounts/M-017/settlements', settlement);
    const overlap = await post('/member-accounts/M-017/settlements', {
      ...settlement,
      settlementId: 'S-2',
      periodFrom: '2026-11-15',
      periodTo: '2026-12-01',
    });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json()).toMatchObject({ code: 'period_already_settled' });
    const backwards = await post('/member-accounts/M-017/settlements', {
      ...settlement,
      settlementId: 'S-3',
      periodFrom: '2026-10-31',
      periodTo: '2026-10-01',
    });
    expect(backwards.json()).toMatchObject({ status: 422, code: 'invalid_period' });
    expect(await t.store.headPosition()).toBe(head + 2);
  });

  it('answers the same for a repeated Idempotency-Key and settles once', async () => {
    await post('/member-price-lists', priceList);
    await feedNovember();
    const headers = { 'idempotency-key': 'settle-M-017-2026-11' };
    const first = await post('/member-accounts/M-017/settlements', settlement, headers);
    const second = await post('/member-accounts/M-017/settlements', settlement, headers);
    expect(second.json()).toEqual({ ...first.json(), repeated: true });
    const again = await post('/member-accounts/M-017/settlements', settlement);
    expect(again.json()).toMatchObject({ events: [], repeated: false });
    expect(await t.store.headPosition()).toBe(registered + 5);
  });
});
