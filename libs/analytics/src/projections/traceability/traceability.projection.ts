import type { SizeClass } from '@khai/contracts';
import type { RecordedEvent } from '@khai/event-sourcing';
import type { EggsCollected, PackedStockAllocated, PackedStockReleased } from '@khai/production';
import type { DocumentProjection, ProjectionTx } from '@khai/read-models';

export const TRACE_LOTS = 'trace_lots';
export const TRACE_ALLOCATIONS = 'trace_allocations';

export type TraceLotDoc = Pick<EggsCollected['data'], 'memberId' | 'farmId' | 'flockId' | 'collectedOn'>;
/** An allocation of a shipment's trays from a lot; 0 trays once released. */
export type TraceAllocationDoc = { shipmentId: string; lotId: string; size: number; trays: number; eggs: number };

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

export function allocationId(shipmentId: string, lotId: string, size: number): string {
  return `${shipmentId}/${lotId}/${size}`;
}

/**
 * Every tray of a shipment back to its lot, and the lot to its member, farm,
 * flock and day: one document per lot (its origin never changes) and one per
 * shipment, lot and size allocated; a release deletes the allocation.
 */
export const traceabilityProjection: DocumentProjection = {
  name: 'traceability',
  collections: [TRACE_LOTS, TRACE_ALLOCATIONS],
  handles: new Set(['EggsCollected', 'PackedStockAllocated', 'PackedStockReleased']),
  indexes: { [TRACE_ALLOCATIONS]: [{ fields: [['shipmentId', 1]] }] },

  apply(event: RecordedEvent, tx: ProjectionTx): void {
    switch (event.type) {
      case 'EggsCollected': {
        const { lotId, memberId, farmId, flockId, collectedOn } = (event as RecordedEvent<EggsCollected>).data;
        tx.put(TRACE_LOTS, lotId, { memberId, farmId, flockId, collectedOn });
        break;
      }
      case 'PackedStockAllocated': {
        const { shipmentId, lotId, size, trays, eggs } = (event as RecordedEvent<PackedStockAllocated>).data;
        tx.put(TRACE_ALLOCATIONS, allocationId(shipmentId, lotId, size), { shipmentId, lotId, size, trays, eggs });
        break;
      }
      case 'PackedStockReleased': {
        const { shipmentId, lotId, lines } = (event as RecordedEvent<PackedStockReleased>).data;
        // Kept as a release (no trays) rather than deleted: a document that is gone keeps no position, and the
        // allocation applied again (a replay) would bring it back; over a kept one, an older event is passed over.
        for (const line of lines) {
          const released = { shipmentId, lotId, size: line.size, trays: 0, eggs: 0 };
          tx.put(TRACE_ALLOCATIONS, allocationId(shipmentId, lotId, line.size), released);
        }
        break;
      }
    }
  },
};
