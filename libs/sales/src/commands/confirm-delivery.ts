import { ID_PATTERN, IsBusinessDate, IsWhole, MatchesPattern, SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, ValidateNested } from 'class-validator';

import { shipment } from '../domain/aggregates';
import type { ConfirmDelivery } from '../domain/shipment.decider';
import { CLAIM_REASONS, type ClaimReason } from '../domain/shipment.events';
import { shipmentsBuyer } from './references';

/** The delivery report and, when it says, the buyer who received it (a buyer's Kafka message always does). */
export type ConfirmDeliveryInput = ConfirmDelivery['data'] & { readonly buyerId?: string };

export class RecountDto {
  @ApiProperty({ enum: SIZE_CLASSES, description: 'TAS size class (เบอร์)' })
  @IsIn(SIZE_CLASSES)
  size!: SizeClass;

  @ApiProperty({ example: 64, description: 'trays the buyer counted' })
  @IsWhole(0, 1_000_000)
  trays!: number;
}

export class ClaimDto {
  @ApiProperty({ enum: CLAIM_REASONS })
  @IsIn(CLAIM_REASONS)
  reason!: ClaimReason;

  @ApiProperty({ enum: SIZE_CLASSES, description: 'TAS size class (เบอร์)' })
  @IsIn(SIZE_CLASSES)
  size!: SizeClass;

  @ApiProperty({ example: 12, description: 'eggs claimed' })
  @IsWhole(1, 100_000_000)
  eggs!: number;

  @ApiProperty({ example: 4_140, description: 'satang claimed' })
  @IsWhole(0, Number.MAX_SAFE_INTEGER)
  amountSatang!: number;
}

/** The shipment id comes from the path. */
export class ConfirmDeliveryDto {
  @ApiPropertyOptional({
    example: 'B-makro-cm',
    pattern: ID_PATTERN.source,
    description: "the buyer who received the shipment, when it says: it must be the shipment's buyer",
  })
  @IsOptional()
  @MatchesPattern(ID_PATTERN)
  buyerId?: string;

  @ApiProperty({ example: '2026-11-26' })
  @IsBusinessDate()
  deliveredOn!: string;

  @ApiProperty({ type: [RecountDto], description: "the buyer's count, one line per shipped size" })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SIZE_CLASSES.length)
  @ValidateNested({ each: true })
  @Type(() => RecountDto)
  recount!: RecountDto[];

  @ApiProperty({ type: [ClaimDto], description: 'claims per reason and size; may be empty' })
  @IsArray()
  @ArrayMaxSize(SIZE_CLASSES.length * CLAIM_REASONS.length)
  @ValidateNested({ each: true })
  @Type(() => ClaimDto)
  claims!: ClaimDto[];
}

export const confirmDelivery = shipment.useCase({
  name: 'ConfirmDelivery',
  streamId: (d: ConfirmDeliveryInput) => d.shipmentId,
  checks: [happenedBy('deliveredOn'), shipmentsBuyer],
  command: ({ buyerId: _receiver, ...data }: ConfirmDeliveryInput) => ({ type: 'ConfirmDelivery', data }),
  http: {
    tag: 'sales',
    roles: ['manager', 'staff', { partner: 'buyerId' }],
    path: '/shipments/:shipmentId/delivery',
    body: ConfirmDeliveryDto,
  },
});
