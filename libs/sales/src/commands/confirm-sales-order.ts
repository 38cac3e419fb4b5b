import {
  ID_PATTERN,
  IsBusinessDate,
  IsSatangPerEgg,
  IsWhole,
  MatchesPattern,
  SIZE_CLASSES,
  type SizeClass,
} from '@khai/contracts';
import { happenedBy, plannedWithin } from '@khai/event-sourcing';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, ValidateNested } from 'class-validator';

import { priceNegotiation, salesOrder } from '../domain/aggregates';
import { requireAgreedPrices } from '../domain/references.rules';
import type { ConfirmSalesOrder } from '../domain/sales-order.decider';
import { PLANNING_HORIZON_DAYS, registeredBuyer } from './references';

export class SalesOrderLineDto {
  @ApiProperty({ enum: SIZE_CLASSES, description: 'TAS size class (เบอร์)' })
  @IsIn(SIZE_CLASSES)
  size!: SizeClass;

  @ApiProperty({ example: 66, description: 'trays (แผง) of 30 eggs' })
  @IsWhole(1, 1_000_000)
  trays!: number;

  @ApiProperty({ example: 365, description: 'satang per egg' })
  @IsSatangPerEgg()
  satangPerEgg!: number;
}

export class ConfirmSalesOrderDto {
  @ApiProperty({ example: 'SO-0001', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  orderId!: string;

  @ApiProperty({ example: 'B-makro-cm', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  buyerId!: string;

  @ApiPropertyOptional({
    example: 'N2026-makro-Q4',
    pattern: ID_PATTERN.source,
    description: 'the negotiation whose agreed prices apply; absent for a spot order',
  })
  @IsOptional()
  @MatchesPattern(ID_PATTERN)
  negotiationId?: string;

  @ApiProperty({ example: '2026-11-20' })
  @IsBusinessDate()
  orderedOn!: string;

  @ApiProperty({ example: '2026-11-26' })
  @IsBusinessDate()
  deliveryOn!: string;

  @ApiProperty({ type: [SalesOrderLineDto], description: 'one line per size class' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SIZE_CLASSES.length)
  @ValidateNested({ each: true })
  @Type(() => SalesOrderLineDto)
  lines!: SalesOrderLineDto[];
}

export const confirmSalesOrder = salesOrder.useCase({
  name: 'ConfirmSalesOrder',
  streamId: (d: ConfirmSalesOrder['data']) => d.orderId,
  checks: [
    happenedBy('orderedOn'),
    plannedWithin(PLANNING_HORIZON_DAYS, 'deliveryOn'),
    registeredBuyer,
    async (d, env) => {
      const { negotiationId } = d;
      if (negotiationId !== undefined)
        requireAgreedPrices({ ...d, negotiationId }, await env.state(priceNegotiation, negotiationId));
    },
  ],
  http: { tag: 'sales', roles: ['manager', { partner: 'buyerId' }], path: '/sales-orders', body: ConfirmSalesOrderDto },
});
