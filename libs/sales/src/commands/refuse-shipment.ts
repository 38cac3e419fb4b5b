import { shipment } from '../domain/aggregates';
import type { RefuseShipment } from '../domain/shipment.decider';

/** Sent by the shipment process manager when the packed stock is not there. */
export const refuseShipment = shipment.useCase({
  name: 'RefuseShipment',
  streamId: (d: RefuseShipment['data']) => d.shipmentId,
});
