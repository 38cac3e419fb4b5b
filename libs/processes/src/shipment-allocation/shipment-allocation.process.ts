import { KhaiError, type RecordedEvent, UseCaseRunner } from '@khai/event-sourcing';
import { allocatePackedStock, releasePackedStock } from '@khai/production';
import { confirmShipmentAllocated, refuseShipment, type ShipmentPlanned } from '@khai/sales';
import { Injectable } from '@nestjs/common';

import { commandContextFor, type Handling, type ProcessManager } from '../runner/process-manager';

/**
 * Nothing ships that was not packed: a planned shipment draws its trays from the
 * packed stock of the lots it names. All allocated → the shipment may dispatch;
 * any refused (not enough packed stock, unknown lot) → what was allocated is
 * released and the shipment is refused with the reason.
 */
@Injectable()
export class ShipmentAllocationProcess implements ProcessManager {
  readonly name = 'shipment-allocation';
  readonly handles = new Set(['ShipmentPlanned']);

  constructor(private readonly useCases: UseCaseRunner) {}

  // No `keyOf`: shipments drawing on the same lots take their stock in the order they were planned, so one
  // shipment's allocation waits for the one planned before.
  async handle(event: RecordedEvent, handling: Handling): Promise<void> {
    // The shipment confirmed or refused: every step of it was taken.
    if (handling.sent('confirm') || handling.sent('refuse')) return;
    const plan = (event as RecordedEvent<ShipmentPlanned>).data;
    const step = (name: string) => commandContextFor(this.name, event, name);
    try {
      for (const item of plan.items) {
        if (handling.sent(`allocate:${item.lotId}:${item.size}`)) continue;
        await this.useCases.run(
          allocatePackedStock,
          {
            lotId: item.lotId,
            shipmentId: plan.shipmentId,
            size: item.size,
            trays: item.trays,
            allocatedOn: plan.plannedOn,
          },
          step(`allocate:${item.lotId}:${item.size}`),
        );
      }
    } catch (error) {
      if (!(error instanceof KhaiError)) throw error;
      const reason = `${error.code}: ${error.message}`;
      for (const lotId of new Set(plan.items.map((i) => i.lotId))) {
        await this.release(lotId, plan, reason, step(`release:${lotId}`));
      }
      await this.useCases.run(
        refuseShipment,
        { shipmentId: plan.shipmentId, refusedOn: plan.plannedOn, reason },
        step('refuse'),
      );
      return;
    }
    await this.useCases.run(
      confirmShipmentAllocated,
      { shipmentId: plan.shipmentId, allocatedOn: plan.plannedOn },
      step('confirm'),
    );
  }

  /** A lot that refused (or does not exist) has nothing of this shipment to release. */
  private async release(
    lotId: string,
    plan: ShipmentPlanned['data'],
    reason: string,
    context: ReturnType<typeof commandContextFor>,
  ): Promise<void> {
    try {
      await this.useCases.run(
        releasePackedStock,
        { lotId, shipmentId: plan.shipmentId, reason: `shipment refused (${reason})`, releasedOn: plan.plannedOn },
        context,
      );
    } catch (error) {
      if (!(error instanceof KhaiError)) throw error;
    }
  }
}
