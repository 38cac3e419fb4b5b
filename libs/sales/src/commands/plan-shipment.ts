import { ID_PATTERN, IsBusinessDate, IsWhole, MatchesPattern, SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, ValidateNested } from 'class-validator';

import { salesOrder, shipment } from '../domain/aggregates';
import { requireConfirmedOrder } from '../domain/references.rules';
import type { PlanShipment } from '../domain/shipment.decider';
import { registeredBuyer } from './references';

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
