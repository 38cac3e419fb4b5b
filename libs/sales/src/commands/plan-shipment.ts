import { SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { DayField, happenedBy, IdField, ListField, OneOfField, WholeField } from '@khai/event-sourcing';

import { salesOrder, shipment } from '../domain/aggregates';
import { requireConfirmedOrder } from '../domain/references.rules';
import type { PlanShipment } from '../domain/shipment.decider';
import { registeredBuyer } from './references';

export class ShipmentItemDto {
  @IdField({ example: 'L20261124-F01', description: 'the packed lot' })
  lotId!: string;

  @OneOfField(SIZE_CLASSES, { description: 'TAS size class (เบอร์)' })
  size!: SizeClass;

  @WholeField(1, 1_000_000, { example: 50, description: 'trays (แผง) of 30 eggs' })
  trays!: number;
}

export class PlanShipmentDto {
  @IdField({ example: 'SH-0001' })
  shipmentId!: string;

  @IdField({ example: 'SO-0001' })
  orderId!: string;

  @IdField({ example: 'B-makro-cm' })
  buyerId!: string;

  @DayField({ example: '2026-11-25' })
  plannedOn!: string;

  @ListField(ShipmentItemDto, { min: 1, max: 500 }, { description: 'trays per lot and size, each pair once' })
  items!: ShipmentItemDto[];
}

export const planShipment = shipment.useCase({
  name: 'PlanShipment',
  streamId: (d: PlanShipment['data']) => d.shipmentId,
  checks: [
    happenedBy('plannedOn'),
    registeredBuyer,
    async (d, env) => requireConfirmedOrder(d, await env.state(salesOrder, d.orderId)),
  ],
  http: {
    tag: 'sales',
    roles: ['manager', 'staff'],
    path: '/shipments',
    body: PlanShipmentDto,
    // The shipment-allocation process sets the packed stock aside, or refuses the shipment with the reason.
    pending: {
      what: 'the allocation of packed stock from the lots it names',
      location: (d) => `/shipments/${d.shipmentId}`,
    },
  },
});
