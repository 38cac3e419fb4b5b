import { type RecordedEvent, UseCaseRunner } from '@khai/event-sourcing';
import { recordSalesOrderDispatch, type ShipmentDispatched } from '@khai/sales';
import { Injectable } from '@nestjs/common';

import { commandContextFor, type Handling, type ProcessManager } from '../runner/process-manager';

/** Tells the sales order that a shipment left against it, so it can no longer be cancelled. */
@Injectable()
export class OrderDispatchProcess implements ProcessManager {
  readonly name = 'order-dispatch';
  readonly handles = new Set(['ShipmentDispatched']);

  constructor(private readonly useCases: UseCaseRunner) {}

  /** Each order's dispatches in log order; different orders' at the same time. */
  keyOf(event: RecordedEvent): string {
    return (event as RecordedEvent<ShipmentDispatched>).data.orderId;
  }

  async handle(event: RecordedEvent, handling: Handling): Promise<void> {
    if (handling.sent('dispatch')) return;
    const { orderId, shipmentId, dispatchedOn } = (event as RecordedEvent<ShipmentDispatched>).data;
    await this.useCases.run(
      recordSalesOrderDispatch,
      { orderId, shipmentId, dispatchedOn },
      commandContextFor(this.name, event, 'dispatch'),
    );
  }
}
