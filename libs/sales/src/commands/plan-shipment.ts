import { ID_PATTERN, IsBusinessDate, MatchesPattern, SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, Max, Min, ValidateNested } from 'class-validator';

import { shipment } from '../domain/aggregates';
import type { PlanShipment } from '../domain/shipment.decider';

export class ShipmentItemDto {
  @ApiProperty({ example: 'L20261124-F01', pattern: ID_PATTERN.source, description: 'the packed lot' })
  @MatchesPattern(ID_PATTERN)
  lotId!: string;

  @ApiProperty({ enum: SIZE_CLASSES, description: 'TAS size class (เบอร์)' })
  @IsIn(SIZE_CLASSES)
  size!: SizeClass;

  @ApiProperty({ example: 50, description: 'trays (แผง) of 30 eggs' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
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
  http: { tag: 'sales', path: '/shipments', body: PlanShipmentDto },
});
