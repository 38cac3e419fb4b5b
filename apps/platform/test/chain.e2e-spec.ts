import { type Body as Answer, type RunningPlatform, startPlatform } from './running-platform';

type Body = Answer & { position?: number; code?: string; status?: string };

/**
 * The whole chain over real HTTP, where it crosses contexts through the process
 * managers: a planned shipment draws on packed stock (or is refused), its trays
 * trace back to their farm and flock, and a member's settlement draws on grading
 * and feed.
 */
describe('the chain across contexts', () => {
  let platform: RunningPlatform;
  // A manager acts along the chain, whom every step of it lets in.
  beforeAll(async () => {
    platform = await startPlatform('chain', 'manager');
  });
  afterAll(() => platform.app.close());
  const call = async (method: string, path: string, body?: unknown) => await platform.call(method, path, body);

  async function post(path: string, body: unknown): Promise<Body> {
    const res = await call('POST', path, body);
    // A shipment's plan is accepted (202): the allocation of packed stock follows.
    const expected = path === '/shipments' ? 202 : 201;
    if (res.status !== expected) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Polls until the read returns what the process managers should have made of it. */
  async function eventually(path: string, until: (body: Body) => boolean): Promise<Body> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const res = await call('GET', path);
      if (until(res.body)) return res.body;
      if (Date.now() > deadline) throw new Error(`GET ${path} never matched; last: ${JSON.stringify(res.body)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  it('allocates packed stock to a planned shipment, dispatches it, and traces every tray to its flock', async () => {
    await post('/members', {
      memberId: 'M001',
      name: 'สมชาย ใจดี',
      citizenId: '1234567890121',
      joinedOn: '2019-06-01',
      farm: { farmId: 'F01', name: 'ฟาร์มสมชาย', district: 'หางดง', province: 'เชียงใหม่' },
    });
    await post('/flocks', {
      flockId: 'FL01',
      memberId: 'M001',
      farmId: 'F01',
      breed: 'ISA Brown',
      hensPlaced: 5000,
      placedOn: '2025-06-01',
    });
    await post('/lots', {
      lotId: 'L1',
      memberId: 'M001',
      farmId: 'F01',
      flockId: 'FL01',
      collectedOn: '2026-11-02',
      eggs: 3000,
    });
    await post('/lots/L1/grading', {
      gradedOn: '2026-11-02',
      sizes: [
        { size: 2, eggs: 1200 },
        { size: 3, eggs: 1500 },
      ],
      rejects: [{ reason: 'CRACKED', eggs: 300 }],
    });
    await post('/lots/L1/packs', { packId: 'P1', size: 2, trays: 40, packedOn: '2026-11-02' });
    await post('/partners', {
      partnerId: 'B-MAKRO',
      name: 'Makro',
      kind: 'BUYER',
      channel: 'MODERN_TRADE',
      registeredOn: '2020-01-01',
    });
    await post('/sales-orders', {
      orderId: 'SO1',
      buyerId: 'B-MAKRO',
      orderedOn: '2026-11-01',
      deliveryOn: '2026-11-03',
      lines: [
        { size: 2, trays: 30, satangPerEgg: 380 },
        { size: 3, trays: 10, satangPerEgg: 340 },
      ],
    });

    await post('/shipments', {
      shipmentId: 'SH1',
      orderId: 'SO1',
      buyerId: 'B-MAKRO',
      plannedOn: '2026-11-03',
      items: [{ lotId: 'L1', size: 2, trays: 30 }],
    });
    await eventually('/shipments/SH1', (s) => s.status === 'allocated');
    await post('/shipments/SH1/dispatch', { dispatchedOn: '2026-11-03' });
    const delivered = await post('/shipments/SH1/delivery', {
      deliveredOn: '2026-11-03',
      recount: [{ size: 2, trays: 29 }],
      claims: [{ reason: 'SHORT', size: 2, eggs: 30, amountSatang: 11_400 }],
    });

    const lot = await eventually('/lots/L1', () => true);
    expect(lot.stock).toEqual(
      expect.arrayContaining([expect.objectContaining({ size: 2, packedTrays: 40, allocatedTrays: 30 })]),
    );
    // The delivery is the sale: 29 trays counted in × 30 = 870 eggs at the order's 3.80 = 330,600 satang.
    const sale = await eventually('/sales/SH1', (s) => s.saleId === 'SH1');
    expect(sale).toMatchObject({
      saleId: 'SH1',
      orderId: 'SO1',
      soldOn: '2026-11-03',
      lines: [{ size: 2, eggs: 870, satangPerEgg: 380, amountSatang: 330_600 }],
      lotIds: ['L1'],
    });
    const trace = await call('GET', `/analytics/traceability/shipments/SH1?minPosition=${delivered.position}`);
    expect(trace.body.trays).toEqual([
      {
        lotId: 'L1',
        size: 2,
        trays: 30,
        eggs: 900,
        memberId: 'M001',
        farmId: 'F01',
        flockId: 'FL01',
        collectedOn: '2026-11-02',
      },
    ]);
    const order = await eventually(
      '/sales-orders/SO1',
      (o) => Array.isArray(o.dispatches) && o.dispatches.length === 1,
    );
    expect(order.dispatches).toHaveLength(1);
    expect(
      (await call('POST', '/sales-orders/SO1/cancellation', { reason: 'too late', cancelledOn: '2026-11-04' })).body
        .code,
    ).toBe('sales_order_dispatched');
  });

  it('refuses a shipment that the packed stock cannot cover, and releases what it had taken', async () => {
    await post('/shipments', {
      shipmentId: 'SH2',
      orderId: 'SO1',
      buyerId: 'B-MAKRO',
      plannedOn: '2026-11-04',
      items: [
        { lotId: 'L1', size: 2, trays: 5 },
        { lotId: 'L1', size: 3, trays: 1 },
      ],
    });
    const refused = await eventually('/shipments/SH2', (s) => s.status === 'refused');
    expect(JSON.stringify(refused)).toContain('insufficient_packed_stock');
    const lot = await eventually('/lots/L1', () => true);
    expect(lot.stock).toEqual(expect.arrayContaining([expect.objectContaining({ size: 2, allocatedTrays: 30 })]));
    expect((await call('POST', '/shipments/SH2/dispatch', { dispatchedOn: '2026-11-04' })).body.code).toBe(
      'shipment_not_allocated',
    );
  });

  it("settles a member's period: graded eggs at the member price, less feed at the contract price and deductions", async () => {
    await post('/partners', {
      partnerId: 'SUP-CP',
      name: 'CP Feed',
      kind: 'FEED_SUPPLIER',
      registeredOn: '2020-01-01',
    });
    await post('/feed-contracts', {
      contractId: 'FC1',
      supplierId: 'SUP-CP',
      feedType: 'LAYER_COMPLETE',
      pricePerKgSatang: 1450,
      volumeKg: 100_000,
      validFrom: '2026-10-01',
      validTo: '2026-12-31',
      marketPricePerKgSatang: 1520,
      agreedOn: '2026-09-20',
    });
    await post('/feed-contracts/FC1/deliveries', {
      deliveryId: 'D1',
      farmId: 'F01',
      memberId: 'M001',
      kg: 500,
      feedType: 'LAYER_COMPLETE',
      deliveredOn: '2026-11-01',
    });
    await post('/member-price-lists', {
      priceListId: 'PL-2026-11',
      effectiveFrom: '2026-11-01',
      prices: [
        { size: 2, satangPerEgg: 350 },
        { size: 3, satangPerEgg: 320 },
      ],
      setOn: '2026-10-31',
    });
    await eventually(
      '/member-accounts/M001',
      (a) => JSON.stringify(a).includes('D1') && JSON.stringify(a).includes('L1'),
    );
    await post('/member-accounts/M001/settlements', {
      settlementId: 'ST-2026-11-M001',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      settledOn: '2026-12-01',
      deductions: [{ reason: 'ค่าบำรุงสหกรณ์', amountSatang: 10_000 }],
    });
    const statement = (await call('GET', '/member-accounts/M001/settlements/ST-2026-11-M001')).body;
    // 1,200 × 3.50 + 1,500 × 3.20 = 9,000.00 THB of eggs; 500 kg × 14.50 = 7,250.00 THB of feed; 100.00 THB deducted.
    expect(statement).toMatchObject({
      eggRevenueSatang: 900_000,
      feedChargeSatang: 725_000,
      deductionsSatang: 10_000,
      netSatang: 165_000,
    });
    expect(JSON.stringify(statement)).toContain('฿1,650.00');

    // The income report against the settlements: in a window holding the settlement's day, they agree; in
    // November alone the settlement (settled 1 December) is outside it, and the lot and the delivery say so.
    const agreed = (await call('GET', '/analytics/members/M001/reconciliation?from=2026-11-01&to=2026-12-01')).body;
    expect(agreed).toMatchObject({
      income: { eggs: 2_700, revenueSatang: 900_000, feedKg: 500, feedSatang: 725_000 },
      settled: { eggs: 2_700, revenueSatang: 900_000, feedKg: 500, feedSatang: 725_000 },
      difference: { eggs: 0, revenueSatang: 0, feedKg: 0, feedSatang: 0 },
      explained: [],
      unexplained: { eggs: 0, revenueSatang: 0, feedKg: 0, feedSatang: 0 },
    });
    const november = (await call('GET', '/analytics/members/M001/reconciliation?from=2026-11-01&to=2026-11-30')).body;
    expect(november).toMatchObject({
      settled: { eggs: 0, revenueSatang: 0, feedKg: 0, feedSatang: 0, settlementIds: [] },
      explained: [
        { kind: 'feed_settled_outside_window', deliveryId: 'D1', feedKg: 500, feedSatang: 725_000 },
        { kind: 'settled_outside_window', lotId: 'L1', settlementId: 'ST-2026-11-M001', eggs: 2_700 },
      ],
      unexplained: { eggs: 0, revenueSatang: 0, feedKg: 0, feedSatang: 0 },
    });
  });
});
