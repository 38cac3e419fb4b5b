import { createHttpTestApp, type HttpTestApp } from '@khai/testing';

import { MarketModule } from './market.module';

describe('market over HTTP', () => {
  let t: HttpTestApp;
  beforeEach(async () => {
    t = await createHttpTestApp([MarketModule]);
  });
  afterEach(() => t.close());

  const body = {
    source: 'coop-network',
    effectiveDate: '2022-03-24',
    mixedSatangPerEgg: 340,
    sizes: [{ size: 0, satangPerEgg: 420 }],
  };

  it('announces a reference price and reads it back', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/reference-prices',
      payload: body,
      headers: t.as('manager'),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      streamName: 'referenceprice-coop-network.2022-03-24',
      revision: 0,
      repeated: false,
    });
    const read = await t.app.inject({
      method: 'GET',
      url: '/reference-prices/coop-network/2022-03-24',
      headers: t.as('manager'),
    });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ mixedSatangPerEgg: 340, sizes: [{ size: 0, satangPerEgg: 420 }] });
  });

  it('answers 400 with field errors and writes nothing for bad input', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/reference-prices',
      payload: { ...body, mixedSatangPerEgg: 3.4, sizes: [{ size: 9, satangPerEgg: 1 }], extra: true },
      headers: t.as('manager'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['mixedSatangPerEgg', 'sizes.0.size', 'extra']));
    expect(await t.store.headPosition()).toBe(0);
  });

  it('refuses a list inside the size ladder with 400 and writes nothing (it was taken as one empty size)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/reference-prices',
      payload: { ...body, sizes: [[{ size: 0, satangPerEgg: 420 }]] },
      headers: t.as('manager'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'sizes.0', messages: ['a list inside a list is not accepted'] }],
    });
    expect(await t.store.headPosition()).toBe(0);
  });

  it('refuses a body nested thousands of levels deep with 400, not a stack overflow, and writes nothing', async () => {
    for (const deep of ['['.repeat(3_000) + ']'.repeat(3_000), `[${'{"a":'.repeat(3_000)}1${'}'.repeat(3_000)}]`]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/reference-prices',
        headers: { ...t.as('manager'), ...{ 'content-type': 'application/json' } },
        payload: JSON.stringify(body).replace('"sizes":[{"size":0,"satangPerEgg":420}]', `"sizes":${deep}`),
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ errors: { messages: string[] }[] }>().errors).toEqual([
        expect.objectContaining({ messages: ['nested deeper than 16 levels'] }),
      ]);
    }
    expect(await t.store.headPosition()).toBe(0);
  });

  it('answers the same for a repeated Idempotency-Key and appends once', async () => {
    const headers = { 'idempotency-key': 'announce-2022-03-24' };
    const first = await t.app.inject({
      method: 'POST',
      url: '/reference-prices',
      payload: body,
      headers: { ...t.as('manager'), ...headers },
    });
    const second = await t.app.inject({
      method: 'POST',
      url: '/reference-prices',
      payload: body,
      headers: { ...t.as('manager'), ...headers },
    });
    expect(second.json()).toEqual({ ...first.json(), repeated: true });
    expect(await t.store.headPosition()).toBe(1);
  });

  it('answers 404 as a problem for an unknown price', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/reference-prices/coop-network/2020-01-01',
      headers: t.as('manager'),
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('revises an announced price with a reason, and 404s a revision of nothing', async () => {
    await t.app.inject({ method: 'POST', url: '/reference-prices', payload: body, headers: t.as('manager') });
    const revision = { mixedSatangPerEgg: 330, sizes: [], reason: 'misread', revisedOn: '2022-03-25' };
    const res = await t.app.inject({
      method: 'POST',
      url: '/reference-prices/coop-network/2022-03-24/revisions',
      payload: revision,
      headers: t.as('manager'),
    });
    expect(res.statusCode).toBe(201);
    const read = await t.app.inject({
      method: 'GET',
      url: '/reference-prices/coop-network/2022-03-24',
      headers: t.as('manager'),
    });
    expect(read.json()).toMatchObject({ mixedSatangPerEgg: 330, sizes: [], revision: 1 });
    const none = await t.app.inject({
      method: 'POST',
      url: '/reference-prices/coop-network/2020-01-01/revisions',
      payload: revision,
      headers: t.as('manager'),
    });
    expect(none.json()).toMatchObject({ status: 404, code: 'reference_price_not_found' });
    const noReason = await t.app.inject({
      method: 'POST',
      url: '/reference-prices/coop-network/2022-03-24/revisions',
      payload: { ...revision, reason: '' },
      headers: t.as('manager'),
    });
    expect(noReason.statusCode).toBe(400);
    expect(await t.store.headPosition()).toBe(2);
  });

  /** `days` after today in Asia/Bangkok. */
  const inDays = (days: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date(Date.now() + days * 86_400_000));

  it('takes a price announced up to 7 days before it takes effect, not 8', async () => {
    const announce = (days: number) =>
      t.app.inject({
        method: 'POST',
        url: '/reference-prices',
        payload: { ...body, effectiveDate: inDays(days) },
        headers: t.as('manager'),
      });
    expect((await announce(7)).statusCode).toBe(201);
    const early = await announce(8);
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'day_too_far_ahead', field: 'effectiveDate' });
    expect(await t.store.headPosition()).toBe(1);
  });

  it.each([
    ['/reference-prices', { ...body, effectiveDate: '2099-03-24' }, 'day_too_far_ahead'],
    [
      '/reference-prices/coop-network/2022-03-24/revisions',
      { mixedSatangPerEgg: 330, sizes: [], reason: 'misread', revisedOn: '2099-03-25' },
      'day_in_future',
    ],
    [
      '/feed-market-prices',
      { feedType: 'LAYER_COMPLETE', source: 'mill-list', observedOn: '2099-11-02', pricePerKgSatang: 1520 },
      'day_in_future',
    ],
  ])('refuses POST %s with %j: 422 %s, nothing written', async (url, payload, code) => {
    await t.app.inject({ method: 'POST', url: '/reference-prices', payload: body, headers: t.as('manager') });
    const res = await t.app.inject({ method: 'POST', url, payload, headers: t.as('manager') });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code });
    expect(await t.store.headPosition()).toBe(1);
  });

  it('records a feed market price, reads it back, and refuses a conflicting one', async () => {
    const price = { feedType: 'LAYER_COMPLETE', source: 'mill-list', observedOn: '2026-11-02', pricePerKgSatang: 1520 };
    expect(
      (await t.app.inject({ method: 'POST', url: '/feed-market-prices', payload: price, headers: t.as('manager') }))
        .statusCode,
    ).toBe(201);
    const read = await t.app.inject({
      method: 'GET',
      url: '/feed-market-prices/LAYER_COMPLETE/mill-list/2026-11-02',
      headers: t.as('manager'),
    });
    expect(read.json()).toMatchObject({ pricePerKgSatang: 1520 });
    const clash = await t.app.inject({
      method: 'POST',
      url: '/feed-market-prices',
      payload: { ...price, pricePerKgSatang: 1 },
      headers: t.as('manager'),
    });
    expect(clash.statusCode).toBe(409);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/feed-market-prices',
      payload: { ...price, pricePerKgSatang: 15.2 },
      headers: t.as('manager'),
    });
    expect(bad.statusCode).toBe(400);
    expect(await t.store.headPosition()).toBe(1);
  });
});
