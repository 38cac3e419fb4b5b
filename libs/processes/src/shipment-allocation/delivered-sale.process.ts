import { EGGS_PER_TRAY } from '@khai/contracts';
import { EVENT_STORE, type EventStore, readState, type RecordedEvent, UseCaseRunner } from '@khai/event-sourcing';
import { type DeliveryConfirmed, recordSale, salesOrder, shipment } from '@khai/sales';
import { Inject, Injectable } from '@nestjs/common';

import { commandContextFor, type Handling, type ProcessManager } from '../runner/process-manager';

/**
 * A delivered shipment of a sales order is a sale: the eggs the buyer counted in,
 * at the prices the order agreed per size, on the day of delivery, from the lots
 * the shipment drew on. Recorded once, under the shipment's id, so nobody enters
 * it again by hand (POST /sales is for sales at the gate, without an order). A
 * sale already recorded by hand under that id with other facts stops this process
 * (409, shown in GET /processes): a double entry for a person to resolve.
 */
@Injectable()
export class DeliveredSaleProcess implements ProcessManager {
  readonly name = 'delivered-sale';
  readonly handles = new Set(['DeliveryConfirmed']);

  constructor(
    private readonly useCases: UseCaseRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** The sale is the shipment's: different shipments' sales are recorded at the same time. */
  keyOf(event: RecordedEvent): string {
    return (event as RecordedEvent<DeliveryConfirmed>).data.shipmentId;
  }

  async handle(event: RecordedEvent, handling: Handling): Promise<void> {
    if (handling.sent('sale')) return; // before the order and the shipment are read
    const delivery = (event as RecordedEvent<DeliveryConfirmed>).data;
    const [order, shipped] = await Promise.all([
      readState(this.store, salesOrder.stream(delivery.orderId), salesOrder.decider),
      readState(this.store, shipment.stream(delivery.shipmentId), shipment.decider),
    ]);
    if (order.state.status === 'none')
      throw new Error(`order ${delivery.orderId} of a delivered shipment is not in the log`);
    const prices = new Map(order.state.order.lines.map((l) => [l.size, l.satangPerEgg]));
    const lines = delivery.recount
      .filter((r) => r.recountedTrays > 0)
      .map((r) => {
        const satangPerEgg = prices.get(r.size);
        if (satangPerEgg === undefined) throw new Error(`order ${delivery.orderId} has no price for size ${r.size}`);
        return { size: r.size, eggs: r.recountedTrays * EGGS_PER_TRAY, satangPerEgg };
      });
    if (lines.length === 0) return; // nothing was taken in: nothing was sold
    const lotIds = shipped.state.status === 'none' ? [] : [...new Set(shipped.state.plan.items.map((i) => i.lotId))];
    await this.useCases.run(
      recordSale,
      {
        saleId: delivery.shipmentId,
        buyerId: delivery.buyerId,
        orderId: delivery.orderId,
        soldOn: delivery.deliveredOn,
        lines,
        lotIds,
      },
      commandContextFor(this.name, event, 'sale'),
    );
  }
}
