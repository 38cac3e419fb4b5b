import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, registerCluster } from '@khai/testing';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

import { FeedModule } from './feed.module';

describe('feed over HTTP', () => {
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
      partners: [
        { partnerId: 'SUP-CPF', kind: 'FEED_SUPPLIER' },
        { partnerId: 'B-TOPS', kind: 'BUYER' },
      ],
    });
    registered = await t.store.headPosition();
  });
  afterEach(() => t.close());

  const contract = {
    contractId: 'FC-2026-01',
    supplierId: 'SUP-CPF',
    feedType: 'LAYER_COMPLETE',
    pricePerKgSatang: 1450,
    volumeKg: 10_000,
    validFrom: '2026-01-01',
    validTo: '2026-03-31',
    marketPricePerKgSatang: 1550,
    agreedOn: '2025-12-20',
  };
  const delivery = {
    deliveryId: 'D-001',
    farmId: 'F01',
    memberId: 'M001',
    kg: 2000,
    feedType: 'LAYER_COMPLETE',
    deliveredOn: '2026-01-10',
  };
  const agree = (payload: object = contract, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/feed-contracts', payload, headers: { ...t.as('manager'), ...headers } });
  const deliver = (payload: object = delivery, headers: Record<string, string> = {}, contractId = 'FC-2026-01') =>
    t.app.inject({
      method: 'POST',
      url: `/feed-contracts/${contractId}/deliveries`,
      payload,
      headers: { ...t.as('manager'), ...headers },
    });
  const fields = (body: unknown) => (body as { errors: { field: string }[] }).errors.map((e) => e.field);

  it('agrees a contract, records a delivery and reads what is left', async () => {
    const agreed = await agree();
    expect(agreed.statusCode).toBe(201);
    expect(agreed.json()).toMatchObject({
      streamName: 'feedcontract-FC-2026-01',
      revision: 0,
      events: [{ type: 'FeedContractAgreed' }],
    });
    const delivered = await deliver();
    expect(delivered.statusCode).toBe(201);
    expect(delivered.json()).toMatchObject({ revision: 1, events: [{ type: 'FeedDelivered' }] });
    const [event] = await t.store.readStream('feedcontract-FC-2026-01', { fromRevision: 1 });
    expect(event?.data).toMatchObject({ pricePerKgSatang: 1450, amountSatang: 2_900_000 });

    const read = await t.app.inject({ method: 'GET', url: '/feed-contracts/FC-2026-01', headers: t.as('manager') });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({
      ...contract,
      orderedKg: 0,
      openOrderKg: 0,
      deliveredKg: 2000,
      committedKg: 2000,
      remainingKg: 8000,
      orders: [],
      deliveries: [
        {
          deliveryId: 'D-001',
          memberId: 'M001',
          farmId: 'F01',
          recordedKg: 2000,
          kg: 2000,
          amountSatang: 2_900_000,
          deliveredOn: '2026-01-10',
        },
      ],
      revision: 1,
    });
  });

  it('answers 400 with field errors and writes nothing for a bad contract', async () => {
    const res = await agree({
      ...contract,
      pricePerKgSatang: 14.5,
      validTo: '2026-02-30',
      feedType: 'layer',
      extra: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(fields(res.json())).toEqual(expect.arrayContaining(['pricePerKgSatang', 'validTo', 'feedType', 'extra']));
    expect(await t.store.headPosition()).toBe(registered);
  });

  it('answers 400 with field errors and writes nothing for a bad delivery', async () => {
    await agree();
    const res = await deliver({ ...delivery, kg: 0, deliveredOn: '10/01/2026', contractId: 'FC-2026-01' });
    expect(res.statusCode).toBe(400);
    expect(fields(res.json())).toEqual(expect.arrayContaining(['kg', 'deliveredOn', 'contractId']));
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('answers 422 and writes nothing for a period that ends before it starts', async () => {
    const res = await agree({ ...contract, validTo: '2025-12-31' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'invalid_contract_period' });
    expect(await t.store.headPosition()).toBe(registered);
  });

  it.each([
    [{ supplierId: 'SUP-GHOST' }, 'feed_supplier_not_registered'],
    [{ supplierId: 'B-TOPS' }, 'feed_supplier_not_registered'],
    [{ agreedOn: '2099-01-01' }, 'day_in_future'],
    [{ validTo: '2099-01-01' }, 'day_too_far_ahead'],
  ])('refuses a contract that %j leaves unregistered or implausible: 422 %s, nothing written', async (change, code) => {
    const res = await agree({ ...contract, ...change });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code });
    expect(await t.store.headPosition()).toBe(registered);
  });

  it.each([
    [{ memberId: 'M-GHOST' }, 'member_not_registered'],
    [{ farmId: 'F99' }, 'farm_not_registered'],
    [{ farmId: 'F02' }, 'farm_not_registered'],
    [{ deliveredOn: '2099-01-01' }, 'day_in_future'],
  ])(
    "refuses a delivery that %j makes other than to a member's own farm by today: 422 %s, nothing written",
    async (change, code) => {
      await agree();
      const res = await deliver({ ...delivery, ...change });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code });
      expect(await t.store.headPosition()).toBe(registered + 1);
    },
  );

  it('answers 409 and writes nothing for other terms on an agreed contract', async () => {
    await agree();
    const res = await agree({ ...contract, volumeKg: 20_000 });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'feed_contract_already_agreed' });
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('answers 404 and writes nothing for a delivery without a contract', async () => {
    const res = await deliver(delivery, {}, 'FC-NONE');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'contract_not_found', contractId: 'FC-NONE' });
    expect(await t.store.headPosition()).toBe(registered);
  });

  it('answers 422 with the remaining kg and writes nothing when the volume would be exceeded', async () => {
    await agree();
    await deliver();
    const res = await deliver({ ...delivery, deliveryId: 'D-002', kg: 8001 });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'contract_volume_exceeded', remainingKg: 8000 });
    expect(await t.store.headPosition()).toBe(registered + 2);
  });

  it('answers 422 for a delivery outside the contract period', async () => {
    await agree();
    const res = await deliver({ ...delivery, deliveredOn: '2026-04-01' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'outside_contract_period' });
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('answers 201 with no events for the same delivery again, and 409 for the same id with other details', async () => {
    await agree();
    await deliver();
    const again = await deliver();
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ events: [], repeated: false });
    const other = await deliver({ ...delivery, kg: 2100 });
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ code: 'delivery_already_recorded' });
    expect(await t.store.headPosition()).toBe(registered + 2);
  });

  it('answers the same for a repeated Idempotency-Key and appends once', async () => {
    await agree();
    const headers = { 'idempotency-key': 'delivery-D-001' };
    const first = await deliver(delivery, headers);
    const second = await deliver(delivery, headers);
    expect(second.json()).toEqual({ ...first.json(), repeated: true });
    expect(await t.store.headPosition()).toBe(registered + 2);
  });

  it('answers 404 as a problem for an unknown contract', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/feed-contracts/FC-NONE', headers: t.as('manager') });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('describes every feed route in the OpenAPI document', () => {
    const doc = SwaggerModule.createDocument(t.app, new DocumentBuilder().build(), { include: [FeedModule] });
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/feed-contracts',
      '/feed-contracts/{contractId}',
      '/feed-contracts/{contractId}/deliveries',
      '/feed-contracts/{contractId}/deliveries/{deliveryId}/adjustments',
      '/feed-contracts/{contractId}/orders',
      '/feed-invoices',
      '/feed-invoices/{invoiceId}',
      '/feed-invoices/{invoiceId}/payments',
      '/feed-negotiations',
      '/feed-negotiations/{negotiationId}',
      '/feed-negotiations/{negotiationId}/award',
      '/feed-negotiations/{negotiationId}/failure',
      '/feed-negotiations/{negotiationId}/quotes',
    ]);
    const schemas = doc.components?.schemas ?? {};
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(['ReceiveFeedInvoiceDto', 'FeedInvoiceLineDto', 'AwardFeedContractDto']),
    );
  });
});
