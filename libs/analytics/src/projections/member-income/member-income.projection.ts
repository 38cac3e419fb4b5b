import type { RecordedEvent } from '@khai/event-sourcing';
import type { FeedDelivered, FeedDeliveryAdjusted } from '@khai/feed';
import type { EggsCollected, LotGraded, LotGradingVoided } from '@khai/production';
import type { DocumentKey, DocumentProjection, ProjectionTx } from '@khai/read-models';
import type { FlockCulled, FlockMortalityRecorded, FlockPlaced } from '@khai/registry';
import type { MemberEggPricesSet } from '@khai/settlement';

import { monthOf } from '../../read-side/dates';
import { compareNumbers, compareStrings, upsertSorted } from '../../read-side/sorted-list';

/** Lot → member and day of collection: a fact that never changes once the lot is opened. */
export const INCOME_LOTS = 'mi_lots';
/** Feed delivery → member and day: a fact that never changes (adjustments do not name the member). */
export const INCOME_DELIVERIES = 'mi_deliveries';
/** Each flock's placement and its losses by day: the step function "hens alive on day d". */
export const INCOME_FLOCKS = 'mi_flocks';
/** A member's month: each graded lot's eggs by size, and feed by day. */
export const INCOME_MONTHS = 'mi_member_months';
/** The cooperative's member egg price lists (ราคารับซื้อจากสมาชิก), one per list. */
export const INCOME_PRICE_LISTS = 'mi_price_lists';

export type IncomeLotDoc = { memberId: string; collectedOn: string };
export type IncomeDeliveryDoc = { memberId: string; deliveredOn: string };

/** [day, deaths, culled] on one day; sorted by day, one entry a day. */
export type FlockLoss = [day: string, deaths: number, culled: number];

export type IncomeFlockDoc = {
  flockId: string;
  /** Null until the placement is seen (a count can only follow it in a real log: same stream). */
  memberId: string | null;
  placedOn: string | null;
  hensPlaced: number;
  losses: FlockLoss[];
};

/** A graded lot in its member's month: eggs by size class 0 … 6, and rejects. */
export type GradedLotEntry = { lotId: string; day: number; sizes: number[]; rejected: number };

/** Feed delivered on one day of the month: [day of month, kg, satang]. */
export type FeedDay = [day: number, kg: number, satang: number];

export type IncomeMonthDoc = {
  memberId: string;
  month: string;
  /** Sorted by lot id. */
  lots: GradedLotEntry[];
  /** Sorted by day. */
  feed: FeedDay[];
};

export type PriceListDoc = {
  priceListId: string;
  effectiveFrom: string;
  prices: { size: number; satangPerEgg: number }[];
};

export function incomeMonthId(memberId: string, month: string): string {
  return `${memberId}|${month}`;
}

const SIZES = 7;

/**
 * Income per member as month documents, plus the flocks they are measured
 * against. Eggs belong to the day they were collected (the day the hens laid
 * them, the day hen-days count), feed to the day it was delivered (the day it is
 * charged, as settlement does). Which month document a grading or an adjustment
 * changes is found from a never-changing fact (the lot's collection, the
 * delivery); the document itself is computed from its previous version and the
 * event, so a replay lands on a document that has it already and is dropped.
 * A grading is kept per lot so that a void (which carries no sizes) takes out
 * exactly what it put in.
 */
export const memberIncomeProjection: DocumentProjection = {
  name: 'member-income',
  collections: [INCOME_LOTS, INCOME_DELIVERIES, INCOME_FLOCKS, INCOME_MONTHS, INCOME_PRICE_LISTS],
  handles: new Set([
    'EggsCollected',
    'LotGraded',
    'LotGradingVoided',
    'FeedDelivered',
    'FeedDeliveryAdjusted',
    'FlockPlaced',
    'FlockMortalityRecorded',
    'FlockCulled',
    'MemberEggPricesSet',
  ]),
  indexes: {
    [INCOME_MONTHS]: [{ fields: [['month', 1]] }, { fields: [['memberId', 1]] }],
    // A passbook's lots awaiting grading.
    [INCOME_LOTS]: [
      {
        fields: [
          ['memberId', 1],
          ['collectedOn', -1],
        ],
      },
    ],
  },

  keys(event: RecordedEvent): readonly DocumentKey[] {
    const data = event.data as { lotId?: string; deliveryId?: string; flockId?: string };
    if (data.lotId !== undefined) return [{ collection: INCOME_LOTS, id: data.lotId }];
    if (data.deliveryId !== undefined) return [{ collection: INCOME_DELIVERIES, id: data.deliveryId }];
    if (data.flockId !== undefined) return [{ collection: INCOME_FLOCKS, id: data.flockId }];
    return [];
  },

  async apply(event: RecordedEvent, tx: ProjectionTx): Promise<void> {
    switch (event.type) {
      case 'EggsCollected': {
        const { lotId, memberId, collectedOn } = (event as RecordedEvent<EggsCollected>).data;
        if (!(await tx.get(INCOME_LOTS, lotId))) tx.put(INCOME_LOTS, lotId, { memberId, collectedOn });
        return;
      }
      case 'LotGraded': {
        const { lotId, sizes, rejectedEggs } = (event as RecordedEvent<LotGraded>).data;
        const counts = new Array<number>(SIZES).fill(0);
        for (const s of sizes) counts[s.size] = (counts[s.size] as number) + s.eggs;
        await changeLot(tx, lotId, (lot) => ({ lotId, day: lot.day, sizes: counts, rejected: rejectedEggs }));
        return;
      }
      case 'LotGradingVoided':
        await changeLot(tx, (event as RecordedEvent<LotGradingVoided>).data.lotId, () => undefined);
        return;
      case 'FeedDelivered': {
        const { deliveryId, memberId, deliveredOn, kg, amountSatang } = (event as RecordedEvent<FeedDelivered>).data;
        if (await tx.get(INCOME_DELIVERIES, deliveryId)) return;
        tx.put(INCOME_DELIVERIES, deliveryId, { memberId, deliveredOn });
        await addFeed(tx, memberId, deliveredOn, kg, amountSatang);
        return;
      }
      case 'FeedDeliveryAdjusted': {
        const { deliveryId, deltaKg, amountDeltaSatang } = (event as RecordedEvent<FeedDeliveryAdjusted>).data;
        const delivery = await tx.get<IncomeDeliveryDoc>(INCOME_DELIVERIES, deliveryId);
        // The correction is of the delivery itself, so it lands on the delivery's day.
        if (delivery) await addFeed(tx, delivery.memberId, delivery.deliveredOn, deltaKg, amountDeltaSatang);
        return;
      }
      case 'FlockPlaced': {
        const { flockId, memberId, placedOn, hensPlaced } = (event as RecordedEvent<FlockPlaced>).data;
        const flock = await flockOf(tx, flockId);
        if (flock.placedOn === null) tx.put(INCOME_FLOCKS, flockId, { ...flock, memberId, placedOn, hensPlaced });
        return;
      }
      case 'FlockMortalityRecorded': {
        const { flockId, recordedOn, deaths } = (event as RecordedEvent<FlockMortalityRecorded>).data;
        const flock = await flockOf(tx, flockId);
        tx.put(INCOME_FLOCKS, flockId, { ...flock, losses: addLoss(flock.losses, [recordedOn, deaths, 0]) });
        return;
      }
      case 'FlockCulled': {
        const { flockId, culledOn, hens } = (event as RecordedEvent<FlockCulled>).data;
        const flock = await flockOf(tx, flockId);
        tx.put(INCOME_FLOCKS, flockId, { ...flock, losses: addLoss(flock.losses, [culledOn, 0, hens]) });
        return;
      }
      case 'MemberEggPricesSet': {
        const { priceListId, effectiveFrom, prices } = (event as RecordedEvent<MemberEggPricesSet>).data;
        tx.put(INCOME_PRICE_LISTS, priceListId, {
          priceListId,
          effectiveFrom,
          prices: prices.map((p) => ({ size: p.size, satangPerEgg: p.satangPerEgg })),
        });
        return;
      }
    }
  },
};

/** Replaces (or, with undefined, removes) a lot's entry in its member's month; the month's other lines are shared. */
async function changeLot(
  tx: ProjectionTx,
  lotId: string,
  next: (current: { day: number }) => GradedLotEntry | undefined,
): Promise<void> {
  const lot = await tx.get<IncomeLotDoc>(INCOME_LOTS, lotId);
  // A lot is opened before it is graded (one stream), so an unknown lot cannot happen in a real log.
  if (!lot) return;
  const month = monthOf(lot.collectedOn);
  const id = incomeMonthId(lot.memberId, month);
  const doc = await tx.get<IncomeMonthDoc>(INCOME_MONTHS, id);
  const entry = next({ day: Number(lot.collectedOn.slice(8, 10)) });
  if (!doc && !entry) return;
  const lots = upsertSorted(
    doc?.lots ?? [],
    lotId,
    (l) => l.lotId,
    compareStrings,
    () => entry,
  );
  tx.put(INCOME_MONTHS, id, { memberId: lot.memberId, month, lots, feed: doc?.feed ?? [] });
}

async function addFeed(tx: ProjectionTx, memberId: string, day: string, kg: number, satang: number): Promise<void> {
  const month = monthOf(day);
  const id = incomeMonthId(memberId, month);
  const doc = await tx.get<IncomeMonthDoc>(INCOME_MONTHS, id);
  const feed = upsertSorted<FeedDay, number>(
    doc?.feed ?? [],
    Number(day.slice(8, 10)),
    (f) => f[0],
    compareNumbers,
    (same) => (same ? [same[0], same[1] + kg, same[2] + satang] : [Number(day.slice(8, 10)), kg, satang]),
  );
  tx.put(INCOME_MONTHS, id, { memberId, month, lots: doc?.lots ?? [], feed });
}

async function flockOf(tx: ProjectionTx, flockId: string): Promise<IncomeFlockDoc> {
  const doc = await tx.get<IncomeFlockDoc>(INCOME_FLOCKS, flockId);
  if (!doc) return { flockId, memberId: null, placedOn: null, hensPlaced: 0, losses: [] };
  // Without the store's `_id` and `_position`; the losses are shared (frozen, and replaced, never changed).
  return { flockId, memberId: doc.memberId, placedOn: doc.placedOn, hensPlaced: doc.hensPlaced, losses: doc.losses };
}

/** The flock's losses with one more day's; the other days are shared. */
const addLoss = (losses: readonly FlockLoss[], loss: FlockLoss): FlockLoss[] =>
  upsertSorted(
    losses,
    loss[0],
    (l) => l[0],
    compareStrings,
    (same) => (same ? [same[0], same[1] + loss[1], same[2] + loss[2]] : loss),
  );
