import type { RecordedEvent } from '@khai/event-sourcing';
import type { DocumentKey, DocumentProjection, ProjectionTx } from '@khai/read-models';
import type { PriceBasis, SaleRecorded, SalesOrderConfirmed } from '@khai/sales';

import { monthOf } from '../../read-side/dates';

/** The price basis of each confirmed order: a fact that never changes once confirmed. */
export const SALE_ORDERS = 'np_orders';
/** Sales by month, buyer and size class, with each day's lines. */
export const SALE_MONTHS = 'np_sale_months';

export type SaleOrderDoc = { basis: PriceBasis };

/**
 * A day's eggs of one size sold to one buyer at one price on one basis:
 * [day of month, satang per egg, eggs, 1 under contract / 0 spot].
 */
export type DayLine = [day: number, satangPerEgg: number, eggs: number, contract: number];

export type SaleMonthDoc = {
  month: string;
  buyerId: string;
  size: number;
  eggs: number;
  valueSatang: number;
  /** Sorted by day, price and basis; one line each. */
  lines: DayLine[];
};

export function saleMonthId(month: string, buyerId: string, size: number): string {
  return `${month}|${buyerId}|${size}`;
}

/**
 * Negotiated prices as sold, kept small for the managers' queries: a document
 * per month × buyer × size holding each day's eggs per price and basis, so any
 * period (day, ISO week, month) is summed from a few thousand documents and each
 * day's eggs can be valued at the reference in force that day.
 *
 * Volume comes from SaleRecorded only (an order is not a sale until delivered:
 * counting both would count it twice); the basis (contract or spot) from the
 * order the sale names (`orderId`: a delivered shipment's sale), or for older
 * sales the order of the sale's own id, confirmed before it. A sale without
 * such an order counts as spot: no agreed contract priced it. Which document a
 * sale changes never depends on that read (the basis is inside the document),
 * so a sale applied again after a crash, when its order may have been stored
 * since, still lands on a document that has it already and is dropped.
 */
export const negotiatedPricesProjection: DocumentProjection = {
  name: 'negotiated-prices',
  collections: [SALE_ORDERS, SALE_MONTHS],
  handles: new Set(['SalesOrderConfirmed', 'SaleRecorded']),
  indexes: {
    [SALE_MONTHS]: [
      {
        fields: [
          ['month', 1],
          ['buyerId', 1],
        ],
      },
    ],
  },

  keys(event: RecordedEvent): readonly DocumentKey[] {
    if (event.type === 'SalesOrderConfirmed') {
      return [{ collection: SALE_ORDERS, id: (event as RecordedEvent<SalesOrderConfirmed>).data.orderId }];
    }
    const sale = (event as RecordedEvent<SaleRecorded>).data;
    const month = monthOf(sale.soldOn);
    return [
      { collection: SALE_ORDERS, id: sale.orderId ?? sale.saleId },
      ...sale.lines.map((l) => ({ collection: SALE_MONTHS, id: saleMonthId(month, sale.buyerId, l.size) })),
    ];
  },

  async apply(event: RecordedEvent, tx: ProjectionTx): Promise<void> {
    if (event.type === 'SalesOrderConfirmed') {
      const { orderId, priceBasis } = (event as RecordedEvent<SalesOrderConfirmed>).data;
      if (!(await tx.get(SALE_ORDERS, orderId))) tx.put(SALE_ORDERS, orderId, { basis: priceBasis });
      return;
    }
    const sale = (event as RecordedEvent<SaleRecorded>).data;
    const order = await tx.get<SaleOrderDoc>(SALE_ORDERS, sale.orderId ?? sale.saleId);
    const contract = order?.basis === 'CONTRACT' ? 1 : 0;
    const month = monthOf(sale.soldOn);
    const day = Number(sale.soldOn.slice(8, 10));
    for (const line of sale.lines) {
      const id = saleMonthId(month, sale.buyerId, line.size);
      const current = await tx.get<SaleMonthDoc>(SALE_MONTHS, id);
      tx.put(SALE_MONTHS, id, {
        month,
        buyerId: sale.buyerId,
        size: line.size,
        eggs: (current?.eggs ?? 0) + line.eggs,
        valueSatang: (current?.valueSatang ?? 0) + line.amountSatang,
        lines: addLine(current?.lines ?? [], [day, line.satangPerEgg, line.eggs, contract]),
      });
    }
  },
};

/** Lines in order of day, price, then basis. */
const compareLines = (a: readonly number[], b: readonly number[]): number =>
  (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number) || (a[3] as number) - (b[3] as number);

/** The lines with `line` added: into the line of the same day, price and basis, else in its place. */
function addLine(lines: readonly (readonly number[])[], line: DayLine): DayLine[] {
  const next = lines.map((l) => [...l] as DayLine);
  const same = next.find((l) => l[0] === line[0] && l[1] === line[1] && l[3] === line[3]);
  if (same) same[2] += line[2];
  else next.splice(next.filter((l) => compareLines(l, line) < 0).length, 0, [...line]);
  return next;
}
