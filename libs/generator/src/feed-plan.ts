import type {
  FeedContractAgreed,
  FeedDelivered,
  FeedInvoiceLine,
  FeedInvoicePaid,
  FeedInvoiceReceived,
  FeedNegotiationConcluded,
  FeedNegotiationOpened,
  FeedQuoteReceived,
} from '@khai/feed';

import type { Agenda } from './agenda';
import { addMonths, compactOf, isoOf, monthStart } from './calendar';
import { type Flock, hensOn } from './flocks';
import type { FeedMarket } from './prices';
import type { Rng } from './prng';
import type { Farm, SupplierProfile } from './world';

export const FEED_TYPE = 'LAYER_COMPLETE';
const FEED_GROUPS = ['NORTH', 'SOUTH'] as const;
const PULLET_RATION = 0.75;

interface Delivery {
  readonly day: number;
  readonly farm: Farm;
  readonly kg: number;
}

/**
 * Collective feed buying per half-year and group of branches: a negotiation with a
 * quote from every supplier (some quote twice), concluded with the cheapest, a
 * contract whose volume covers the planned deliveries with a margin, weekly
 * deliveries to every farm (the hens in the house × ~115 g a day for the coming
 * week), a monthly invoice per contract and its payment.
 */
export function planFeed(
  agenda: Agenda,
  rng: Rng,
  farms: readonly Farm[],
  flocksByFarm: ReadonlyMap<string, readonly Flock[]>,
  suppliers: readonly SupplierProfile[],
  market: FeedMarket,
  startDay: number,
  endDay: number,
): void {
  for (let k = 0; ; k++) {
    const from = addMonths(startDay, 6 * k);
    if (from > endDay) break;
    const to = Math.min(endDay, addMonths(startDay, 6 * (k + 1)) - 1);
    for (const group of FEED_GROUPS) {
      const groupFarms = farms.filter((f) => f.branch.feedGroup === group);
      const deliveries = planDeliveries(groupFarms, flocksByFarm, from, to);
      if (deliveries.length === 0) continue;
      const r = rng.fork(`${group}-${k}`);
      const contract = negotiate(agenda, r, group, from, to, deliveries, suppliers, market);
      deliver(agenda, r, contract, deliveries, endDay);
    }
  }
}

function planDeliveries(
  farms: readonly Farm[],
  flocksByFarm: ReadonlyMap<string, readonly Flock[]>,
  from: number,
  to: number,
): Delivery[] {
  const deliveries: Delivery[] = [];
  for (let day = from; day <= to; day++) {
    for (const farm of farms) {
      if ((day + 4) % 7 !== farm.deliveryWeekday && day !== from) continue;
      // A week's feed (on the first day of the contract, feed up to the farm's delivery day).
      const untilNext = day === from ? (farm.deliveryWeekday - ((day + 4) % 7) + 7) % 7 || 7 : 7;
      // Never past the contract: the next contract's first delivery feeds from its first day.
      const days = Math.min(untilNext, to - day + 1);
      let henDays = 0;
      for (const flock of flocksByFarm.get(farm.farmId) ?? []) {
        // Pullets not yet in lay eat about three quarters of a laying hen's ration [E].
        const onsetDay = flock.hatchDay + Math.round(flock.lay.onsetWeeks * 7);
        for (let d = day; d < day + days; d++) henDays += hensOn(flock, d) * (d < onsetDay ? PULLET_RATION : 1);
      }
      const kg = Math.round((henDays * farm.feedKgPerHenDay) / 10) * 10;
      if (kg > 0) deliveries.push({ day, farm, kg });
    }
  }
  return deliveries;
}

interface Contract {
  readonly contractId: string;
  readonly pricePerKgSatang: number;
  readonly supplierId: string;
}

function negotiate(
  agenda: Agenda,
  rng: Rng,
  group: string,
  from: number,
  to: number,
  deliveries: readonly Delivery[],
  suppliers: readonly SupplierProfile[],
  market: FeedMarket,
): Contract {
  const needKg = deliveries.reduce((sum, d) => sum + d.kg, 0);
  const volumeKg = Math.ceil((needKg * rng.uniform(1.02, 1.08)) / 1000) * 1000;
  const negotiationId = `FN-${group}-${compactOf(from).slice(0, 6)}`;
  const stream = `feednegotiation-${negotiationId}`;
  const openedDay = from - 21;
  const marketAtOpening = market.priceOn(openedDay);
  const opened: FeedNegotiationOpened = {
    type: 'FeedNegotiationOpened',
    data: {
      negotiationId,
      feedType: FEED_TYPE,
      volumeKg,
      periodFrom: isoOf(from),
      periodTo: isoOf(to),
      openedOn: isoOf(openedDay),
      marketPricePerKgSatang: marketAtOpening,
    },
  };
  agenda.add(openedDay, stream, [opened]);

  const quotes: { day: number; event: FeedQuoteReceived }[] = [];
  const best = new Map<string, FeedQuoteReceived['data']>();
  for (const s of suppliers) {
    let price = Math.round(marketAtOpening * (1 - rng.uniform(s.discount[0], s.discount[1])));
    let day = openedDay + rng.int(2, 6);
    for (let n = 1; n <= (rng.chance(0.35) ? 2 : 1); n++) {
      const data = {
        negotiationId,
        quoteId: `${negotiationId}-${s.partnerId}-Q${n}`,
        supplierId: s.partnerId,
        pricePerKgSatang: price,
        volumeKg: Math.ceil((volumeKg * rng.uniform(1, 1.2)) / 1000) * 1000,
        receivedOn: isoOf(day),
        validUntil: isoOf(day + 21),
      };
      quotes.push({ day, event: { type: 'FeedQuoteReceived', data } });
      best.set(s.partnerId, data);
      price -= rng.int(1, 3) * 10;
      day += rng.int(3, 5);
    }
  }
  quotes.sort((a, b) => a.day - b.day);
  for (const q of quotes) agenda.add(q.day, stream, [q.event]);

  const winner = [...best.values()].sort((a, b) => a.pricePerKgSatang - b.pricePerKgSatang)[0];
  if (!winner) throw new RangeError('no supplier quoted');
  const agreedDay = from - 5;
  const contractId = `FC-${group}-${compactOf(from).slice(0, 6)}`;
  const price = winner.pricePerKgSatang - rng.int(0, 2) * 5;
  const marketAtSigning = market.priceOn(agreedDay);
  const concluded: FeedNegotiationConcluded = {
    type: 'FeedNegotiationConcluded',
    data: {
      negotiationId,
      quoteId: winner.quoteId,
      contractId,
      supplierId: winner.supplierId,
      feedType: FEED_TYPE,
      volumeKg: Math.min(volumeKg, winner.volumeKg),
      periodFrom: isoOf(from),
      periodTo: isoOf(to),
      agreedPricePerKgSatang: price,
      quotedPricePerKgSatang: winner.pricePerKgSatang,
      marketPricePerKgSatang: marketAtSigning,
      quotesCount: quotes.length,
      agreedOn: isoOf(agreedDay),
    },
  };
  agenda.add(agreedDay, stream, [concluded]);
  const agreed: FeedContractAgreed = {
    type: 'FeedContractAgreed',
    data: {
      contractId,
      supplierId: winner.supplierId,
      feedType: FEED_TYPE,
      pricePerKgSatang: price,
      volumeKg: Math.min(volumeKg, winner.volumeKg),
      validFrom: isoOf(from),
      validTo: isoOf(to),
      marketPricePerKgSatang: marketAtSigning,
      agreedOn: isoOf(agreedDay),
      negotiationId,
    },
  };
  agenda.add(agreedDay, `feedcontract-${contractId}`, [agreed]);
  return { contractId, pricePerKgSatang: price, supplierId: winner.supplierId };
}

function deliver(agenda: Agenda, rng: Rng, contract: Contract, deliveries: readonly Delivery[], endDay: number): void {
  const stream = `feedcontract-${contract.contractId}`;
  const invoices = new Map<number, FeedInvoiceLine[]>();
  let batch: FeedDelivered[] = [];
  const flush = (day: number): void => {
    if (batch.length > 0) agenda.add(day, stream, batch);
    batch = [];
  };
  let current = deliveries[0]?.day ?? 0;
  for (const d of deliveries) {
    if (d.day !== current) flush(current);
    current = d.day;
    const deliveryId = `FD-${d.farm.farmId}-${compactOf(d.day)}`;
    const amountSatang = d.kg * contract.pricePerKgSatang;
    batch.push({
      type: 'FeedDelivered',
      data: {
        contractId: contract.contractId,
        deliveryId,
        farmId: d.farm.farmId,
        memberId: d.farm.memberId,
        feedType: FEED_TYPE,
        kg: d.kg,
        pricePerKgSatang: contract.pricePerKgSatang,
        amountSatang,
        deliveredOn: isoOf(d.day),
      },
    });
    const month = monthStart(d.day);
    const lines = invoices.get(month) ?? [];
    lines.push({ deliveryId, kg: d.kg, pricePerKgSatang: contract.pricePerKgSatang, amountSatang });
    invoices.set(month, lines);
  }
  flush(current);

  for (const [month, lines] of invoices) {
    const invoicedDay = monthStart(month + 32);
    if (invoicedDay > endDay) continue;
    const invoiceId = `FI-${contract.contractId}-${compactOf(month).slice(0, 6)}`;
    const totalSatang = lines.reduce((sum, l) => sum + l.amountSatang, 0);
    const received: FeedInvoiceReceived = {
      type: 'FeedInvoiceReceived',
      data: {
        invoiceId,
        supplierId: contract.supplierId,
        contractId: contract.contractId,
        contractPricePerKgSatang: contract.pricePerKgSatang,
        deliveryIds: lines.map((l) => l.deliveryId),
        invoicedOn: isoOf(invoicedDay),
        dueOn: isoOf(invoicedDay + 30),
        lines,
        // Animal feed is VAT-exempt in Thailand [E]; the field stays for other goods.
        vatSatang: 0,
        totalSatang,
      },
    };
    agenda.add(invoicedDay, `feedinvoice-${invoiceId}`, [received]);
    const paidDay = invoicedDay + 30 - rng.int(0, 5);
    if (paidDay > endDay) continue;
    const paid: FeedInvoicePaid = {
      type: 'FeedInvoicePaid',
      data: {
        invoiceId,
        paymentId: `${invoiceId}-P1`,
        paidOn: isoOf(paidDay),
        amountSatang: totalSatang,
        outstandingSatang: 0,
      },
    };
    agenda.add(paidDay, `feedinvoice-${invoiceId}`, [paid]);
  }
}
