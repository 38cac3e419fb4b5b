import type { RecordedEvent } from '@khai/event-sourcing';
import { RecordSalesOrderDispatchCommand, type ShipmentDispatched } from '@khai/sales';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';

import { commandContextFor, type ProcessManager } from '../runner/process-manager';

/** Tells the sales order that a shipment left against it, so it can no longer be cancelled. */
@Injectable()
export class OrderDispatchProcess implements ProcessManager {
  readonly name = 'order-dispatch';
  readonly handles = new Set(['ShipmentDispatched']);

  constructor(private readonly commands: CommandBus) {}

  async handle(event: RecordedEvent): Promise<void> {
    const { orderId, shipmentId, dispatchedOn } = (event as RecordedEvent<ShipmentDispatched>).data;
    await this.commands.execute(
      new RecordSalesOrderDispatchCommand(
        { orderId, shipmentId, dispatchedOn },
        commandContextFor(this.name, event, 'dispatch'),
      ),
    );
  }
}
