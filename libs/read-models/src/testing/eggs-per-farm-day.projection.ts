import type { EventEnvelope, RecordedEvent } from '@khai/event-sourcing';

import type { DocumentKey, DocumentProjection, ProjectionTx } from '../document-projection';
import type { ReadModelStore, StoredDocument } from '../read-model-store.port';

/**
 * A small document projection for the tests and the benchmark: eggs collected
 * per farm per day, from synthetic events shaped like production's. A voided
 * collection takes its eggs back out, and a farm-day with no lot left is deleted,
 * so replays exercise puts, deletes and a read of another document.
 */
export interface Collected {
  readonly lotId: string;
  readonly memberId: string;
  readonly farmId: string;
  readonly collectedOn: string;
  readonly eggs: number;
}

export interface Voided {
  readonly lotId: string;
  readonly reason: string;
}

export type LotDoc = { memberId: string; farmId: string; day: string; eggs: number };
export type FarmDayDoc = { memberId: string; farmId: string; day: string; eggs: number; lots: number };

export const LOTS = 'example_lots';
export const FARM_DAYS = 'example_farm_days';

export const eggsPerFarmDay: DocumentProjection = {
  name: 'eggs-per-farm-day',
  collections: [LOTS, FARM_DAYS],
  handles: new Set(['EggsCollected', 'CollectionVoided']),
  indexes: {
    [FARM_DAYS]: [
      {
        fields: [
          ['farmId', 1],
          ['day', 1],
        ],
      },
    ],
  },

  keys(event: RecordedEvent): readonly DocumentKey[] {
    if (event.type === 'CollectionVoided') return [{ collection: LOTS, id: (event.data as Voided).lotId }];
    const c = event.data as Collected;
    return [
      { collection: LOTS, id: c.lotId },
      { collection: FARM_DAYS, id: farmDayId(c.farmId, c.collectedOn) },
    ];
  },

  async apply(event: RecordedEvent, tx: ProjectionTx): Promise<void> {
    if (event.type === 'EggsCollected') {
      const c = event.data as Collected;
      // A lot is collected once; a repeat is ignored (the first collection stands).
      if (await tx.get<LotDoc>(LOTS, c.lotId)) return;
      tx.put(LOTS, c.lotId, { memberId: c.memberId, farmId: c.farmId, day: c.collectedOn, eggs: c.eggs });
      await addToFarmDay(tx, c.memberId, c.farmId, c.collectedOn, c.eggs, 1);
    } else {
      const lot = await tx.get<LotDoc>(LOTS, (event.data as Voided).lotId);
      if (!lot) return;
      tx.delete(LOTS, lot._id);
      // The lot's farm, day and eggs never change once written: safe to read for another document.
      await addToFarmDay(tx, lot.memberId, lot.farmId, lot.day, -lot.eggs, -1);
    }
  },
};

async function addToFarmDay(
  tx: ProjectionTx,
  memberId: string,
  farmId: string,
  day: string,
  eggs: number,
  lots: number,
): Promise<void> {
  const id = farmDayId(farmId, day);
  const current = await tx.get<FarmDayDoc>(FARM_DAYS, id);
  const next = { memberId, farmId, day, eggs: (current?.eggs ?? 0) + eggs, lots: (current?.lots ?? 0) + lots };
  if (next.lots <= 0) tx.delete(FARM_DAYS, id);
  else tx.put(FARM_DAYS, id, next);
}

export function farmDayId(farmId: string, day: string): string {
  return `${farmId}:${day}`;
}

/** A farm's days in a date range, the way a query handler would ask. */
export function farmDays(
  store: ReadModelStore,
  farmId: string,
  from: string,
  to: string,
): Promise<StoredDocument<FarmDayDoc>[]> {
  return store.find<FarmDayDoc>(FARM_DAYS, { where: { farmId, day: { gte: from, lte: to } }, sort: [['day', 1]] });
}

/** Every document of the projection, sorted: what two runs are compared by. */
export async function dumpEggsPerFarmDay(store: ReadModelStore): Promise<Record<string, StoredDocument[]>> {
  return {
    [LOTS]: await store.find(LOTS),
    [FARM_DAYS]: await store.find(FARM_DAYS),
  };
}

export function envelope(type: string, data: unknown, eventId: string): EventEnvelope {
  return {
    type,
    data,
    metadata: {
      eventId,
      schemaVersion: 1,
      occurredAt: '2026-11-24T08:00:00.000Z',
      actor: 'test',
      correlationId: eventId,
      causationId: null,
      idempotencyKey: null,
    },
  };
}
