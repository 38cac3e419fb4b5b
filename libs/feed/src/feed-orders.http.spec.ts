import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, registerCluster } from '@khai/testing';

import { FeedModule } from './feed.module';

describe('feed orders and delivery corrections over HTTP', () => {
  let t: HttpTestApp;
  /** Log position after the registry's events of the setup. */
  let registered: number;
  beforeEach(async () => {
    t = await createHttpTestApp([FeedModule, CLUSTER_REGISTRY]);
    await registerCluster(t.app, {
      members: [
        { memberId: 'M001', farmIds: ['F01'] },
        { memberId: 'M002', farmIds: ['F02'] },
      ],
      partners: [{ partnerId: 'SUP-CPF', kind: 'FEED_SUPPLIER' }],
    });
    registered = await t.store.headPosition();
    const agreed = await t.app.inject({
      method: 'POST',
      url: '/feed-contracts',
      payload: {
        contractId: 'FC-2026-01',
        supplierId: 'SUP-CPF',
        feedType: 'LAYER_COMPLETE',
        pricePerKgSatang: 1450,
        volumeKg: 10_000,
        validFrom: '2026-01-01',
        validTo: '2026-03-31',
        marketPricePerKgSatang: 1550,
        agreedOn: '2025-12-20',
      },
      headers: t.as('manager'),
    });
    expect(agreed.statusCode).toBe(201);
  });
  afterEach(() => t.close());

  const order = {
    orderId: 'PO-001',
    memberId: 'M001',
    farmId: 'F01',
    kg: 6000,
    orderedOn: '2026-01-02',
    requestedDeliveryOn: '2026-01-15',
  };
  const delivery = {
    deliveryId: 'D-001',
    orderId: 'PO-001',
    farmId: 'F01',
    memberId: 'M001',
    kg: 4000,
    feedType: 'LAYER_COMPLETE',
    deliveredOn: '2026-01-15',
  };
  const adjustment = {
    adjustmentId: 'ADJ-001',
    newKg: 3800,
    reason: 'weighbridge ticket shows 3,800 kg',
    adjustedOn: '2026-01-16',
  };
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers: { ...t.as('manager'), ...headers } });
  const placeOrder = (payload: object = order, headers: Record<string, string> = {}, contractId = 'FC-2026-01') =>
    post(`/feed-contracts/${contractId}/orders`, payload, headers);
  const deliver = (payload: object = delivery) => post('/feed-contracts/FC-2026-01/deliveries', payload);
  const adjust = (payload: object = adjustment, headers: Record<string, string> = {}, deliveryId = 'D-001') =>
    post(`/feed-contracts/FC-2026-01/deliveries/${deliveryId}/adjustments`, payload, headers);
  const fields = (body: unknown) => (body as { errors: { field: string }[] }).errors.map((e) => e.field);
  const read = async () =>
    (await t.app.inject({ method: 'GET', url: '/feed-contracts/FC-2026-01', headers: t.as('manager') })).json<
      Record<string, unknown>
    >();

  it('places an order, fills it with a delivery, corrects the delivery, and reads the contract', async () => {
    const placed = await placeOrder();
    expect(placed.statusCode).toBe(201);
    expect(placed.json()).toMatchObject({ revision: 1, events: [{ type: 'FeedOrderPlaced' }] });
    expect((await deliver()).statusCode).toBe(201);
    const adjusted = await adjust();
    expect(adjusted.statusCode).toBe(201);
    expect(adjusted.json()).toMatchObject({ revision: 3, events: [{ type: 'FeedDeliveryAdjusted' }] });
    const [event] = await t.store.readStream('feedcontract-FC-2026-01', { fromRevision: 3 });
    expect(event?.data).toMatchObject({ orderId: 'PO-001', deltaKg: -200, amountDeltaSatang: -290_000 });

    expect(await read()).toMatchObject({
      orderedKg: 6000,
      openOrderKg: 2200,
      deliveredKg: 3800,
      committedKg: 6000,
      remainingKg: 4000,
      orders: [{ orderId: 'PO-001', kg: 6000, deliveredKg: 3800 }],
      deliveries: [{ deliveryId: 'D-001', orderId: 'PO-001', recordedKg: 4000, kg: 3800, amountSatang: 5_510_000 }],
    });
  });

  it('answers 400 with field errors and writes nothing for a bad order', async () => {
    const res = await placeOrder({ ...order, kg: 1.5, orderedOn: '2026-1-2', farmId: '-F', extra: true });
    expect(res.statusCode).toBe(400);
    expect(fields(res.json())).toEqual(expect.arrayContaining(['kg', 'orderedOn', 'farmId', 'extra']));
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('answers 400 with field errors and writes nothing for a bad adjustment', async () => {
    await placeOrder();
    await deliver();
    const res = await adjust({ ...adjustment, newKg: -1, reason: '   ' });
    expect(res.statusCode).toBe(400);
    expect(fields(res.json())).toEqual(expect.arrayContaining(['newKg', 'reason']));
    const noReason = await adjust({ adjustmentId: 'ADJ-001', newKg: 3800, adjustedOn: '2026-01-16' });
    expect(fields(noReason.json())).toEqual(['reason']);
    expect(await t.store.headPosition()).toBe(registered + 3);
  });

  it('answers 404 and writes nothing for an order on an unknown contract or a delivery on an unknown order', async () => {
    const res = await placeOrder(order, {}, 'FC-NONE');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'contract_not_found' });
    const onUnknown = await deliver({ ...delivery, orderId: 'PO-404' });
    expect(onUnknown.statusCode).toBe(404);
    expect(onUnknown.json()).toMatchObject({ code: 'order_not_found', orderId: 'PO-404' });
    const unknownDelivery = await adjust(adjustment, {}, 'D-404');
    expect(unknownDelivery.statusCode).toBe(404);
    expect(unknownDelivery.json()).toMatchObject({ code: 'delivery_not_found' });
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('answers 422 and writes nothing when open orders would exceed the volume', async () => {
    await placeOrder();
    const res = await placeOrder({ ...order, orderId: 'PO-002', kg: 4001 });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'contract_volume_exceeded', openOrderKg: 6000, remainingKg: 4000 });
    const outside = await deliver({ ...delivery, deliveryId: 'D-009', orderId: undefined, kg: 4001 });
    expect(outside.statusCode).toBe(422);
    expect(outside.json()).toMatchObject({ code: 'contract_volume_exceeded' });
    expect(await t.store.headPosition()).toBe(registered + 2);
  });

  it.each([
    [{ memberId: 'M-GHOST' }, 'member_not_registered'],
    [{ farmId: 'F99' }, 'farm_not_registered'],
    [{ farmId: 'F02' }, 'farm_not_registered'],
    [{ orderedOn: '2099-01-01', requestedDeliveryOn: '2099-01-02' }, 'day_in_future'],
  ])(
    "refuses an order that %j makes for no member's own farm or ahead of today: 422 %s, nothing written",
    async (change, code) => {
      const res = await placeOrder({ ...order, ...change });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code });
      expect(await t.store.headPosition()).toBe(registered + 1);
    },
  );

  it('refuses a correction dated after today: 422 day_in_future, nothing written', async () => {
    await placeOrder();
    await deliver();
    const res = await adjust({ ...adjustment, adjustedOn: '2099-01-01' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'day_in_future', field: 'adjustedOn' });
    expect(await t.store.headPosition()).toBe(registered + 3);
  });

  it('answers 422 and writes nothing for a delivery beyond its order, or a correction beyond it', async () => {
    await placeOrder();
    await deliver();
    const over = await deliver({ ...delivery, deliveryId: 'D-002', kg: 2001 });
    expect(over.statusCode).toBe(422);
    expect(over.json()).toMatchObject({ code: 'order_overdelivered', remainingKg: 2000 });
    const overAdjusted = await adjust({ ...adjustment, newKg: 6001 });
    expect(overAdjusted.statusCode).toBe(422);
    expect(overAdjusted.json()).toMatchObject({ code: 'order_overdelivered' });
    expect(await t.store.headPosition()).toBe(registered + 3);
  });

  it('answers 409 and writes nothing for an order id or adjustment id reused with other details', async () => {
    await placeOrder();
    await deliver();
    await adjust();
    const order2 = await placeOrder({ ...order, kg: 10 });
    expect(order2.statusCode).toBe(409);
    expect(order2.json()).toMatchObject({ code: 'order_already_placed' });
    const adjust2 = await adjust({ ...adjustment, newKg: 3700 });
    expect(adjust2.statusCode).toBe(409);
    expect(adjust2.json()).toMatchObject({ code: 'adjustment_already_recorded' });
    expect(await t.store.headPosition()).toBe(registered + 4);
  });

  it('answers 201 with no events for the same order or adjustment again', async () => {
    await placeOrder();
    await deliver();
    await adjust();
    expect((await placeOrder()).json()).toMatchObject({ events: [], repeated: false });
    expect((await adjust()).json()).toMatchObject({ events: [], repeated: false });
    expect((await deliver()).json()).toMatchObject({ events: [], repeated: false });
    expect(await t.store.headPosition()).toBe(registered + 4);
  });

  it('answers the same for a repeated Idempotency-Key and appends once', async () => {
    const headers = { 'idempotency-key': 'order-PO-001' };
    const first = await placeOrder(order, headers);
    const second = await placeOrder(order, headers);
    expect(second.json()).toEqual({ ...first.json(), repeated: true });
    await deliver();
    const adjustKey = { 'idempotency-key': 'adjust-ADJ-001' };
    const a1 = await adjust(adjustment, adjustKey);
    const a2 = await adjust(adjustment, adjustKey);
    expect(a2.json()).toEqual({ ...a1.json(), repeated: true });
    expect(await t.store.headPosition()).toBe(registered + 4);
  });
});
