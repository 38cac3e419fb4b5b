import type { SizeClass } from '@khai/contracts';
import type { RecordedEvent } from '@khai/event-sourcing';
import type { EggsCollected, PackedStockAllocated, PackedStockReleased } from '@khai/production';

import type { Projection } from '../../runner/projection';

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

type Origin = Pick<EggsCollected['data'], 'memberId' | 'farmId' | 'flockId' | 'collectedOn'>;

/** Every tray of a shipment back to its lot, and the lot to its member, farm, flock and day. */
export class TraceabilityProjection implements Projection {
  readonly name = 'traceability';
  position = 0;
  private readonly lots = new Map<string, Origin>();
  /** shipmentId → "lotId/size" → allocation */
  private readonly shipments = new Map<string, Map<string, PackedStockAllocated['data']>>();

  apply(event: RecordedEvent): void {
    if (event.position <= this.position) return;
    switch (event.type) {
      case 'EggsCollected': {
        const { lotId, memberId, farmId, flockId, collectedOn } = (event as RecordedEvent<EggsCollected>).data;
        this.lots.set(lotId, { memberId, farmId, flockId, collectedOn });
        break;
      }
      case 'PackedStockAllocated': {
        const a = (event as RecordedEvent<PackedStockAllocated>).data;
        const allocations = this.shipments.get(a.shipmentId) ?? new Map<string, PackedStockAllocated['data']>();
        allocations.set(`${a.lotId}/${a.size}`, a);
        this.shipments.set(a.shipmentId, allocations);
        break;
      }
      case 'PackedStockReleased': {
        const r = (event as RecordedEvent<PackedStockReleased>).data;
        const allocations = this.shipments.get(r.shipmentId);
        for (const line of r.lines) allocations?.delete(`${r.lotId}/${line.size}`);
        break;
      }
    }
    this.position = event.position;
  }

  /** The shipment's trays by lot and size, with their origin; empty when nothing is allocated to it. */
  trace(shipmentId: string): TracedTrays[] {
    const allocations = [...(this.shipments.get(shipmentId)?.values() ?? [])];
    return allocations
      .sort((a, b) => a.lotId.localeCompare(b.lotId) || a.size - b.size)
      .map((a) => {
        const origin = this.lots.get(a.lotId);
        return {
          lotId: a.lotId,
          size: a.size,
          trays: a.trays,
          eggs: a.eggs,
          memberId: origin?.memberId ?? null,
          farmId: origin?.farmId ?? null,
          flockId: origin?.flockId ?? null,
          collectedOn: origin?.collectedOn ?? null,
        };
      });
  }
}
