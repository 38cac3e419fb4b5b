import { ID_PATTERN, IsBusinessDate, IsWhole, MatchesPattern, SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { happenedBy, InvariantViolated, type UseCaseEnvironment } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, ValidateNested } from 'class-validator';

import { salesOrder, shipment } from '../domain/aggregates';
import type { PlanShipment } from '../domain/shipment.decider';
import { registeredBuyer, requireSameBuyer } from './references';

export class ShipmentItemDto {
  @ApiProperty({ example: 'L20261124-F01', pattern: ID_PATTERN.source, description: 'the packed lot' })
  @MatchesPattern(ID_PATTERN)
  lotId!: string;

  @ApiProperty({ enum: SIZE_CLASSES, description: 'TAS size class (เบอร์)' })
  @IsIn(SIZE_CLASSES)
  size!: SizeClass;

  @ApiProperty({ example: 50, description: 'trays (แผง) of 30 eggs' })
  @IsWhole(1, 1_000_000)
  trays!: number;
}

export class PlanShipmentDto {
  @ApiProperty({ example: 'SH-0001', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  shipmentId!: string;

  @ApiProperty({ example: 'SO-0001', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  orderId!: string;

  @ApiProperty({ example: 'B-makro-cm', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  buyerId!: string;

  @ApiProperty({ example: '2026-11-25' })
  @IsBusinessDate()
  plannedOn!: string;

  @ApiProperty({ type: [ShipmentItemDto], description: 'trays per lot and size, each pair once' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ShipmentItemDto)
  items!: ShipmentItemDto[];
}

/**
 * A shipment goes against a confirmed order, read from the order's stream: one neither
 * unknown nor cancelled (`sales_order_not_confirmed`, with its status), to the order's
 * buyer (`buyer_mismatch`), planned on or after the order day (`date_out_of_order`), and
 * of sizes the order has (`size_not_ordered`), no more trays of a size than it orders
 * (`more_than_ordered`).
 */
async function againstConfirmedOrder(d: PlanShipment['data'], env: UseCaseEnvironment): Promise<void> {
  const { orderId } = d;
  const state = await env.state(salesOrder, orderId);
  if (state.status !== 'confirmed') {
    throw new InvariantViolated(
      'sales_order_not_confirmed',
      state.status === 'none' ? `no sales order ${orderId} was confirmed` : `sales order ${orderId} was cancelled`,
      { orderId, orderStatus: state.status },
    );
  }
  const { order } = state;
  requireSameBuyer(d.buyerId, order.buyerId, `sales order ${orderId}`, { orderId });
  if (d.plannedOn < order.orderedOn) {
    throw new InvariantViolated('date_out_of_order', `sales order ${orderId} was ordered on ${order.orderedOn}`, {
      orderId,
      plannedOn: d.plannedOn,
      orderedOn: order.orderedOn,
    });
  }
  const ordered = new Map(order.lines.map((l) => [l.size, l.trays]));
  const shipped = new Map<SizeClass, number>();
  for (const item of d.items) shipped.set(item.size, (shipped.get(item.size) ?? 0) + item.trays);
  const sizes = [...shipped.keys()].sort((a, b) => a - b);
  const notOrdered = sizes.filter((size) => !ordered.has(size));
  if (notOrdered.length > 0) {
    throw new InvariantViolated('size_not_ordered', `sales order ${orderId} orders none of these sizes`, {
      orderId,
      sizes: notOrdered,
    });
  }
  const over = sizes.filter((size) => (shipped.get(size) ?? 0) > (ordered.get(size) ?? 0));
  if (over.length > 0) {
    throw new InvariantViolated('more_than_ordered', `the shipment carries more trays than sales order ${orderId}`, {
      orderId,
      sizes: over.map((size) => ({ size, trays: shipped.get(size), orderedTrays: ordered.get(size) })),
    });
  }
}

export const planShipment = shipment.useCase({
  name: 'PlanShipment',
  streamId: (d: PlanShipment['data']) => d.shipmentId,
  checks: [happenedBy('plannedOn'), registeredBuyer, againstConfirmedOrder],
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
