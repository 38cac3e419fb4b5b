import { EGGS_PER_TRAY, type SizeClass } from '@khai/contracts';
import type { Decider, DomainEvent } from '@khai/core';
import { allocatePackedStock, lot } from '@khai/production';
import {
  confirmShipmentAllocated,
  type PaymentReceived,
  recordSale,
  recordSalesOrderDispatch,
  salesOrder,
  type SalesOrderConfirmed,
  type SalesOrderLine,
  shipment,
  type ShipmentPlanned,
} from '@khai/sales';

import type { Agenda, CommandPart, GeneratedEvent, PlannedAppend, ProcessCommand } from './agenda';
import { compactOf, isoOf, monthOf, weekdayOf } from './calendar';
import { apportion } from './laying-curve';
import type { ReferenceSeries } from './prices';
import type { Rng } from './prng';
import type { GradedLot, PackedTrays } from './production-day';
import type { AgreedPeriod } from './sales-plan';
import type { BuyerProfile } from './world';

/** A command decided on `state` through `decider`: its events, and the state after them. */
function decided<C, E extends DomainEvent, S>(decider: Decider<C, E, S>, state: S, command: C): [E[], S] {
  const events = [...decider.decide(command, state)];
  let next = state;
  for (const e of events) next = decider.evolve(next, e);
  return [events, next];
}

/** The process managers of libs/processes whose commands the generator writes as they would. */
const ALLOCATION = 'shipment-allocation';
const ORDER_DISPATCH = 'order-dispatch';
const DELIVERED_SALE = 'delivered-sale';
/** The share of deliveries on which the buyer claims eggs found broken [E]. */
const BROKEN_CLAIM_CHANCE = 0.04;

/** A day's appends to one stream, possibly of several commands, gathered to be written once. */
class StreamDay {
  readonly events: GeneratedEvent[] = [];
  readonly commands: CommandPart[] = [];

  add(events: readonly GeneratedEvent[], process?: ProcessCommand): void {
    if (events.length === 0) return;
    this.events.push(...events);
    this.commands.push(process ? { count: events.length, process } : { count: events.length });
  }
}

interface BuyerBook {
  readonly profile: BuyerProfile;
  readonly rng: Rng;
  readonly agreed: readonly AgreedPeriod[];
  /** Packed trays set aside for the buyer, by size, not yet ordered. */
  readonly bucket: number[];
}

/** School holidays (April to mid May, October) stop the school lunch buyer (DOMAIN.md: holidays soften demand). */
function buysOn(buyer: BuyerProfile, day: number): boolean {
  if (buyer.channel !== 'INSTITUTION' || !buyer.partnerId.includes('SCHOOL')) return true;
  const month = monthOf(day);
  const dayOfMonth = Number(isoOf(day).slice(8, 10));
  return !(month === 4 || month === 10 || (month === 5 && dayOfMonth < 16));
}

type OrderState = typeof salesOrder.decider.initialState;

/**
 * The day's packed trays are shared among the buyers (each size among those who take
 * it, by volume and preference) into their books; on a buyer's delivery days the
 * trays in its book are ordered at the agreed prices (or the day's price where no
 * agreement is in force), and a shipment is planned from the oldest packed stock of
 * each size (first in, first out: packed on an earlier day), allocated, dispatched
 * and delivered the same day. As on the platform, the allocation, the order's
 * dispatch and the sale of the delivered shipment are the process managers'
 * commands (libs/processes), written with their metadata; every command is decided
 * by its aggregate's decider, so nothing ships that was not packed.
 */
export class SalesDesk {
  private readonly books: BuyerBook[];
  /** Packed trays not yet allocated, by size, oldest first (`heads[size]` is the first not used up). */
  private readonly stock: PackedTrays[][] = [[], [], [], [], [], [], []];
  private readonly heads = [0, 0, 0, 0, 0, 0, 0];
  /** The lots with packed trays not yet allocated, and their state. */
  private readonly lots = new Map<string, GradedLot>();

  constructor(
    buyers: readonly { profile: BuyerProfile; rng: Rng; agreed: readonly AgreedPeriod[] }[],
    private readonly series: ReferenceSeries,
    private readonly agenda: Agenda,
  ) {
    this.books = buyers.map((b) => ({ ...b, bucket: [0, 0, 0, 0, 0, 0, 0] }));
  }

  /** Places the day's orders and ships them from stock packed earlier, then shares out the lots packed today. */
  day(day: number, packedToday: readonly GradedLot[], endDay: number): PlannedAppend[] {
    const active = this.books.filter((b) => buysOn(b.profile, day));
    const orders: Order[] = [];
    for (const book of active) {
      if (book.profile.weekdays.includes(weekdayOf(day))) {
        const order = this.order(book, day, endDay);
        if (order) orders.push(order);
      }
    }
    const appends = orders.length > 0 ? this.ship(day, orders) : [];

    const trays = [0, 0, 0, 0, 0, 0, 0];
    for (const graded of packedToday) {
      this.lots.set(graded.lotId, graded);
      for (const p of graded.packed) {
        this.stock[p.size]?.push(p);
        trays[p.size] = (trays[p.size] as number) + p.trays;
      }
    }
    for (let size = 0; size < 7; size++) {
      if (trays[size] === 0) continue;
      const weights = active.map((b) => b.profile.volume * (b.profile.sizes[size] as number));
      if (weights.every((w) => w === 0)) continue;
      apportion(trays[size] as number, weights).forEach((share, i) => {
        const bucket = (active[i] as BuyerBook).bucket;
        bucket[size] = (bucket[size] as number) + share;
      });
    }
    return appends;
  }

  /** The buyer's order of the trays in its book, confirmed (and paid, cash on delivery); null when there are none. */
  private order(book: BuyerBook, day: number, endDay: number): Order | null {
    const { profile, rng } = book;
    const agreement = book.agreed.find((a) => a.from <= day && day <= a.to);
    const ladder = this.series.ladder(day);
    const spotPremium = rng.uniform(profile.premium[0], profile.premium[1]);
    const lines: SalesOrderLine[] = [];
    for (let size = 0; size < 7; size++) {
      const trays = book.bucket[size] as number;
      if (trays === 0) continue;
      book.bucket[size] = 0;
      const eggs = trays * EGGS_PER_TRAY;
      const satangPerEgg = agreement?.prices[size] ?? Math.round((ladder[size] as number) * (1 + spotPremium));
      lines.push({ size: size as SizeClass, trays, satangPerEgg, eggs, amountSatang: eggs * satangPerEgg });
    }
    if (lines.length === 0) return null;
    const orderId = `SO-${profile.partnerId.slice(2)}-${compactOf(day)}`;
    const data = {
      orderId,
      buyerId: profile.partnerId,
      ...(agreement ? { negotiationId: agreement.negotiationId } : {}),
      orderedOn: isoOf(day),
      deliveryOn: isoOf(day),
      lines: lines.map((l) => ({ size: l.size, trays: l.trays, satangPerEgg: l.satangPerEgg })),
    };
    const [confirmed, confirmedState] = decided(salesOrder.decider, salesOrder.decider.initialState, {
      type: 'ConfirmSalesOrder',
      data,
    });
    const valueSatang = (confirmed[0] as SalesOrderConfirmed).data.valueSatang;
    // Now and then the buyer finds a few eggs broken on arrival and claims them at the order's price [E]: the
    // claim is settled by paying that much less.
    const claims: Claim[] = [];
    if (rng.chance(BROKEN_CLAIM_CHANCE)) {
      const line = lines[rng.int(0, lines.length - 1)] as SalesOrderLine;
      const eggs = Math.min(line.eggs, rng.int(6, 60));
      claims.push({ reason: 'BROKEN', size: line.size, eggs, amountSatang: eggs * line.satangPerEgg });
    }
    const claimedSatang = claims.reduce((n, c) => n + c.amountSatang, 0);
    const paidDay = day + profile.paymentDays + (profile.paymentDays === 0 ? 0 : rng.int(-2, 5));
    const paid: PaymentReceived = {
      type: 'PaymentReceived',
      data: {
        orderId,
        buyerId: profile.partnerId,
        paymentId: `PAY-${orderId.slice(3)}`,
        paidOn: isoOf(Math.max(day, paidDay)),
        amountSatang: valueSatang - claimedSatang,
        method: profile.method,
      },
    };
    const stream = salesOrder.stream(orderId);
    const today = new StreamDay();
    today.add(confirmed);
    let state = confirmedState;
    // Cash on delivery is paid with the order; other terms some days later.
    if (paidDay <= day) {
      state = salesOrder.decider.evolve(state, paid);
      today.add([paid]);
    } else if (paidDay <= endDay) this.agenda.add(paidDay, stream, [paid]);
    return { book, orderId, lines, claims, state, today };
  }

  /** The day's shipments: planned, allocated lot by lot, dispatched, delivered and sold, in the order the platform writes them. */
  private ship(day: number, orders: readonly Order[]): PlannedAppend[] {
    const on = isoOf(day);
    const planned: PlannedAppend[] = [];
    const lotDays = new Map<string, StreamDay>();
    const after: PlannedAppend[] = [];
    const dispatches: PlannedAppend[] = [];
    const sales: PlannedAppend[] = [];
    for (const order of orders) {
      const { profile } = order.book;
      const shipmentId = `SH-${order.orderId.slice(3)}`;
      const items = order.lines.flatMap((line) => this.draw(line.size, line.trays));
      const [plannedEvents, plannedState] = decided(shipment.decider, shipment.decider.initialState, {
        type: 'PlanShipment',
        data: { shipmentId, orderId: order.orderId, buyerId: profile.partnerId, plannedOn: on, items },
      });
      const plan = plannedEvents[0] as ShipmentPlanned;
      const shipmentStream = shipment.stream(shipmentId);
      planned.push({ day, streamName: salesOrder.stream(order.orderId), ...parts(order.today) });
      planned.push({ day, streamName: shipmentStream, events: plannedEvents });

      // shipment-allocation: each item from its lot, then the shipment confirmed.
      for (const item of plan.data.items) {
        const graded = this.lots.get(item.lotId);
        if (!graded) throw new Error(`lot ${item.lotId} has no packed stock to allocate`);
        const input = { lotId: item.lotId, shipmentId, size: item.size, trays: item.trays, allocatedOn: on };
        const [allocated, state] = decided(lot.decider, graded.state, { type: 'AllocatePackedStock', data: input });
        graded.state = state;
        const lotDay = lotDays.get(item.lotId) ?? new StreamDay();
        lotDays.set(item.lotId, lotDay);
        lotDay.add(allocated, {
          process: ALLOCATION,
          step: `allocate:${item.lotId}:${item.size}`,
          cause: plan,
          useCase: allocatePackedStock,
          input,
        });
      }
      for (const lotId of new Set(plan.data.items.map((i) => i.lotId))) this.forgetIfShipped(lotId);
      const later = new StreamDay();
      const allocatedInput = { shipmentId, allocatedOn: on };
      let [events, state] = decided(shipment.decider, plannedState, {
        type: 'ConfirmShipmentAllocated',
        data: allocatedInput,
      });
      later.add(events, {
        process: ALLOCATION,
        step: 'confirm',
        cause: plan,
        useCase: confirmShipmentAllocated,
        input: allocatedInput,
      });
      const vehicle = `${profile.province === 'Lamphun' ? 'ลพ' : 'ชม'} ${70 + (profile.partnerId.length % 9)}-${1000 + (day % 9000)}`;
      [events, state] = decided(shipment.decider, state, {
        type: 'DispatchShipment',
        data: { shipmentId, dispatchedOn: on, vehicle },
      });
      const dispatched = events[0] as GeneratedEvent;
      later.add(events);
      // The buyer counts in every tray shipped, and claims what it found broken.
      [events] = decided(shipment.decider, state, {
        type: 'ConfirmDelivery',
        data: {
          shipmentId,
          deliveredOn: on,
          recount: order.lines.map((l) => ({ size: l.size, trays: l.trays })),
          claims: order.claims,
        },
      });
      const delivered = events[0] as GeneratedEvent;
      later.add(events);
      after.push({ day, streamName: shipmentStream, ...parts(later) });

      // order-dispatch: the order is told a shipment left against it.
      const dispatchInput = { orderId: order.orderId, shipmentId, dispatchedOn: on };
      const [recorded] = decided(salesOrder.decider, order.state, {
        type: 'RecordSalesOrderDispatch',
        data: dispatchInput,
      });
      const orderLater = new StreamDay();
      orderLater.add(recorded, {
        process: ORDER_DISPATCH,
        step: 'dispatch',
        cause: dispatched,
        useCase: recordSalesOrderDispatch,
        input: dispatchInput,
      });
      dispatches.push({ day, streamName: salesOrder.stream(order.orderId), ...parts(orderLater) });

      // delivered-sale: what the buyer counted in, at the order's prices, from the shipment's lots.
      const saleInput = {
        saleId: shipmentId,
        buyerId: profile.partnerId,
        orderId: order.orderId,
        soldOn: on,
        lines: order.lines.map((l) => ({ size: l.size, eggs: l.trays * EGGS_PER_TRAY, satangPerEgg: l.satangPerEgg })),
        lotIds: [...new Set(plan.data.items.map((i) => i.lotId))],
      };
      const [sold] = decided(recordSale.aggregate.decider, recordSale.aggregate.decider.initialState, {
        type: 'RecordSale',
        data: saleInput,
      });
      const sale = new StreamDay();
      sale.add(sold, {
        process: DELIVERED_SALE,
        step: 'sale',
        cause: delivered,
        useCase: recordSale,
        input: saleInput,
      });
      sales.push({ day, streamName: recordSale.aggregate.stream(shipmentId), ...parts(sale) });
    }
    const allocations = [...lotDays].map(([lotId, d]) => ({ day, streamName: lot.stream(lotId), ...parts(d) }));
    return [...planned, ...allocations, ...after, ...dispatches, ...sales];
  }

  /** `trays` of `size` from the oldest packed stock. */
  private draw(size: SizeClass, trays: number): { lotId: string; size: SizeClass; trays: number }[] {
    const queue = this.stock[size] as PackedTrays[];
    const items: { lotId: string; size: SizeClass; trays: number }[] = [];
    let left = trays;
    while (left > 0) {
      const head = queue[this.heads[size] as number];
      if (!head) throw new Error(`no packed stock of size ${size} left for ${left} trays`);
      const take = Math.min(left, head.trays);
      items.push({ lotId: head.lotId, size, trays: take });
      head.trays -= take;
      left -= take;
      if (head.trays === 0) {
        this.heads[size] = (this.heads[size] as number) + 1;
      }
    }
    // Drop the used-up head of the queue now and then, so that years of packs are not kept.
    if ((this.heads[size] as number) > 4096) {
      queue.splice(0, this.heads[size]);
      this.heads[size] = 0;
    }
    return items;
  }

  /** A lot whose packed trays are all allocated leaves the desk. */
  private forgetIfShipped(lotId: string): void {
    const graded = this.lots.get(lotId);
    if (graded && graded.packed.every((p) => p.trays === 0)) this.lots.delete(lotId);
  }
}

interface Order {
  readonly book: BuyerBook;
  readonly orderId: string;
  readonly lines: readonly SalesOrderLine[];
  readonly state: OrderState;
  readonly claims: readonly Claim[];
  readonly today: StreamDay;
}

/** A buyer's claim on receipt, as `POST /shipments/{id}/delivery` takes it. */
interface Claim {
  readonly reason: 'BROKEN';
  readonly size: SizeClass;
  readonly eggs: number;
  readonly amountSatang: number;
}

function parts(d: StreamDay): { events: readonly GeneratedEvent[]; commands: readonly CommandPart[] } {
  return { events: d.events, commands: d.commands };
}
