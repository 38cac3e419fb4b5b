import { UseCaseRunner } from '@khai/event-sourcing';
import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, registerCluster } from '@khai/testing';

import { recordSalesOrderDispatch } from './commands/record-sales-order-dispatch';
import { SalesModule } from './sales.module';

describe('sales orders over HTTP', () => {
  let t: HttpTestApp;
  /** Log position after the setup: the buyers registered, N2026-makro-Q4 agreed, N-open open. */
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
    const asking = [
      { size: 2, satangPerEgg: 380 },
      { size: 3, satangPerEgg: 360 },
    ];
    for (const negotiationId of ['N2026-makro-Q4', 'N-open']) {
      const opened = await post('/price-negotiations', {
        negotiationId,
        buyerId: 'B-makro-cm',
        openedOn: '2026-10-01',
        asking,
      });
      expect(opened.statusCode).toBe(201);
    }
    const base = '/price-negotiations/N2026-makro-Q4';
    await post(`${base}/offers`, { roundId: 'R1', offeredOn: '2026-10-02', prices: asking });
    const agreed = await post(`${base}/agreement`, {
      agreedOn: '2026-10-04',
      prices: [
        { size: 2, satangPerEgg: 365 },
        { size: 3, satangPerEgg: 345 },
      ],
      validFrom: '2026-10-06',
      validTo: '2026-12-31',
    });
    expect(agreed.statusCode).toBe(201);
    registered = await t.store.headPosition();
  });
  afterEach(() => t.close());

  const order = {
    orderId: 'SO-0001',
    buyerId: 'B-makro-cm',
    negotiationId: 'N2026-makro-Q4',
    orderedOn: '2026-11-20',
    deliveryOn: '2026-11-26',
    lines: [
      { size: 3, trays: 50, satangPerEgg: 345 },
      { size: 2, trays: 66, satangPerEgg: 365 },
    ],
  };
  const payment = { paymentId: 'P-1', paidOn: '2026-11-30', amountSatang: 1_000_000, method: 'TRANSFER' };
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers: { ...t.as('manager'), ...headers } });

  it('confirms an order under contract, takes a payment, and shows value, paid and outstanding', async () => {
    const confirmed = await post('/sales-orders', order);
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json()).toMatchObject({
      streamName: 'salesorder-SO-0001',
      events: [{ type: 'SalesOrderConfirmed' }],
    });
    const paid = await post('/sales-orders/SO-0001/payments', payment);
    expect(paid.statusCode).toBe(201);
    expect(paid.json()).toMatchObject({ revision: 1, events: [{ type: 'PaymentReceived' }] });

    const read = await t.app.inject({ method: 'GET', url: '/sales-orders/SO-0001', headers: t.as('manager') });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({
      orderId: 'SO-0001',
      buyerId: 'B-makro-cm',
      negotiationId: 'N2026-makro-Q4',
      priceBasis: 'CONTRACT',
      status: 'confirmed',
      orderedOn: '2026-11-20',
      deliveryOn: '2026-11-26',
      lines: [
        { size: 2, trays: 66, satangPerEgg: 365, eggs: 1980, amountSatang: 722_700 },
        { size: 3, trays: 50, satangPerEgg: 345, eggs: 1500, amountSatang: 517_500 },
      ],
      totalTrays: 116,
      totalEggs: 3480,
      valueSatang: 1_240_200,
      paidSatang: 1_000_000,
      outstandingSatang: 240_200,
      payments: [payment],
      dispatches: [],
      cancellation: null,
      revision: 1,
    });
  });

  it('confirms a spot order and cancels it', async () => {
    const { negotiationId: _n, ...spot } = order;
    await post('/sales-orders', spot);
    const cancelled = await post('/sales-orders/SO-0001/cancellation', { cancelledOn: '2026-11-21', reason: 'closed' });
    expect(cancelled.statusCode).toBe(201);
    const read = await t.app.inject({ method: 'GET', url: '/sales-orders/SO-0001', headers: t.as('manager') });
    expect(read.json()).toMatchObject({
      priceBasis: 'SPOT',
      negotiationId: null,
      status: 'cancelled',
      cancellation: { cancelledOn: '2026-11-21', reason: 'closed' },
    });
  });

  it('answers 400 with field errors and writes nothing for bad input', async () => {
    const res = await post('/sales-orders', {
      ...order,
      deliveryOn: '26/11/2026',
      lines: [{ size: 2, trays: 0, satangPerEgg: 3.65 }],
      extra: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['deliveryOn', 'lines.0.trays', 'lines.0.satangPerEgg', 'extra']));
    expect(await t.store.headPosition()).toBe(registered);

    await post('/sales-orders', order);
    const badPayment = await post('/sales-orders/SO-0001/payments', { ...payment, amountSatang: 0, method: 'IOU' });
    expect(badPayment.statusCode).toBe(400);
    const badFields = badPayment.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(badFields).toEqual(expect.arrayContaining(['amountSatang', 'method']));
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('refuses unknown fields named like Object.prototype members, which class-transformer dropped silently', async () => {
    const payload = `{"orderId":"SO-0002","buyerId":"B-makro-cm","orderedOn":"2026-11-20","deliveryOn":"2026-11-26",
      "lines":[{"size":2,"trays":66,"satangPerEgg":365,"constructor":1}],"valueOf":1}`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/sales-orders',
      payload,
      headers: { ...t.as('manager'), ...{ 'content-type': 'application/json' } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string; messages: string[] }[] }>().errors).toEqual([
      { field: 'lines.0.constructor', messages: ['property constructor should not exist'] },
      { field: 'valueOf', messages: ['property valueOf should not exist'] },
    ]);
    expect(await t.store.headPosition()).toBe(registered);
  });

  it('answers 404 for an unknown order, on reads and writes', async () => {
    const read = await t.app.inject({ method: 'GET', url: '/sales-orders/SO-none', headers: t.as('manager') });
    expect(read.statusCode).toBe(404);
    expect(read.json()).toMatchObject({ code: 'sales_order_not_found', status: 404 });
    expect((await post('/sales-orders/SO-none/payments', payment)).statusCode).toBe(404);
    expect(await t.store.headPosition()).toBe(registered);
  });

  it('answers 422 for an overpayment and 409 for cancelling after dispatch, writing nothing', async () => {
    await post('/sales-orders', order);
    await post('/sales-orders/SO-0001/payments', payment);
    const over = await post('/sales-orders/SO-0001/payments', { ...payment, paymentId: 'P-2', amountSatang: 240_201 });
    expect(over.statusCode).toBe(422);
    expect(over.json()).toMatchObject({ code: 'overpayment', outstandingSatang: 240_200 });

    // The shipment process manager records the dispatch on the order.
    await t.app
      .get(UseCaseRunner)
      .run(
        recordSalesOrderDispatch,
        { orderId: 'SO-0001', shipmentId: 'SH-0001', dispatchedOn: '2026-11-26' },
        { actor: 'shipment-process-manager' },
      );
    const head = await t.store.headPosition();
    const cancel = await post('/sales-orders/SO-0001/cancellation', { cancelledOn: '2026-11-27', reason: 'late' });
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json()).toMatchObject({ code: 'sales_order_dispatched', shipmentId: 'SH-0001' });
    expect(await t.store.headPosition()).toBe(head);
  });

  it('answers 409 for a different order under the same id; an identical repeat is a no-op', async () => {
    await post('/sales-orders', order);
    const again = await post('/sales-orders', order);
    expect(again.json()).toMatchObject({ events: [], revision: 0 });
    const different = await post('/sales-orders', { ...order, deliveryOn: '2026-11-27' });
    expect(different.statusCode).toBe(409);
    expect(different.json()).toMatchObject({ code: 'sales_order_already_confirmed' });
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('answers the same for a repeated Idempotency-Key and appends once', async () => {
    await post('/sales-orders', order);
    const headers = { 'idempotency-key': 'pay-P-1' };
    const first = await post('/sales-orders/SO-0001/payments', payment, headers);
    const second = await post('/sales-orders/SO-0001/payments', payment, headers);
    expect(second.json()).toEqual({ ...first.json(), repeated: true });
    expect(await t.store.headPosition()).toBe(registered + 2);
  });

  it.each([
    ['a buyer not registered', 'buyer_not_registered', { buyerId: 'B-ghost' }],
    ['a feed supplier as buyer', 'buyer_not_registered', { buyerId: 'SUP-CPF' }],
    ['an order day after today', 'day_in_future', { orderedOn: '2099-01-01', deliveryOn: '2099-01-02' }],
    ['a delivery beyond a year ahead', 'day_too_far_ahead', { deliveryOn: '2099-01-01' }],
    ['a negotiation never opened', 'negotiation_not_agreed', { negotiationId: 'N-none' }],
    ['a negotiation still open', 'negotiation_not_agreed', { negotiationId: 'N-open' }],
    ["another buyer's negotiation", 'buyer_mismatch', { buyerId: 'B-tops' }],
    ['an order day before the agreed prices apply', 'outside_agreed_validity', { orderedOn: '2026-10-05' }],
    ['a size with no agreed price', 'size_not_agreed', { lines: [{ size: 1, trays: 10, satangPerEgg: 385 }] }],
    [
      'a price other than the agreed one',
      'contract_price_mismatch',
      {
        lines: [
          { size: 3, trays: 50, satangPerEgg: 345 },
          { size: 2, trays: 66, satangPerEgg: 360 },
        ],
      },
    ],
  ])('refuses an order naming %s: 422 %s, nothing written', async (_what, code, change) => {
    const res = await post('/sales-orders', { ...order, ...change });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code });
    expect(await t.store.headPosition()).toBe(registered);
  });

  it('says which lines are off the agreed prices', async () => {
    const res = await post('/sales-orders', { ...order, lines: [{ size: 2, trays: 66, satangPerEgg: 360 }] });
    expect(res.json()).toMatchObject({
      code: 'contract_price_mismatch',
      negotiationId: 'N2026-makro-Q4',
      lines: [{ size: 2, satangPerEgg: 360, agreedSatangPerEgg: 365 }],
    });
  });

  it('takes a contract order on the first day of the agreed prices, and a spot order at any price', async () => {
    const firstDay = { ...order, orderedOn: '2026-10-06', deliveryOn: '2026-10-08' };
    expect((await post('/sales-orders', firstDay)).statusCode).toBe(201);
    const { negotiationId: _n, ...spot } = order;
    const spotOrder = { ...spot, orderId: 'SO-0002', lines: [{ size: 1, trays: 10, satangPerEgg: 390 }] };
    expect((await post('/sales-orders', spotOrder)).statusCode).toBe(201);
  });

  it.each([
    ['payments', 'from another buyer', 'buyer_mismatch', { ...payment, buyerId: 'B-tops' }],
    ['payments', 'from a buyer not registered', 'buyer_not_registered', { ...payment, buyerId: 'B-ghost' }],
    ['payments', 'paid after today', 'day_in_future', { ...payment, paidOn: '2099-01-01' }],
    ['cancellation', 'after today', 'day_in_future', { cancelledOn: '2099-01-01', reason: 'closed' }],
  ])('refuses %s %s: 422 %s, nothing written', async (step, _why, code, payload) => {
    await post('/sales-orders', order);
    const res = await post(`/sales-orders/SO-0001/${step}`, payload);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code });
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it("takes a payment that names the order's buyer", async () => {
    await post('/sales-orders', order);
    const paid = await post('/sales-orders/SO-0001/payments', { ...payment, buyerId: 'B-makro-cm' });
    expect(paid.statusCode).toBe(201);
    const read = await t.app.inject({ method: 'GET', url: '/sales-orders/SO-0001', headers: t.as('manager') });
    expect(read.json()).toMatchObject({ paidSatang: 1_000_000, payments: [payment] });
  });
});
