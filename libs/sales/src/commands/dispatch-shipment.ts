import { IsBusinessDate, IsFreeText } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

import { shipment } from '../domain/aggregates';
import type { DispatchShipment } from '../domain/shipment.decider';

/** The shipment id comes from the path. */
export class DispatchShipmentDto {
  @ApiProperty({ example: '2026-11-26' })
  @IsBusinessDate()
  dispatchedOn!: string;

  @ApiPropertyOptional({ example: 'ชม 1234', description: 'truck or plate' })
  @IsOptional()
  @IsString()
  @IsFreeText()
  @IsNotEmpty()
  @MaxLength(100)
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
