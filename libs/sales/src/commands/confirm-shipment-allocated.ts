import { shipment } from '../domain/aggregates';
import type { ConfirmShipmentAllocated } from '../domain/shipment.decider';

/** Sent by the shipment process manager once packed stock for every item is set aside. */
export const confirmShipmentAllocated = shipment.useCase({
  name: 'ConfirmShipmentAllocated',
  streamId: (d: ConfirmShipmentAllocated['data']) => d.shipmentId,
});
