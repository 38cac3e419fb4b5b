import { EGGS_PER_TRAY, type SizeClass } from '@khai/contracts';
import type { PaymentReceived, SaleLine, SaleRecorded, SalesOrderConfirmed, SalesOrderLine } from '@khai/sales';

import type { Agenda, PlannedAppend } from './agenda';
import { compactOf, isoOf, monthOf, weekdayOf } from './calendar';
import { apportion } from './laying-curve';
import type { ReferenceSeries } from './prices';
import type { Rng } from './prng';
import type { AgreedPeriod } from './sales-plan';
import type { BuyerProfile } from './world';

interface BuyerBook {
  readonly profile: BuyerProfile;
  readonly rng: Rng;
  readonly agreed: readonly AgreedPeriod[];
  /** Graded eggs set aside for the buyer, by size, not yet ordered. */
  readonly bucket: number[];
}

/** School holidays (April to mid May, October) stop the school lunch buyer (DOMAIN.md: holidays soften demand). */
function buysOn(buyer: BuyerProfile, day: number): boolean {
  if (buyer.channel !== 'INSTITUTION' || !buyer.partnerId.includes('SCHOOL')) return true;
  const month = monthOf(day);
  const dayOfMonth = Number(isoOf(day).slice(8, 10));
  return !(month === 4 || month === 10 || (month === 5 && dayOfMonth < 16));
}

/**
 * The day's graded eggs are shared among the buyers (each size among those who take
 * it, by volume and preference) into their books; on a buyer's delivery days the
 * whole trays in its book are ordered and sold at the agreed prices, or the day's
 * price where no agreement is in force. Eggs are only ever sold out of graded lots.
 */
export class SalesDesk {
  private readonly books: BuyerBook[];

  constructor(
    buyers: readonly { profile: BuyerProfile; rng: Rng; agreed: readonly AgreedPeriod[] }[],
    private readonly series: ReferenceSeries,
    private readonly agenda: Agenda,
  ) {
    this.books = buyers.map((b) => ({ ...b, bucket: [0, 0, 0, 0, 0, 0, 0] }));
  }

  /** Shares the day's graded eggs, then places the day's orders; returns the appends for today. */
  day(day: number, gradedBySize: readonly number[], endDay: number): PlannedAppend[] {
    const active = this.books.filter((b) => buysOn(b.profile, day));
    for (let size = 0; size < 7; size++) {
      const eggs = gradedBySize[size] as number;
      if (eggs === 0) continue;
      const weights = active.map((b) => b.profile.volume * (b.profile.sizes[size] as number));
      if (weights.every((w) => w === 0)) continue;
      apportion(eggs, weights).forEach((share, i) => {
        const bucket = (active[i] as BuyerBook).bucket;
        bucket[size] = (bucket[size] as number) + share;
      });
    }
    const appends: PlannedAppend[] = [];
    for (const book of active) {
      if (book.profile.weekdays.includes(weekdayOf(day))) this.order(book, day, endDay, appends);
    }
    return appends;
  }

  private order(book: BuyerBook, day: number, endDay: number, appends: PlannedAppend[]): void {
    const { profile, rng } = book;
    const agreement = book.agreed.find((a) => a.from <= day && day <= a.to);
    const ladder = this.series.ladder(day);
    const spotPremium = rng.uniform(profile.premium[0], profile.premium[1]);
    const lines: SalesOrderLine[] = [];
    for (let size = 0; size < 7; size++) {
      const trays = Math.floor((book.bucket[size] as number) / EGGS_PER_TRAY);
      if (trays === 0) continue;
      const eggs = trays * EGGS_PER_TRAY;
      book.bucket[size] = (book.bucket[size] as number) - eggs;
      const satangPerEgg = agreement?.prices[size] ?? Math.round((ladder[size] as number) * (1 + spotPremium));
      lines.push({ size: size as SizeClass, trays, satangPerEgg, eggs, amountSatang: eggs * satangPerEgg });
    }
    if (lines.length === 0) return;
    const orderId = `SO-${profile.partnerId.slice(2)}-${compactOf(day)}`;
    const valueSatang = lines.reduce((sum, l) => sum + l.amountSatang, 0);
    const totalEggs = lines.reduce((sum, l) => sum + l.eggs, 0);
    const confirmed: SalesOrderConfirmed = {
      type: 'SalesOrderConfirmed',
      data: {
        orderId,
        buyerId: profile.partnerId,
        negotiationId: agreement?.negotiationId ?? null,
        priceBasis: agreement ? 'CONTRACT' : 'SPOT',
        orderedOn: isoOf(day),
        deliveryOn: isoOf(day),
        lines,
        totalTrays: lines.reduce((sum, l) => sum + l.trays, 0),
        totalEggs,
        valueSatang,
      },
    };
    const saleLines: SaleLine[] = lines.map((l) => ({
      size: l.size,
      eggs: l.eggs,
      satangPerEgg: l.satangPerEgg,
      amountSatang: l.amountSatang,
    }));
    const sale: SaleRecorded = {
      type: 'SaleRecorded',
      data: {
        saleId: orderId,
        buyerId: profile.partnerId,
        soldOn: isoOf(day),
        lines: saleLines,
        lotIds: [],
        totalEggs,
        totalSatang: valueSatang,
      },
    };
    const paidDay = day + profile.paymentDays + (profile.paymentDays === 0 ? 0 : rng.int(-2, 5));
    const paid: PaymentReceived = {
      type: 'PaymentReceived',
      data: {
        orderId,
        buyerId: profile.partnerId,
        paymentId: `PAY-${orderId.slice(3)}`,
        paidOn: isoOf(Math.max(day, paidDay)),
        amountSatang: valueSatang,
        method: profile.method,
      },
    };
    // Cash on delivery is paid with the order; other terms some days later.
    const stream = `salesorder-${orderId}`;
    if (paidDay <= day) appends.push({ day, streamName: stream, events: [confirmed, paid] });
    else {
      appends.push({ day, streamName: stream, events: [confirmed] });
      if (paidDay <= endDay) this.agenda.add(paidDay, stream, [paid]);
    }
    appends.push({ day, streamName: `sale-${orderId}`, events: [sale] });
  }
}
