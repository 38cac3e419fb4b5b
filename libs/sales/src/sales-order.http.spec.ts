import { UseCaseRunner } from '@khai/event-sourcing';
import { createHttpTestApp, type HttpTestApp } from '@khai/testing';

import { recordSalesOrderDispatch } from './commands';
import { SalesModule } from './sales.module';

describe('sales orders over HTTP', () => {
  let t: HttpTestApp;
  beforeEach(async () => {
    t = await createHttpTestApp([SalesModule]);
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
    t.app.inject({ method: 'POST', url, payload, headers });

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

    const read = await t.app.inject({ method: 'GET', url: '/sales-orders/SO-0001' });
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
    const read = await t.app.inject({ method: 'GET', url: '/sales-orders/SO-0001' });
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
    expect(await t.store.headPosition()).toBe(0);

    await post('/sales-orders', order);
    const badPayment = await post('/sales-orders/SO-0001/payments', { ...payment, amountSatang: 0, method: 'IOU' });
    expect(badPayment.statusCode).toBe(400);
    const badFields = badPayment.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(badFields).toEqual(expect.arrayContaining(['amountSatang', 'method']));
    expect(await t.store.headPosition()).toBe(1);
  });

  it('refuses unknown fields named like Object.prototype members, which class-transformer dropped silently', async () => {
    const payload = `{"orderId":"SO-0002","buyerId":"B-makro-cm","orderedOn":"2026-11-20","deliveryOn":"2026-11-26",
      "lines":[{"size":2,"trays":66,"satangPerEgg":365,"constructor":1}],"valueOf":1}`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/sales-orders',
      payload,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string; messages: string[] }[] }>().errors).toEqual([
      { field: 'lines.0.constructor', messages: ['property constructor should not exist'] },
      { field: 'valueOf', messages: ['property valueOf should not exist'] },
    ]);
    expect(await t.store.headPosition()).toBe(0);
  });

  it('answers 404 for an unknown order, on reads and writes', async () => {
    const read = await t.app.inject({ method: 'GET', url: '/sales-orders/SO-none' });
    expect(read.statusCode).toBe(404);
    expect(read.json()).toMatchObject({ code: 'sales_order_not_found', status: 404 });
    expect((await post('/sales-orders/SO-none/payments', payment)).statusCode).toBe(404);
    expect(await t.store.headPosition()).toBe(0);
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
    expect(await t.store.headPosition()).toBe(1);
  });

  it('answers the same for a repeated Idempotency-Key and appends once', async () => {
    await post('/sales-orders', order);
    const headers = { 'idempotency-key': 'pay-P-1' };
    const first = await post('/sales-orders/SO-0001/payments', payment, headers);
    const second = await post('/sales-orders/SO-0001/payments', payment, headers);
    expect(second.json()).toEqual({ ...first.json(), repeated: true });
    expect(await t.store.headPosition()).toBe(2);
  });
});
