import type { RecordedEvent } from '@khai/event-sourcing';
import type { FeedContractAgreed, FeedDelivered, FeedDeliveryAdjusted } from '@khai/feed';
import type { EggsCollected, LotGraded, LotGradingVoided } from '@khai/production';
import type { DocumentData, DocumentKey, DocumentProjection, ProjectionTx } from '@khai/read-models';
import type { PriceBasis, SaleRecorded, SalesOrderConfirmed } from '@khai/sales';

import { monthOf } from '../../read-side/dates';
import { addDayLine } from './day-lines';

/** Facts that never change once written: each contract's supplier and prices. */
export const FLOW_CONTRACTS = 'cf_contracts';
/** Each delivery's member, farm and day, so that an adjustment lands where its delivery did. */
export const FLOW_DELIVERIES = 'cf_deliveries';
/** Each lot's member and day of collection. */
export const FLOW_LOTS = 'cf_lots';
/** The price basis of each confirmed sales order. */
export const FLOW_ORDERS = 'cf_orders';
/** Feed delivered by month × contract × member. */
export const FEED_MONTHS = 'cf_feed_months';
/** Eggs collected and graded by month of collection × member. */
export const EGG_MONTHS = 'cf_egg_months';
/** Eggs sold by month × buyer. */
export const SOLD_MONTHS = 'cf_sold_months';

export type ContractDoc = {
  contractId: string;
  supplierId: string;
  feedType: string;
  pricePerKgSatang: number;
  marketPricePerKgSatang: number;
  agreedOn: string;
};
export type DeliveryDoc = { contractId: string; memberId: string; farmId: string; deliveredOn: string };
export type LotDoc = { memberId: string; farmId: string; collectedOn: string };
export type OrderDoc = { basis: PriceBasis };

/** [day of month, kg, satang charged]. */
export type FeedDayLine = [day: number, kg: number, amountSatang: number];
/** [day of month, eggs collected, eggs graded into size classes, eggs rejected]. */
export type EggDayLine = [day: number, collectedEggs: number, gradedEggs: number, rejectedEggs: number];
/** [day of month, 1 under contract / 0 spot, eggs, satang]. */
export type SoldDayLine = [day: number, contract: number, eggs: number, amountSatang: number];

export type FeedMonthDoc = { month: string; contractId: string; memberId: string; lines: FeedDayLine[] };
export type EggMonthDoc = { month: string; memberId: string; lines: EggDayLine[] };
export type SoldMonthDoc = { month: string; buyerId: string; lines: SoldDayLine[] };

export const deliveryKey = (contractId: string, deliveryId: string): string => `${contractId}/${deliveryId}`;
export const feedMonthId = (month: string, contractId: string, memberId: string): string =>
  `${month}|${contractId}|${memberId}`;
export const eggMonthId = (month: string, memberId: string): string => `${month}|${memberId}`;
export const soldMonthId = (month: string, buyerId: string): string => `${month}|${buyerId}`;

const dayOfMonth = (day: string): number => Number(day.slice(8, 10));
const byMonth = { fields: [['month', 1]] as const };

/**
 * What flows along the links of the cluster map, in month documents that hold
 * each day's figures, so any range of days is summed exactly from a few
 * documents: feed from each contract to each member (its supplier is a fact of
 * the contract, looked up when asked), eggs from each member, eggs to each buyer.
 *
 * Which month document an event changes never depends on a figure that moves.
 * Where it depends on a fact (an adjustment on its delivery, a grading on its
 * lot's collection), the event that wrote the fact also wrote that month
 * document: an event applied again after a crash that now finds the fact
 * lands on a document already past it, and is dropped.
 */
export const clusterFlowsProjection: DocumentProjection = {
  name: 'cluster-flows',
  collections: [FLOW_CONTRACTS, FLOW_DELIVERIES, FLOW_LOTS, FLOW_ORDERS, FEED_MONTHS, EGG_MONTHS, SOLD_MONTHS],
  handles: new Set([
    'FeedContractAgreed',
    'FeedDelivered',
    'FeedDeliveryAdjusted',
    'EggsCollected',
    'LotGraded',
    'LotGradingVoided',
    'SalesOrderConfirmed',
    'SaleRecorded',
  ]),
  indexes: { [FEED_MONTHS]: [byMonth], [EGG_MONTHS]: [byMonth], [SOLD_MONTHS]: [byMonth] },

  keys(event: RecordedEvent): readonly DocumentKey[] {
    switch (event.type) {
      case 'FeedContractAgreed':
        return [{ collection: FLOW_CONTRACTS, id: (event as RecordedEvent<FeedContractAgreed>).data.contractId }];
      case 'FeedDelivered': {
        const d = (event as RecordedEvent<FeedDelivered>).data;
        return [
          { collection: FLOW_DELIVERIES, id: deliveryKey(d.contractId, d.deliveryId) },
          { collection: FEED_MONTHS, id: feedMonthId(monthOf(d.deliveredOn), d.contractId, d.memberId) },
        ];
      }
      case 'FeedDeliveryAdjusted': {
        const a = (event as RecordedEvent<FeedDeliveryAdjusted>).data;
        return [{ collection: FLOW_DELIVERIES, id: deliveryKey(a.contractId, a.deliveryId) }];
      }
      case 'EggsCollected': {
        const c = (event as RecordedEvent<EggsCollected>).data;
        return [
          { collection: FLOW_LOTS, id: c.lotId },
          { collection: EGG_MONTHS, id: eggMonthId(monthOf(c.collectedOn), c.memberId) },
        ];
      }
      case 'LotGraded':
      case 'LotGradingVoided':
        return [{ collection: FLOW_LOTS, id: (event as RecordedEvent<LotGraded | LotGradingVoided>).data.lotId }];
      case 'SalesOrderConfirmed':
        return [{ collection: FLOW_ORDERS, id: (event as RecordedEvent<SalesOrderConfirmed>).data.orderId }];
      default: {
        const s = (event as RecordedEvent<SaleRecorded>).data;
        return [
          { collection: FLOW_ORDERS, id: s.saleId },
          { collection: SOLD_MONTHS, id: soldMonthId(monthOf(s.soldOn), s.buyerId) },
        ];
      }
    }
  },

  async apply(event: RecordedEvent, tx: ProjectionTx): Promise<void> {
    switch (event.type) {
      case 'FeedContractAgreed': {
        const c = (event as RecordedEvent<FeedContractAgreed>).data;
        const { contractId, supplierId, feedType, pricePerKgSatang, marketPricePerKgSatang, agreedOn } = c;
        await putOnce(tx, FLOW_CONTRACTS, contractId, {
          contractId,
          supplierId,
          feedType,
          pricePerKgSatang,
          marketPricePerKgSatang,
          agreedOn,
        });
        return;
      }
      case 'FeedDelivered': {
        const { contractId, deliveryId, memberId, farmId, deliveredOn, kg, amountSatang } = (
          event as RecordedEvent<FeedDelivered>
        ).data;
        await putOnce(tx, FLOW_DELIVERIES, deliveryKey(contractId, deliveryId), {
          contractId,
          memberId,
          farmId,
          deliveredOn,
        });
        await addFeed(tx, contractId, memberId, deliveredOn, kg, amountSatang);
        return;
      }
      case 'FeedDeliveryAdjusted': {
        const a = (event as RecordedEvent<FeedDeliveryAdjusted>).data;
        // The feed context adjusts only a delivery it recorded, earlier in the contract's stream.
        const delivery = await tx.get<DeliveryDoc>(FLOW_DELIVERIES, deliveryKey(a.contractId, a.deliveryId));
        if (delivery)
          await addFeed(tx, a.contractId, delivery.memberId, delivery.deliveredOn, a.deltaKg, a.amountDeltaSatang);
        return;
      }
      case 'EggsCollected': {
        const { lotId, memberId, farmId, collectedOn, eggs } = (event as RecordedEvent<EggsCollected>).data;
        await putOnce(tx, FLOW_LOTS, lotId, { memberId, farmId, collectedOn });
        await addEggs(tx, memberId, collectedOn, [eggs, 0, 0]);
        return;
      }
      case 'LotGraded':
      case 'LotGradingVoided': {
        const g = (event as RecordedEvent<LotGraded | LotGradingVoided>).data;
        // Counted on the day the eggs left the member (their collection), whenever they were graded.
        const lot = await tx.get<LotDoc>(FLOW_LOTS, g.lotId);
        const sign = event.type === 'LotGraded' ? 1 : -1;
        if (lot) await addEggs(tx, lot.memberId, lot.collectedOn, [0, sign * g.gradedEggs, sign * g.rejectedEggs]);
        return;
      }
      case 'SalesOrderConfirmed': {
        const { orderId, priceBasis } = (event as RecordedEvent<SalesOrderConfirmed>).data;
        await putOnce(tx, FLOW_ORDERS, orderId, { basis: priceBasis });
        return;
      }
      case 'SaleRecorded': {
        const sale = (event as RecordedEvent<SaleRecorded>).data;
        // A sale without a confirmed order of its id counts as spot, as in the negotiated-prices read model.
        const contract = (await tx.get<OrderDoc>(FLOW_ORDERS, sale.saleId))?.basis === 'CONTRACT' ? 1 : 0;
        const month = monthOf(sale.soldOn);
        const id = soldMonthId(month, sale.buyerId);
        const current = await tx.get<SoldMonthDoc>(SOLD_MONTHS, id);
        const eggs = sale.lines.reduce((sum, l) => sum + l.eggs, 0);
        const amount = sale.lines.reduce((sum, l) => sum + l.amountSatang, 0);
        tx.put(SOLD_MONTHS, id, {
          month,
          buyerId: sale.buyerId,
          lines: addDayLine(current?.lines ?? [], 2, [dayOfMonth(sale.soldOn), contract, eggs, amount]),
        });
        return;
      }
    }
  },
};

/** Writes a fact the first time it is seen; a repeat never changes it. */
async function putOnce(tx: ProjectionTx, collection: string, id: string, doc: DocumentData): Promise<void> {
  if (!(await tx.get(collection, id))) tx.put(collection, id, doc);
}

async function addFeed(
  tx: ProjectionTx,
  contractId: string,
  memberId: string,
  day: string,
  kg: number,
  amountSatang: number,
): Promise<void> {
  const month = monthOf(day);
  const id = feedMonthId(month, contractId, memberId);
  const current = await tx.get<FeedMonthDoc>(FEED_MONTHS, id);
  tx.put(FEED_MONTHS, id, {
    month,
    contractId,
    memberId,
    lines: addDayLine(current?.lines ?? [], 1, [dayOfMonth(day), kg, amountSatang]),
  });
}

async function addEggs(
  tx: ProjectionTx,
  memberId: string,
  day: string,
  eggs: [collected: number, graded: number, rejected: number],
): Promise<void> {
  const month = monthOf(day);
  const id = eggMonthId(month, memberId);
  const current = await tx.get<EggMonthDoc>(EGG_MONTHS, id);
  tx.put(EGG_MONTHS, id, {
    month,
    memberId,
    lines: addDayLine(current?.lines ?? [], 1, [dayOfMonth(day), ...eggs]),
  });
}
