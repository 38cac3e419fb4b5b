import type { SizeClass } from '@khai/contracts';
import type { RecordedEvent } from '@khai/event-sourcing';
import type { EggsCollected, PackedStockAllocated, PackedStockReleased } from '@khai/production';
import type { DocumentKey, DocumentProjection, ProjectionTx } from '@khai/read-models';

import { compareNumbers, compareStrings, upsertSorted } from '../../read-side/sorted-list';

export const TRACE_LOTS = 'trace_lots';
export const TRACE_SHIPMENTS = 'trace_shipments';

export type TraceLotDoc = Pick<EggsCollected['data'], 'memberId' | 'farmId' | 'flockId' | 'collectedOn'>;
/** A shipment's trays from one lot in one size; 0 trays once released. */
export type TraceAllocation = { lotId: string; size: number; trays: number; eggs: number };
/** A shipment's allocations, one per lot and size, sorted by lot then size. */
export type TraceShipmentDoc = { allocations: TraceAllocation[] };

export interface TracedTrays {
  readonly lotId: string;
  readonly size: SizeClass;
  readonly trays: number;
  readonly eggs: number;
  /** Where the eggs were laid: unknown only if the lot's collection is not in the log. */
  readonly memberId: string | null;
  readonly farmId: string | null;
  readonly flockId: string | null;
  readonly collectedOn: string | null;
}

/**
 * Every tray of a shipment back to its lot, and the lot to its member, farm,
 * flock and day: one document per lot (its origin never changes) and one per
 * shipment, holding what it was allocated of each lot and size.
 *
 * One document per shipment rather than one per allocation: a shipment takes
 * some ninety allocations, and a document for each (845,797 on five generated
 * years) was a large share of the time and memory of rebuilding the read
 * models. Its allocations are kept in the order the query answers in (lot, then
 * size): a change finds its place by binary search and copies the list once.
 * The document is computed from its previous version and the event, so an
 * allocation applied again (a replay) lands on a document already at or after
 * its position and is dropped.
 */
export const traceabilityProjection: DocumentProjection = {
  name: 'traceability',
  // 2: a document per shipment (was one per shipment, lot and size, in trace_allocations).
  version: 2,
  collections: [TRACE_LOTS, TRACE_SHIPMENTS],
  handles: new Set(['EggsCollected', 'PackedStockAllocated', 'PackedStockReleased']),

  keys(event: RecordedEvent): readonly DocumentKey[] {
    if (event.type === 'EggsCollected') return [];
    return [{ collection: TRACE_SHIPMENTS, id: (event.data as { shipmentId: string }).shipmentId }];
  },

  async apply(event: RecordedEvent, tx: ProjectionTx): Promise<void> {
    switch (event.type) {
      case 'EggsCollected': {
        const { lotId, memberId, farmId, flockId, collectedOn } = (event as RecordedEvent<EggsCollected>).data;
        tx.put(TRACE_LOTS, lotId, { memberId, farmId, flockId, collectedOn });
        return;
      }
      case 'PackedStockAllocated': {
        const { shipmentId, lotId, size, trays, eggs } = (event as RecordedEvent<PackedStockAllocated>).data;
        const doc = await tx.get<TraceShipmentDoc>(TRACE_SHIPMENTS, shipmentId);
        tx.put(TRACE_SHIPMENTS, shipmentId, {
          allocations: withAllocation(doc?.allocations ?? [], { lotId, size, trays, eggs }),
        });
        return;
      }
      case 'PackedStockReleased': {
        const { shipmentId, lotId, lines } = (event as RecordedEvent<PackedStockReleased>).data;
        const doc = await tx.get<TraceShipmentDoc>(TRACE_SHIPMENTS, shipmentId);
        // Kept as released lines (no trays) rather than taken out, and the document never deleted: a document that is
        // gone keeps no position, and the allocation applied again (a replay) would bring it back; over a kept one, the
        // older event is passed over.
        let allocations: readonly TraceAllocation[] = doc?.allocations ?? [];
        for (const line of lines) {
          allocations = withAllocation(allocations, { lotId, size: line.size, trays: 0, eggs: 0 });
        }
        tx.put(TRACE_SHIPMENTS, shipmentId, { allocations });
        return;
      }
    }
  },
};

/** The allocations with `allocation` in place of the one of its lot and size (or added); the others are shared. */
function withAllocation(allocations: readonly TraceAllocation[], allocation: TraceAllocation): TraceAllocation[] {
  return upsertSorted(
    allocations,
    allocation,
    (a) => a,
    compareAllocations,
    () => allocation,
  );
}

const compareAllocations = (a: TraceAllocation, b: TraceAllocation): number =>
  compareStrings(a.lotId, b.lotId) || compareNumbers(a.size, b.size);
