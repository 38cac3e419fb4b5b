import { DayField, happenedBy, TextField } from '@khai/event-sourcing';

import { shipment } from '../domain/aggregates';
import type { DispatchShipment } from '../domain/shipment.decider';

/** The shipment id comes from the path. */
export class DispatchShipmentDto {
  @DayField({ example: '2026-11-26' })
  dispatchedOn!: string;

  @TextField(100, { example: 'ชม 1234', description: 'truck or plate', optional: true })
  vehicle?: string;
}

export const dispatchShipment = shipment.useCase({
  name: 'DispatchShipment',
  streamId: (d: DispatchShipment['data']) => d.shipmentId,
  checks: [happenedBy('dispatchedOn')],
  http: {
    tag: 'sales',
    roles: ['manager', 'staff'],
    path: '/shipments/:shipmentId/dispatch',
    body: DispatchShipmentDto,
  },
});
