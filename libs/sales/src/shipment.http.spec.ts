import { UseCaseRunner } from '@khai/event-sourcing';
import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, registerCluster } from '@khai/testing';

import { confirmShipmentAllocated } from './commands/confirm-shipment-allocated';
import { refuseShipment } from './commands/refuse-shipment';
import { SalesModule } from './sales.module';

describe('shipments over HTTP', () => {
  let t: HttpTestApp;
  /** Log position after the setup: the buyers registered, order SO-0001 confirmed, SO-0002 cancelled. */
  let registered: number;
  beforeEach(async () => {
    t = await createHttpTestApp([SalesModule, CLUSTER_REGISTRY]);
    await registerCluster(t.app, {
      partners: [
        { partnerId: 'B-makro-cm', kind: 'BUYER' },
        { partnerId: 'B-tops', kind: 'BUYER' },
      ],
    });
    const order = {
      buyerId: 'B-makro-cm',
      orderedOn: '2026-11-20',
      deliveryOn: '2026-11-26',
      lines: [{ size: 2, trays: 66, satangPerEgg: 365 }],
    };
    expect((await post('/sales-orders', { ...order, orderId: 'SO-0001' })).statusCode).toBe(201);
    expect((await post('/sales-orders', { ...order, orderId: 'SO-0002' })).statusCode).toBe(201);
    const cancelled = await post('/sales-orders/SO-0002/cancellation', { cancelledOn: '2026-11-21', reason: 'closed' });
    expect(cancelled.statusCode).toBe(201);
    registered = await t.store.headPosition();
  });
  afterEach(() => t.close());

  const plan = {
    shipmentId: 'SH-0001',
    orderId: 'SO-0001',
    buyerId: 'B-makro-cm',
    plannedOn: '2026-11-25',
    items: [
      { lotId: 'L20261124-F02', size: 2, trays: 16 },
      { lotId: 'L20261124-F01', size: 2, trays: 50 },
    ],
  };
  const delivery = {
    deliveredOn: '2026-11-26',
    recount: [{ size: 2, trays: 65 }],
    claims: [
      { reason: 'SHORT', size: 2, eggs: 30, amountSatang: 10_950 },
      { reason: 'BROKEN', size: 2, eggs: 6, amountSatang: 2_190 },
    ],
  };
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers: { ...t.as('manager'), ...headers } });
  const processManager = { actor: 'shipment-process-manager' };
  const allocate = () =>
    t.app
      .get(UseCaseRunner)
      .run(confirmShipmentAllocated, { shipmentId: 'SH-0001', allocatedOn: '2026-11-25' }, processManager);

  it('plans, is allocated, dispatches and is delivered, and reads back lots, recount and claims', async () => {
    const planned = await post('/shipments', plan);
    // Accepted: the allocation of packed stock follows, and the shipment says how it went.
    expect(planned.statusCode).toBe(202);
    expect(planned.headers['location']).toBe('/shipments/SH-0001');
    expect(planned.json()).toMatchObject({
      streamName: 'shipment-SH-0001',
      events: [{ type: 'ShipmentPlanned' }],
      pending: { location: '/shipments/SH-0001' },
    });
    expect((await allocate()).events.map((e) => e.type)).toEqual(['ShipmentAllocated']);
    const dispatched = await post('/shipments/SH-0001/dispatch', { dispatchedOn: '2026-11-26', vehicle: 'ชม 1234' });
    expect(dispatched.statusCode).toBe(201);
    const delivered = await post('/shipments/SH-0001/delivery', delivery);
    expect(delivered.statusCode).toBe(201);
    expect(delivered.json()).toMatchObject({ revision: 3, events: [{ type: 'DeliveryConfirmed' }] });

    const read = await t.app.inject({ method: 'GET', url: '/shipments/SH-0001', headers: t.as('manager') });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({
      shipmentId: 'SH-0001',
      orderId: 'SO-0001',
      buyerId: 'B-makro-cm',
      status: 'delivered',
      plannedOn: '2026-11-25',
      items: [
        { lotId: 'L20261124-F01', size: 2, trays: 50, eggs: 1500 },
        { lotId: 'L20261124-F02', size: 2, trays: 16, eggs: 480 },
      ],
      totalTrays: 66,
      totalEggs: 1980,
      allocatedOn: '2026-11-25',
      refusal: null,
      dispatch: { dispatchedOn: '2026-11-26', vehicle: 'ชม 1234' },
      delivery: {
        deliveredOn: '2026-11-26',
        recount: [{ size: 2, shippedTrays: 66, recountedTrays: 65, shortTrays: 1 }],
        claims: delivery.claims,
        shortTrays: 1,
        claimedSatang: 13_140,
      },
      revision: 3,
    });
  });

  it('dispatches nothing that was not allocated: 409 after a refusal, and nothing written', async () => {
    await post('/shipments', plan);
    const early = await post('/shipments/SH-0001/dispatch', { dispatchedOn: '2026-11-26' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'shipment_not_allocated' });
    await t.app
      .get(UseCaseRunner)
      .run(
        refuseShipment,
        { shipmentId: 'SH-0001', refusedOn: '2026-11-25', reason: 'not enough packed' },
        processManager,
      );
    const refused = await post('/shipments/SH-0001/dispatch', { dispatchedOn: '2026-11-26' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'shipment_not_allocated', shipmentStatus: 'refused' });
    const read = await t.app.inject({ method: 'GET', url: '/shipments/SH-0001', headers: t.as('manager') });
    expect(read.json()).toMatchObject({ status: 'refused', refusal: { reason: 'not enough packed' }, dispatch: null });
    expect(await t.store.headPosition()).toBe(registered + 2);
  });

  it('offers no HTTP route for allocation or refusal: the process manager sends those', async () => {
    await post('/shipments', plan);
    for (const path of ['allocation', 'allocate', 'refusal', 'refuse']) {
      const res = await post(`/shipments/SH-0001/${path}`, { allocatedOn: '2026-11-25' });
      expect(res.statusCode).toBe(404);
    }
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('answers 422 for a recount or claims that do not match the shipment, and writes nothing', async () => {
    await post('/shipments', plan);
    await allocate();
    await post('/shipments/SH-0001/dispatch', { dispatchedOn: '2026-11-26' });
    const head = await t.store.headPosition();
    const over = await post('/shipments/SH-0001/delivery', { ...delivery, recount: [{ size: 2, trays: 67 }] });
    expect(over.statusCode).toBe(422);
    expect(over.json()).toMatchObject({ code: 'recount_exceeds_shipped' });
    const otherSize = await post('/shipments/SH-0001/delivery', {
      ...delivery,
      claims: [{ reason: 'DIRTY', size: 3, eggs: 1, amountSatang: 1 }],
    });
    expect(otherSize.statusCode).toBe(422);
    expect(otherSize.json()).toMatchObject({ code: 'size_not_shipped' });
    const short = await post('/shipments/SH-0001/delivery', {
      ...delivery,
      claims: [{ reason: 'SHORT', size: 2, eggs: 31, amountSatang: 1 }],
    });
    expect(short.json()).toMatchObject({ code: 'short_claim_exceeds_shortfall' });
    expect(await t.store.headPosition()).toBe(head);
  });

  it('answers 400 with field errors and writes nothing for bad input', async () => {
    const res = await post('/shipments', {
      ...plan,
      plannedOn: '2026-11-25T08:00:00+07:00',
      items: [{ lotId: 'bad lot', size: 9, trays: 0 }],
      extra: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['plannedOn', 'items.0.lotId', 'items.0.size', 'items.0.trays', 'extra']),
    );
    expect(await t.store.headPosition()).toBe(registered);

    await post('/shipments', plan);
    const badDelivery = await post('/shipments/SH-0001/delivery', {
      deliveredOn: '2026-11-26',
      recount: [{ size: 2, trays: -1 }],
      claims: [{ reason: 'LOST', size: 2, eggs: 0, amountSatang: 1.5 }],
    });
    expect(badDelivery.statusCode).toBe(400);
    const badFields = badDelivery.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(badFields).toEqual(
      expect.arrayContaining(['recount.0.trays', 'claims.0.reason', 'claims.0.eggs', 'claims.0.amountSatang']),
    );
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('answers 404 for an unknown shipment, on reads and writes', async () => {
    const read = await t.app.inject({ method: 'GET', url: '/shipments/SH-none', headers: t.as('manager') });
    expect(read.statusCode).toBe(404);
    expect(read.json()).toMatchObject({ code: 'shipment_not_found', status: 404 });
    expect((await post('/shipments/SH-none/dispatch', { dispatchedOn: '2026-11-26' })).statusCode).toBe(404);
    expect(await t.store.headPosition()).toBe(registered);
  });

  it('answers the same for a repeated Idempotency-Key and appends once', async () => {
    const headers = { 'idempotency-key': 'plan-SH-0001' };
    const first = await post('/shipments', plan, headers);
    const second = await post('/shipments', plan, headers);
    expect(second.json()).toEqual({ ...first.json(), repeated: true });
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it.each([
    ['a buyer not registered', 'buyer_not_registered', { buyerId: 'B-ghost' }],
    ["another buyer than the order's", 'buyer_mismatch', { buyerId: 'B-tops' }],
    ['an order never confirmed', 'sales_order_not_confirmed', { orderId: 'SO-none' }],
    ['a cancelled order', 'sales_order_not_confirmed', { orderId: 'SO-0002' }],
    ['a plan day after today', 'day_in_future', { plannedOn: '2099-01-01' }],
    ['a plan day before the order', 'date_out_of_order', { plannedOn: '2026-11-19' }],
    ['a size the order does not have', 'size_not_ordered', { items: [{ lotId: 'L20261124-F01', size: 3, trays: 1 }] }],
    [
      'more trays than the order',
      'more_than_ordered',
      {
        items: [
          { lotId: 'L20261124-F01', size: 2, trays: 50 },
          { lotId: 'L20261124-F02', size: 2, trays: 17 },
        ],
      },
    ],
  ])('refuses a shipment naming %s: 422 %s, nothing written', async (_what, code, change) => {
    const res = await post('/shipments', { ...plan, ...change });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code });
    expect(await t.store.headPosition()).toBe(registered);
  });

  it.each([
    ['dispatch', 'after today', 'day_in_future', { dispatchedOn: '2099-01-01' }],
    ['delivery', 'to another buyer', 'buyer_mismatch', { ...delivery, buyerId: 'B-tops' }],
    ['delivery', 'to a buyer not registered', 'buyer_not_registered', { ...delivery, buyerId: 'B-ghost' }],
    ['delivery', 'after today', 'day_in_future', { ...delivery, deliveredOn: '2099-01-01' }],
  ])('refuses a %s %s: 422 %s, nothing written', async (step, _why, code, payload) => {
    await post('/shipments', plan);
    await allocate();
    if (step === 'delivery') await post('/shipments/SH-0001/dispatch', { dispatchedOn: '2026-11-26' });
    const head = await t.store.headPosition();
    const res = await post(`/shipments/SH-0001/${step}`, payload);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code });
    expect(await t.store.headPosition()).toBe(head);
  });

  it("takes a delivery that names the shipment's buyer", async () => {
    await post('/shipments', plan);
    await allocate();
    await post('/shipments/SH-0001/dispatch', { dispatchedOn: '2026-11-26' });
    const delivered = await post('/shipments/SH-0001/delivery', { ...delivery, buyerId: 'B-makro-cm' });
    expect(delivered.statusCode).toBe(201);
  });
});
