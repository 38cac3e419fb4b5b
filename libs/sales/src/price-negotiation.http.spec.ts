import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, registerCluster } from '@khai/testing';

import { SalesModule } from './sales.module';

describe('price negotiations over HTTP', () => {
  let t: HttpTestApp;
  /** Log position after the registry's events of the setup. */
  let registered: number;
  beforeEach(async () => {
    t = await createHttpTestApp([SalesModule, CLUSTER_REGISTRY]);
    await registerCluster(t.app, {
      partners: [
        { partnerId: 'B-makro-cm', kind: 'BUYER' },
        { partnerId: 'B-tops', kind: 'BUYER' },
        { partnerId: 'SUP-CPF', kind: 'FEED_SUPPLIER' },
      ],
    });
    registered = await t.store.headPosition();
  });
  afterEach(() => t.close());

  const opening = {
    negotiationId: 'N2026-makro-Q4',
    buyerId: 'B-makro-cm',
    openedOn: '2026-10-01',
    asking: [
      { size: 3, satangPerEgg: 360 },
      { size: 2, satangPerEgg: 380 },
    ],
    floorSatangPerEgg: 300,
  };
  const offer = {
    roundId: 'R1',
    offeredOn: '2026-10-02',
    prices: [{ size: 2, satangPerEgg: 350 }],
    eggsPerWeek: 36_000,
  };
  const counter = { roundId: 'R2', offeredOn: '2026-10-03', prices: [{ size: 2, satangPerEgg: 370 }] };
  const agreement = {
    agreedOn: '2026-10-04',
    prices: [{ size: 2, satangPerEgg: 365 }],
    validFrom: '2026-10-06',
    validTo: '2026-12-31',
  };
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers: { ...t.as('manager'), ...headers } });
  const base = '/price-negotiations/N2026-makro-Q4';

  it('opens, offers, counters and agrees, and reads back the ask and every round', async () => {
    const opened = await post('/price-negotiations', opening);
    expect(opened.statusCode).toBe(201);
    expect(opened.json()).toMatchObject({
      streamName: 'pricenegotiation-N2026-makro-Q4',
      revision: 0,
      events: [{ type: 'PriceNegotiationOpened' }],
    });
    expect((await post(`${base}/offers`, offer)).json()).toMatchObject({ events: [{ type: 'BuyerOfferReceived' }] });
    expect((await post(`${base}/counter-offers`, counter)).json()).toMatchObject({
      events: [{ type: 'CounterOfferMade' }],
    });
    const agreed = await post(`${base}/agreement`, agreement);
    expect(agreed.statusCode).toBe(201);
    expect(agreed.json()).toMatchObject({ revision: 3, events: [{ type: 'PriceAgreed' }] });

    const read = await t.app.inject({ method: 'GET', url: base, headers: t.as('manager') });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({
      negotiationId: 'N2026-makro-Q4',
      buyerId: 'B-makro-cm',
      status: 'agreed',
      openedOn: '2026-10-01',
      asking: [
        { size: 2, satangPerEgg: 380 },
        { size: 3, satangPerEgg: 360 },
      ],
      floorSatangPerEgg: 300,
      ceilingSatangPerEgg: null,
      rounds: [
        { roundId: 'R1', round: 1, by: 'BUYER', offeredOn: '2026-10-02', prices: offer.prices, eggsPerWeek: 36_000 },
        {
          roundId: 'R2',
          round: 2,
          by: 'COOPERATIVE',
          offeredOn: '2026-10-03',
          prices: counter.prices,
          eggsPerWeek: null,
        },
      ],
      roundCount: 2,
      agreement,
      failure: null,
      revision: 3,
    });
  });

  it('fails a negotiation with its reason', async () => {
    await post('/price-negotiations', opening);
    const failed = await post(`${base}/failure`, { failedOn: '2026-10-05', reason: 'buyer went elsewhere' });
    expect(failed.statusCode).toBe(201);
    const read = await t.app.inject({ method: 'GET', url: base, headers: t.as('manager') });
    expect(read.json()).toMatchObject({
      status: 'failed',
      roundCount: 0,
      failure: { failedOn: '2026-10-05', reason: 'buyer went elsewhere' },
    });
  });

  it('answers 400 with field errors and writes nothing for bad input', async () => {
    const res = await post('/price-negotiations', {
      ...opening,
      negotiationId: '-bad id',
      openedOn: '2026-10-01T00:00:00Z',
      asking: [{ size: 7, satangPerEgg: 3.6 }],
      floorSatangPerEgg: 0,
      extra: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'negotiationId',
        'openedOn',
        'asking.0.size',
        'asking.0.satangPerEgg',
        'floorSatangPerEgg',
        'extra',
      ]),
    );
    expect((await post('/price-negotiations', { ...opening, asking: [] })).statusCode).toBe(400);
    expect(await t.store.headPosition()).toBe(registered);

    await post('/price-negotiations', opening);
    const badOffer = await post(`${base}/offers`, { ...offer, roundId: '', prices: [], eggsPerWeek: -1 });
    expect(badOffer.statusCode).toBe(400);
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('answers 404 for an unknown negotiation, on reads and writes', async () => {
    const read = await t.app.inject({ method: 'GET', url: '/price-negotiations/N-none', headers: t.as('manager') });
    expect(read.statusCode).toBe(404);
    expect(read.json()).toMatchObject({ code: 'negotiation_not_found', status: 404 });
    const write = await post('/price-negotiations/N-none/offers', offer);
    expect(write.statusCode).toBe(404);
    expect(await t.store.headPosition()).toBe(registered);
  });

  it('answers 409 out of turn and once closed, 422 for unasked sizes, and writes nothing', async () => {
    await post('/price-negotiations', opening);
    const early = await post(`${base}/counter-offers`, counter);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'not_our_turn' });
    const unasked = await post(`${base}/offers`, { ...offer, prices: [{ size: 0, satangPerEgg: 400 }] });
    expect(unasked.statusCode).toBe(422);
    expect(unasked.json()).toMatchObject({ code: 'size_not_asked' });
    await post(`${base}/offers`, offer);
    const twice = await post(`${base}/offers`, { ...offer, roundId: 'R2' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'not_buyers_turn' });
    await post(`${base}/agreement`, agreement);
    const head = await t.store.headPosition();
    const late = await post(`${base}/counter-offers`, counter);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'negotiation_closed' });
    expect(await t.store.headPosition()).toBe(head);
  });

  it('answers the same for a repeated Idempotency-Key and appends once', async () => {
    await post('/price-negotiations', opening);
    const headers = { 'idempotency-key': 'offer-R1' };
    const first = await post(`${base}/offers`, offer, headers);
    const second = await post(`${base}/offers`, offer, headers);
    expect(second.json()).toEqual({ ...first.json(), repeated: true });
    expect(await t.store.headPosition()).toBe(registered + 2);
  });

  it.each([
    ['a buyer not registered', 'buyer_not_registered', { buyerId: 'B-ghost' }],
    ['a feed supplier as buyer', 'buyer_not_registered', { buyerId: 'SUP-CPF' }],
    ['an opening day after today', 'day_in_future', { openedOn: '2099-01-01' }],
  ])('refuses to open a negotiation naming %s: 422 %s, nothing written', async (_what, code, change) => {
    const res = await post('/price-negotiations', { ...opening, ...change });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code });
    expect(await t.store.headPosition()).toBe(registered);
  });

  it.each([
    ['offers', 'from another buyer', 'buyer_mismatch', { ...offer, roundId: 'R3', buyerId: 'B-tops' }],
    ['offers', 'from a buyer not registered', 'buyer_not_registered', { ...offer, roundId: 'R3', buyerId: 'B-ghost' }],
    ['offers', 'from a feed supplier', 'buyer_not_registered', { ...offer, roundId: 'R3', buyerId: 'SUP-CPF' }],
    ['offers', 'made after today', 'day_in_future', { ...offer, roundId: 'R3', offeredOn: '2099-01-01' }],
    ['counter-offers', 'made after today', 'day_in_future', { ...counter, offeredOn: '2099-01-01' }],
    ['agreement', 'made after today', 'day_in_future', { ...agreement, agreedOn: '2099-01-01' }],
    ['agreement', 'valid to 2099', 'day_too_far_ahead', { ...agreement, validTo: '2099-12-31' }],
    ['failure', 'after today', 'day_in_future', { failedOn: '2099-01-01', reason: 'buyer went elsewhere' }],
  ])('refuses %s %s: 422 %s, nothing written', async (step, _why, code, payload) => {
    await post('/price-negotiations', opening);
    await post(`${base}/offers`, offer);
    const head = await t.store.headPosition();
    const res = await post(`${base}/${step}`, payload);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code });
    expect(await t.store.headPosition()).toBe(head);
  });

  it("takes an offer that names the negotiation's buyer, and keeps the round as without", async () => {
    await post('/price-negotiations', opening);
    const res = await post(`${base}/offers`, { ...offer, buyerId: 'B-makro-cm' });
    expect(res.statusCode).toBe(201);
    const read = await t.app.inject({ method: 'GET', url: base, headers: t.as('manager') });
    expect(read.json()).toMatchObject({
      rounds: [{ roundId: 'R1', by: 'BUYER', offeredOn: '2026-10-02', prices: offer.prices, eggsPerWeek: 36_000 }],
    });
  });
});
