import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, registerCluster } from '@khai/testing';

import { FeedModule } from './feed.module';

describe('feed invoices over HTTP', () => {
  let t: HttpTestApp;
  /** Log position after the setup: the registry's events, the contract and its two deliveries. */
  let registered: number;
  beforeEach(async () => {
    t = await createHttpTestApp([FeedModule, CLUSTER_REGISTRY]);
    await registerCluster(t.app, {
      members: [{ memberId: 'M001', farmIds: ['F01'] }],
      partners: [
        { partnerId: 'SUP-CPF', kind: 'FEED_SUPPLIER' },
        { partnerId: 'SUP-OTHER', kind: 'FEED_SUPPLIER' },
      ],
    });
    const post = (url: string, payload: object) =>
      t.app.inject({ method: 'POST', url, payload, headers: t.as('manager') });
    const delivery = (deliveryId: string, kg: number) =>
      post('/feed-contracts/FC-2026-01/deliveries', {
        deliveryId,
        farmId: 'F01',
        memberId: 'M001',
        kg,
        feedType: 'LAYER_COMPLETE',
        deliveredOn: '2026-01-10',
      });
    const setup = [
      await post('/feed-contracts', {
        contractId: 'FC-2026-01',
        supplierId: 'SUP-CPF',
        feedType: 'LAYER_COMPLETE',
        pricePerKgSatang: 1450,
        volumeKg: 10_000,
        validFrom: '2026-01-01',
        validTo: '2026-03-31',
        marketPricePerKgSatang: 1550,
        agreedOn: '2025-12-20',
      }),
      await delivery('D-001', 2000),
      await delivery('D-002', 2800),
    ];
    expect(setup.map((res) => res.statusCode)).toEqual([201, 201, 201]);
    registered = await t.store.headPosition();
  });
  afterEach(() => t.close());

  const invoice = {
    invoiceId: 'INV-CPF-0042',
    supplierId: 'SUP-CPF',
    contractId: 'FC-2026-01',
    contractPricePerKgSatang: 1450,
    deliveryIds: ['D-001', 'D-002'],
    invoicedOn: '2026-01-31',
    dueOn: '2026-03-01',
    lines: [
      { deliveryId: 'D-001', kg: 2000, pricePerKgSatang: 1450, amountSatang: 2_900_000 },
      { deliveryId: 'D-002', kg: 2800, pricePerKgSatang: 1450, amountSatang: 4_060_000 },
    ],
    vatSatang: 487_200,
    totalSatang: 7_447_200,
  };
  const payment = { paymentId: 'PAY-001', paidOn: '2026-02-15', amountSatang: 5_000_000 };
  const receive = (payload: object = invoice, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/feed-invoices', payload, headers: { ...t.as('manager'), ...headers } });
  const pay = (payload: object = payment, headers: Record<string, string> = {}, invoiceId = 'INV-CPF-0042') =>
    t.app.inject({
      method: 'POST',
      url: `/feed-invoices/${invoiceId}/payments`,
      payload,
      headers: { ...t.as('manager'), ...headers },
    });
  const read = () => t.app.inject({ method: 'GET', url: '/feed-invoices/INV-CPF-0042', headers: t.as('manager') });
  const fields = (body: unknown) => (body as { errors: { field: string }[] }).errors.map((e) => e.field);

  it('receives an invoice, pays it in two parts and reads what is outstanding', async () => {
    const received = await receive();
    expect(received.statusCode).toBe(201);
    expect(received.json()).toMatchObject({
      streamName: 'feedinvoice-INV-CPF-0042',
      events: [{ type: 'FeedInvoiceReceived' }],
    });
    expect((await pay()).statusCode).toBe(201);
    expect((await read()).json()).toEqual({
      ...invoice,
      status: 'received',
      paidSatang: 5_000_000,
      outstandingSatang: 2_447_200,
      payments: [payment],
      revision: 1,
    });
    const rest = await pay({ ...payment, paymentId: 'PAY-002', amountSatang: 2_447_200 });
    expect(rest.statusCode).toBe(201);
    const [paid] = await t.store.readStream('feedinvoice-INV-CPF-0042', { fromRevision: 2 });
    expect(paid?.data).toMatchObject({ outstandingSatang: 0 });
    expect((await read()).json()).toMatchObject({ status: 'paid', paidSatang: 7_447_200, outstandingSatang: 0 });
  });

  it('answers 400 with field errors and writes nothing for a bad invoice or payment', async () => {
    const bad = await receive({
      ...invoice,
      vatSatang: -1,
      lines: [{ deliveryId: 'D-001', kg: 2000.5, pricePerKgSatang: 1450, amountSatang: 2_900_725 }],
      deliveryIds: ['D 001'],
      extra: true,
    });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad.json())).toEqual(expect.arrayContaining(['vatSatang', 'lines.0.kg', 'deliveryIds', 'extra']));
    await receive();
    const badPay = await pay({ ...payment, amountSatang: 0, paidOn: 'yesterday' });
    expect(badPay.statusCode).toBe(400);
    expect(fields(badPay.json())).toEqual(expect.arrayContaining(['amountSatang', 'paidOn']));
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('answers 422 and writes nothing for an invoice that does not add up to the satang', async () => {
    const res = await receive({ ...invoice, totalSatang: 7_447_201 });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'invoice_does_not_add_up', expectedTotalSatang: 7_447_200 });
    expect(await t.store.headPosition()).toBe(registered);
  });

  it('answers 422 and writes nothing for a line priced off the contract', async () => {
    const [first] = invoice.lines;
    const res = await receive({
      ...invoice,
      deliveryIds: ['D-001'],
      lines: [{ ...first, pricePerKgSatang: 1500, amountSatang: 3_000_000 }],
      vatSatang: 0,
      totalSatang: 3_000_000,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'invoice_price_mismatch', contractPricePerKgSatang: 1450 });
    expect(await t.store.headPosition()).toBe(registered);
  });

  const atPrice = (price: number, lines = invoice.lines) => {
    const priced = lines.map((line) => ({ ...line, pricePerKgSatang: price, amountSatang: line.kg * price }));
    const total = priced.reduce((sum, line) => sum + line.amountSatang, 0);
    return { contractPricePerKgSatang: price, lines: priced, vatSatang: 0, totalSatang: total };
  };
  const [firstLine] = invoice.lines;

  it.each([
    ['a supplier not registered', 'feed_supplier_not_registered', { supplierId: 'SUP-GHOST' }],
    ['a contract never agreed', 'feed_contract_not_found', { contractId: 'FC-NONE' }],
    ["another supplier's name", 'supplier_mismatch', { supplierId: 'SUP-OTHER' }],
    ['lines at a price that is not the contract price', 'contract_price_mismatch', atPrice(1500)],
    [
      'a delivery not recorded on the contract',
      'delivery_not_of_contract',
      {
        deliveryIds: ['D-001', 'D-404'],
        lines: [firstLine, { ...firstLine, deliveryId: 'D-404' }],
        vatSatang: 0,
        totalSatang: 5_800_000,
      },
    ],
    ['an invoice day after today', 'day_in_future', { invoicedOn: '2099-01-01', dueOn: '2099-02-01' }],
    ['a due day years ahead', 'day_too_far_ahead', { dueOn: '2099-01-01' }],
  ])('refuses an invoice with %s: 422 %s, nothing written', async (_, code, change) => {
    const res = await receive({ ...invoice, ...change });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code });
    expect(await t.store.headPosition()).toBe(registered);
  });

  it('names the deliveries that are not of the contract', async () => {
    const res = await receive({
      ...invoice,
      deliveryIds: ['D-404', 'D-001', 'D-405'],
      lines: ['D-404', 'D-001', 'D-405'].map((deliveryId) => ({ ...firstLine, deliveryId })),
      vatSatang: 0,
      totalSatang: 8_700_000,
    });
    expect(res.json()).toMatchObject({ code: 'delivery_not_of_contract', deliveryIds: ['D-404', 'D-405'] });
  });

  it('refuses a payment dated after today: 422 day_in_future, nothing written', async () => {
    await receive();
    const res = await pay({ ...payment, paidOn: '2099-01-01' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'day_in_future', field: 'paidOn' });
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('answers 422 and writes nothing for an overpayment', async () => {
    await receive();
    const res = await pay({ ...payment, amountSatang: 7_447_201 });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'invoice_overpaid', outstandingSatang: 7_447_200 });
    expect(await t.store.headPosition()).toBe(registered + 1);
  });

  it('answers 404 and writes nothing for a payment on an unknown invoice', async () => {
    const res = await pay(payment, {}, 'INV-NONE');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'invoice_not_found', invoiceId: 'INV-NONE' });
    expect(await t.store.headPosition()).toBe(registered);
    const get = await t.app.inject({ method: 'GET', url: '/feed-invoices/INV-NONE', headers: t.as('manager') });
    expect(get.statusCode).toBe(404);
    expect(get.json()).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('answers 409 for other details under a used id, and 201 with no events for the same again', async () => {
    await receive();
    await pay();
    expect((await receive()).json()).toMatchObject({ events: [], repeated: false });
    expect((await pay()).json()).toMatchObject({ events: [], repeated: false });
    const other = await receive({ ...invoice, dueOn: '2026-03-02' });
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ code: 'invoice_already_received' });
    const otherPay = await pay({ ...payment, amountSatang: 1 });
    expect(otherPay.statusCode).toBe(409);
    expect(otherPay.json()).toMatchObject({ code: 'payment_already_recorded' });
    expect(await t.store.headPosition()).toBe(registered + 2);
  });

  it('answers the same for a repeated Idempotency-Key and appends once', async () => {
    await receive();
    const headers = { 'idempotency-key': 'pay-PAY-001' };
    const first = await pay(payment, headers);
    const second = await pay(payment, headers);
    expect(second.json()).toEqual({ ...first.json(), repeated: true });
    expect(await t.store.headPosition()).toBe(registered + 2);
  });
});
