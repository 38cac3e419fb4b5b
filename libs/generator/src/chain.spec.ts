import type { EventEnvelope } from '@khai/event-sourcing';

import { generateEvents } from './generate';
import { readPublishedPrices } from './options';

// One small cooperative for every test of the chain from packing to settlement.
const options = {
  seed: 11,
  years: 1,
  members: 8,
  buyers: 6,
  startDate: '2023-01-01',
  publishedPrices: readPublishedPrices('data/published'),
} as const;

interface Written {
  readonly stream: string;
  readonly envelope: EventEnvelope;
}

const all: Written[] = [];
for (const append of generateEvents(options)) {
  for (const envelope of append.events) all.push({ stream: append.streamName, envelope });
}
const ofType = <T>(type: string): T[] => all.filter((w) => w.envelope.type === type).map((w) => w.envelope.data as T);
const key = (...parts: unknown[]): string => parts.join('\u0000');
const sumBy = <K>(entries: Iterable<[K, number]>): Map<K, number> => {
  const out = new Map<K, number>();
  for (const [k, n] of entries) out.set(k, (out.get(k) ?? 0) + n);
  return out;
};

describe('the generated chain from packing to settlement', () => {
  it('conserves each lot’s stock: packed ≤ graded, allocated ≤ packed per size, processed ≤ rejected', () => {
    const graded = sumBy(
      ofType<{ lotId: string; sizes: { size: number; eggs: number }[] }>('LotGraded').flatMap((g) =>
        g.sizes.map((s) => [key(g.lotId, s.size), s.eggs] as [string, number]),
      ),
    );
    const rejected = new Map(
      ofType<{ lotId: string; rejectedEggs: number }>('LotGraded').map((g) => [g.lotId, g.rejectedEggs]),
    );
    const packed = sumBy(
      ofType<{ lotId: string; size: number; eggs: number }>('EggsPacked').map((p) => [key(p.lotId, p.size), p.eggs]),
    );
    const allocated = sumBy(
      ofType<{ lotId: string; size: number; eggs: number }>('PackedStockAllocated').map((a) => [
        key(a.lotId, a.size),
        a.eggs,
      ]),
    );
    expect(packed.size).toBeGreaterThan(0);
    for (const [k, eggs] of packed) expect(eggs).toBeLessThanOrEqual(graded.get(k) ?? 0);
    for (const [k, eggs] of allocated) expect(eggs).toBeLessThanOrEqual(packed.get(k) ?? 0);
    for (const p of ofType<{ lotId: string; eggs: number; yieldGramsPerEgg: number }>('RejectsProcessed')) {
      expect(p.eggs).toBeLessThanOrEqual(rejected.get(p.lotId) ?? 0);
      expect(p.yieldGramsPerEgg).toBeGreaterThan(30);
      expect(p.yieldGramsPerEgg).toBeLessThan(60);
    }
  });

  it('ships what each shipment planned from its lots, and sells what the buyer counted in, at the order’s prices', () => {
    const plans = new Map(
      ofType<{ shipmentId: string; orderId: string; items: { lotId: string; size: number; eggs: number }[] }>(
        'ShipmentPlanned',
      ).map((p) => [p.shipmentId, p]),
    );
    const allocatedByShipment = sumBy(
      ofType<{ shipmentId: string; lotId: string; size: number; eggs: number }>('PackedStockAllocated').map((a) => [
        key(a.shipmentId, a.lotId, a.size),
        a.eggs,
      ]),
    );
    for (const plan of plans.values()) {
      for (const item of plan.items) {
        expect(allocatedByShipment.get(key(plan.shipmentId, item.lotId, item.size))).toBe(item.eggs);
      }
    }
    const orders = new Map(
      ofType<{ orderId: string; lines: { size: number; satangPerEgg: number; eggs: number }[] }>(
        'SalesOrderConfirmed',
      ).map((o) => [o.orderId, o]),
    );
    const delivered = new Set(ofType<{ shipmentId: string }>('DeliveryConfirmed').map((d) => d.shipmentId));
    const sales = ofType<{
      saleId: string;
      orderId: string;
      lotIds: string[];
      lines: { size: number; eggs: number; satangPerEgg: number }[];
    }>('SaleRecorded');
    expect(sales.length).toBe(plans.size);
    for (const sale of sales) {
      // The sale of a delivered shipment is recorded under the shipment's id, once: not also under the order's.
      const plan = plans.get(sale.saleId);
      expect(plan && delivered.has(sale.saleId)).toBe(true);
      if (!plan) continue;
      expect(sale.orderId).toBe(plan.orderId);
      expect(sale.lotIds).toEqual([...new Set(plan.items.map((i) => i.lotId))]);
      const shipped = sumBy(plan.items.map((i) => [i.size, i.eggs]));
      const order = orders.get(plan.orderId);
      for (const line of sale.lines) {
        expect(line.eggs).toBe(shipped.get(line.size));
        expect(line.satangPerEgg).toBe(order?.lines.find((l) => l.size === line.size)?.satangPerEgg);
      }
    }
  });

  it('has buyers claim broken eggs now and then, and pay the order less the claim', () => {
    const claimed = new Map(
      ofType<{ orderId: string; claimedSatang: number; claims: { reason: string }[] }>('DeliveryConfirmed').map((d) => [
        d.orderId,
        d,
      ]),
    );
    const withClaims = [...claimed.values()].filter((d) => d.claims.length > 0);
    expect(withClaims.length).toBeGreaterThan(0);
    expect(withClaims.length).toBeLessThan(claimed.size / 10);
    const values = new Map(
      ofType<{ orderId: string; valueSatang: number }>('SalesOrderConfirmed').map((o) => [o.orderId, o.valueSatang]),
    );
    for (const p of ofType<{ orderId: string; amountSatang: number }>('PaymentReceived')) {
      expect(p.amountSatang).toBe((values.get(p.orderId) ?? 0) - (claimed.get(p.orderId)?.claimedSatang ?? 0));
    }
  });

  it('writes the process managers’ commands with the metadata the platform’s would carry', () => {
    const byId = new Map(all.map((w) => [w.envelope.metadata.eventId, w.envelope]));
    const causes: Record<string, string[]> = {
      'member-ledger': ['LotGraded', 'FeedDelivered'],
      'shipment-allocation': ['ShipmentPlanned'],
      'order-dispatch': ['ShipmentDispatched'],
      'delivered-sale': ['DeliveryConfirmed'],
    };
    const seen = new Set<string>();
    for (const { envelope } of all) {
      const { actor, idempotencyKey, causationId, correlationId } = envelope.metadata;
      if (!actor.startsWith('process:')) {
        expect(actor).toBe('generator');
        continue;
      }
      const process = actor.slice('process:'.length);
      seen.add(process);
      const cause = byId.get(causationId ?? '');
      expect(causes[process]).toContain(cause?.type);
      expect(idempotencyKey?.startsWith(`${process}:${causationId}:`)).toBe(true);
      expect(correlationId).toBe(cause?.metadata.correlationId);
    }
    expect([...seen].sort()).toEqual(Object.keys(causes).sort());
    const ids = all.map((w) => w.envelope.metadata.eventId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('settles each member monthly for exactly what the member ledger holds', () => {
    const settlements = ofType<{
      memberId: string;
      periodFrom: string;
      periodTo: string;
      lotIds: string[];
      deliveryIds: string[];
      eggLines: { size: number; eggs: number; amountSatang: number }[];
      eggRevenueSatang: number;
      feedKg: number;
      feedChargeSatang: number;
      deductionsSatang: number;
      netSatang: number;
    }>('MemberSettled');
    expect(settlements.length).toBeGreaterThan(options.members * 10);
    const deliveries = ofType<{ memberId: string; lotId: string; gradedOn: string; sizes: { eggs: number }[] }>(
      'EggDeliveryRecorded',
    );
    const charges = ofType<{ memberId: string; deliveryId: string; deliveredOn: string; kg: number }>(
      'FeedChargeRecorded',
    );
    for (const s of settlements) {
      const lots = deliveries.filter(
        (d) => d.memberId === s.memberId && s.periodFrom <= d.gradedOn && d.gradedOn <= s.periodTo,
      );
      expect([...s.lotIds].sort()).toEqual(lots.map((d) => d.lotId).sort());
      const eggs = lots.reduce((n, d) => n + d.sizes.reduce((m, x) => m + x.eggs, 0), 0);
      expect(s.eggLines.reduce((n, l) => n + l.eggs, 0)).toBe(eggs);
      expect(s.eggLines.reduce((n, l) => n + l.amountSatang, 0)).toBe(s.eggRevenueSatang);
      const fed = charges.filter(
        (c) => c.memberId === s.memberId && s.periodFrom <= c.deliveredOn && c.deliveredOn <= s.periodTo,
      );
      expect([...s.deliveryIds].sort()).toEqual(fed.map((c) => c.deliveryId).sort());
      expect(s.feedKg).toBe(fed.reduce((n, c) => n + c.kg, 0));
      expect(s.netSatang).toBe(s.eggRevenueSatang - s.feedChargeSatang - s.deductionsSatang);
    }
    // Every delivery and charge up to the last settled month is settled once.
    const lastPeriod =
      settlements
        .map((s) => s.periodTo)
        .sort()
        .at(-1) ?? '';
    const settledLots = settlements.flatMap((s) => s.lotIds);
    expect(new Set(settledLots).size).toBe(settledLots.length);
    expect(settledLots.length).toBe(deliveries.filter((d) => d.gradedOn <= lastPeriod).length);
  });
});
