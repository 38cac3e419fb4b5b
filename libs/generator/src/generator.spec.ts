import { InMemoryEventStore } from '@khai/event-sourcing';
import { citizenIdClaimId } from '@khai/registry';

import { dayOf } from './calendar';
import { generateCooperative, generateEvents } from './generate';
import { readPublishedPrices, resolveOptions } from './options';
import { ReferenceSeries } from './prices';

// A small cooperative keeps the suite fast; the bench runs the full 60 members × 5 years.
const publishedPrices = readPublishedPrices('data/published');
const options = { seed: 7, years: 2, members: 12, startDate: '2022-01-01', publishedPrices } as const;

interface Event {
  readonly type: string;
  readonly data: Record<string, unknown>;
}

function eventsOf(opts: Parameters<typeof generateEvents>[0] = options): { stream: string; event: Event }[] {
  const out: { stream: string; event: Event }[] = [];
  for (const append of generateEvents(opts)) {
    for (const e of append.events) out.push({ stream: append.streamName, event: e as unknown as Event });
  }
  return out;
}

const all = eventsOf();
const ofType = <T = Record<string, unknown>>(type: string): T[] =>
  all.filter((e) => e.event.type === type).map((e) => e.event.data as T);

describe('generating the cooperative', () => {
  it('is deterministic: the same seed gives the same events, ids and metadata included', () => {
    const again = [...generateEvents(options)];
    const first = [...generateEvents(options)];
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    const other = [...generateEvents({ ...options, seed: 8 })];
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(first));
  });

  it('writes into an event store at the right revisions, and counts what it wrote', async () => {
    const store = new InMemoryEventStore();
    const result = await generateCooperative({ ...options, store, batchEvents: 500 });
    expect(result.events).toBe(all.length);
    expect(await store.headPosition()).toBe(all.length);
    expect(Object.values(result.byType).reduce((a, b) => a + b, 0)).toBe(all.length);
    expect(result.byType.LotGraded).toBe(result.byType.EggsCollected);
    await expect(generateCooperative({ ...options, store })).rejects.toThrow('already holds events');
  });

  it('produces every chain stage', () => {
    const types = new Set(all.map((e) => e.event.type));
    for (const type of [
      'MemberJoined',
      'FarmRegistered',
      'PartnerRegistered',
      'FlockPlaced',
      'FlockMortalityRecorded',
      'FlockCulled',
      'ReferencePriceAnnounced',
      'FeedMarketPriceRecorded',
      'FeedNegotiationOpened',
      'FeedQuoteReceived',
      'FeedNegotiationConcluded',
      'FeedContractAgreed',
      'FeedDelivered',
      'FeedInvoiceReceived',
      'FeedInvoicePaid',
      'EggsCollected',
      'LotGraded',
      'PriceNegotiationOpened',
      'BuyerOfferReceived',
      'CounterOfferMade',
      'PriceAgreed',
      'SalesOrderConfirmed',
      'SaleRecorded',
      'PaymentReceived',
      'EggsPacked',
      'RejectsProcessed',
      'ShipmentPlanned',
      'PackedStockAllocated',
      'ShipmentAllocated',
      'ShipmentDispatched',
      'SalesOrderDispatchRecorded',
      'DeliveryConfirmed',
      'MemberEggPricesSet',
      'EggDeliveryRecorded',
      'FeedChargeRecorded',
      'MemberSettled',
    ]) {
      expect(types).toContain(type);
    }
  });
});

describe('invariants on the generated data', () => {
  it('claims each member’s citizen id, as POST /members does, so no one else can register it', () => {
    const claims = all.filter((e) => e.event.type === 'CitizenIdClaimed');
    const members = ofType<{ memberId: string; citizenId: string }>('MemberJoined');
    expect(claims).toHaveLength(members.length);
    for (const m of members) {
      const claimId = citizenIdClaimId(resolveOptions(options).citizenIdClaimKey, m.citizenId);
      expect(claims).toContainEqual({
        stream: `citizenidclaim-${claimId}`,
        event: expect.objectContaining({ type: 'CitizenIdClaimed', data: { claimId, memberId: m.memberId } }),
      });
    }
  });

  it('gives each member a Thai mobile number and a bank account, as POST /members takes them', () => {
    const members = ofType<{ phone: string; bank: string; bankAccountNumber: string }>('MemberJoined');
    for (const { phone, bank, bankAccountNumber } of members) {
      expect(phone).toMatch(/^0[689]\d{8}$/);
      expect(`${bank} ${bankAccountNumber}`).toMatch(/^((BAAC|GSB) \d{12}|KTB \d{10})$/);
    }
    expect(new Set(members.map((m) => m.phone)).size).toBe(members.length);
  });

  it('conserves eggs in every graded lot, with 2 – 4 % rejects', () => {
    const collected = new Map(ofType<{ lotId: string; eggs: number }>('EggsCollected').map((c) => [c.lotId, c.eggs]));
    let eggs = 0;
    let rejects = 0;
    for (const g of ofType<{
      lotId: string;
      sizes: { eggs: number }[];
      rejects: { eggs: number }[];
      gradedEggs: number;
      rejectedEggs: number;
    }>('LotGraded')) {
      expect(g.sizes.reduce((a, s) => a + s.eggs, 0)).toBe(g.gradedEggs);
      expect(g.rejects.reduce((a, r) => a + r.eggs, 0)).toBe(g.rejectedEggs);
      expect(g.gradedEggs + g.rejectedEggs).toBe(collected.get(g.lotId));
      if (g.gradedEggs + g.rejectedEggs >= 1_000) {
        expect(g.rejectedEggs / (g.gradedEggs + g.rejectedEggs)).toBeGreaterThanOrEqual(0.0195);
        expect(g.rejectedEggs / (g.gradedEggs + g.rejectedEggs)).toBeLessThanOrEqual(0.0405);
      }
      eggs += g.gradedEggs + g.rejectedEggs;
      rejects += g.rejectedEggs;
    }
    expect(rejects / eggs).toBeGreaterThan(0.02);
    expect(rejects / eggs).toBeLessThan(0.04);
  });

  it('keeps feed deliveries within each contract’s volume and period', () => {
    const contracts = new Map(
      ofType<{ contractId: string; volumeKg: number; validFrom: string; validTo: string }>('FeedContractAgreed').map(
        (c) => [c.contractId, { ...c, delivered: 0 }],
      ),
    );
    for (const d of ofType<{ contractId: string; kg: number; deliveredOn: string }>('FeedDelivered')) {
      const c = contracts.get(d.contractId);
      expect(c).toBeDefined();
      if (!c) continue;
      c.delivered += d.kg;
      expect(d.deliveredOn >= c.validFrom && d.deliveredOn <= c.validTo).toBe(true);
    }
    for (const c of contracts.values()) {
      expect(c.delivered).toBeLessThanOrEqual(c.volumeKg);
      expect(c.delivered).toBeGreaterThan(0.85 * c.volumeKg);
    }
  });

  it('never takes a flock below zero hens, and never collects more eggs than hens', () => {
    const alive = new Map<string, number>();
    const lastRecord = new Map<string, string>();
    for (const { event } of all) {
      const d = event.data as Record<string, number | string> & { flockId: string };
      if (event.type === 'FlockPlaced') alive.set(d.flockId, Number(d.hensPlaced));
      if (event.type === 'FlockMortalityRecorded' || event.type === 'FlockCulled') {
        const n = Number(event.type === 'FlockCulled' ? d.hens : d.deaths);
        expect(n).toBeGreaterThanOrEqual(1);
        alive.set(d.flockId, (alive.get(d.flockId) as number) - n);
        expect(alive.get(d.flockId)).toBeGreaterThanOrEqual(event.type === 'FlockCulled' ? 0 : 1);
        if (event.type === 'FlockCulled') expect(alive.get(d.flockId)).toBe(0);
        lastRecord.set(d.flockId, String(d.recordedOn ?? d.culledOn));
      }
      if (event.type === 'EggsCollected') {
        expect(Number(d.eggs)).toBeLessThanOrEqual(alive.get(d.flockId) as number);
      }
    }
    const mortality = ofType<{ hensPlaced: number; flockId: string }>('FlockPlaced')
      .filter((f) => ofType<{ flockId: string }>('FlockCulled').some((c) => c.flockId === f.flockId))
      .map((f) => {
        const deaths = ofType<{ flockId: string; deaths: number }>('FlockMortalityRecorded')
          .filter((m) => m.flockId === f.flockId)
          .reduce((a, m) => a + m.deaths, 0);
        return deaths / f.hensPlaced;
      });
    expect(mortality.length).toBeGreaterThan(0);
    // Cycle mortality 5 – 10 % for every flock that completed its cycle.
    for (const m of mortality) expect(m > 0.04 && m < 0.11).toBe(true);
  });

  it('announces exactly the published reference prices, and prices sales around them', () => {
    const published = publishedPrices.filter((p) => p.effectiveDate <= '2023-12-31');
    expect(ofType('ReferencePriceAnnounced')).toEqual(
      published.map((p) => ({ referencePriceId: `${p.source}.${p.effectiveDate}`, ...p })),
    );
    const series = new ReferenceSeries(publishedPrices);
    const agreed = new Map(
      ofType<{
        negotiationId: string;
        prices: { size: number; satangPerEgg: number }[];
        validFrom: string;
        validTo: string;
      }>('PriceAgreed').map((a) => [a.negotiationId, a]),
    );
    const opened = new Map(
      ofType<{ negotiationId: string; openedOn: string }>('PriceNegotiationOpened').map((o) => [o.negotiationId, o]),
    );
    for (const o of ofType<{
      negotiationId: string | null;
      priceBasis: string;
      deliveryOn: string;
      lines: { size: number; satangPerEgg: number }[];
    }>('SalesOrderConfirmed')) {
      const contract = o.negotiationId === null ? undefined : agreed.get(o.negotiationId);
      expect(o.priceBasis).toBe(contract ? 'CONTRACT' : 'SPOT');
      // A contract price is the one agreed, judged against the ladder when the negotiation opened.
      const ladder = series.ladder(
        dayOf(contract ? (opened.get(o.negotiationId as string)?.openedOn as string) : o.deliveryOn),
      );
      for (const line of o.lines) {
        if (contract) {
          expect(contract.validFrom <= o.deliveryOn && o.deliveryOn <= contract.validTo).toBe(true);
          expect(contract.prices.find((p) => p.size === line.size)?.satangPerEgg).toBe(line.satangPerEgg);
        }
        const reference = ladder[line.size] as number;
        expect(line.satangPerEgg / reference).toBeGreaterThanOrEqual(0.92);
        expect(line.satangPerEgg / reference).toBeLessThanOrEqual(1.07);
      }
    }
  });

  it('packs only graded eggs, ships only packed trays, and sells what was delivered', () => {
    const graded = new Map<number, number>();
    const packed = new Map<number, number>();
    const sold = new Map<number, number>();
    const add = (m: Map<number, number>, size: number, eggs: number): number => {
      m.set(size, (m.get(size) ?? 0) + eggs);
      return m.get(size) as number;
    };
    for (const { event } of all) {
      if (event.type === 'LotGraded') {
        for (const s of event.data.sizes as { size: number; eggs: number }[]) add(graded, s.size, s.eggs);
      }
      if (event.type === 'EggsPacked') {
        const { size, eggs } = event.data as { size: number; eggs: number };
        expect(add(packed, size, eggs)).toBeLessThanOrEqual(graded.get(size) ?? 0);
      }
      if (event.type === 'SaleRecorded') {
        for (const l of event.data.lines as { size: number; eggs: number }[]) {
          expect(add(sold, l.size, l.eggs)).toBeLessThanOrEqual(packed.get(l.size) ?? 0);
        }
      }
    }
    const total = (m: Map<number, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
    // Loose eggs that fill no tray stay graded; packed trays wait a day or two for their buyer.
    expect(total(packed) / total(graded)).toBeGreaterThan(0.97);
    expect(total(sold) / total(packed)).toBeGreaterThan(0.99);
  });

  it('runs each negotiation as offers and counters in turn, and agrees between first offer and ask', () => {
    const rounds = new Map<string, { type: string; round: number }[]>();
    for (const { event } of all) {
      const d = event.data as { negotiationId?: string; round?: number };
      if (event.type === 'BuyerOfferReceived' || event.type === 'CounterOfferMade') {
        const list = rounds.get(d.negotiationId as string) ?? [];
        list.push({ type: event.type, round: d.round as number });
        rounds.set(d.negotiationId as string, list);
      }
    }
    for (const list of rounds.values()) {
      list.forEach((r, i) => {
        expect(r.round).toBe(i + 1);
        expect(r.type).toBe(i % 2 === 0 ? 'BuyerOfferReceived' : 'CounterOfferMade');
      });
    }
    const asks = new Map(
      ofType<{ negotiationId: string; asking: { satangPerEgg: number }[] }>('PriceNegotiationOpened').map((o) => [
        o.negotiationId,
        o.asking,
      ]),
    );
    const firstOffers = new Map(
      ofType<{ negotiationId: string; round: number; prices: { satangPerEgg: number }[] }>('BuyerOfferReceived')
        .filter((o) => o.round === 1)
        .map((o) => [o.negotiationId, o.prices]),
    );
    for (const a of ofType<{ negotiationId: string; prices: { satangPerEgg: number }[]; rounds: number }>(
      'PriceAgreed',
    )) {
      expect(a.rounds).toBe(rounds.get(a.negotiationId)?.length);
      a.prices.forEach((p, i) => {
        expect(p.satangPerEgg).toBeGreaterThanOrEqual(firstOffers.get(a.negotiationId)?.[i]?.satangPerEgg as number);
        expect(p.satangPerEgg).toBeLessThanOrEqual(asks.get(a.negotiationId)?.[i]?.satangPerEgg as number);
      });
    }
  });
});
