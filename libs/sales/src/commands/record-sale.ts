import { lotsHold } from '@khai/cluster';
import { ID_PATTERN, IsBusinessDate, IsWhole, MatchesPattern, SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, ValidateNested } from 'class-validator';

import { sale } from '../domain/aggregates';
import type { RecordSale } from '../domain/sale.decider';
import { registeredBuyer } from './references';

export class SaleLineDto {
  @ApiProperty({ enum: SIZE_CLASSES, description: 'TAS size class (เบอร์)' })
  @IsIn(SIZE_CLASSES)
  size!: SizeClass;

  @ApiProperty({ example: 1980 })
  @IsWhole(1, 10_000_000)
  eggs!: number;

  @ApiProperty({ example: 365, description: 'negotiated price, satang per egg' })
  @IsWhole(1, 100_000)
  satangPerEgg!: number;
}

export class RecordSaleDto {
  @ApiProperty({ example: 'S0001', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  saleId!: string;

  @ApiProperty({ example: 'B-makro-cm', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  buyerId!: string;

  @ApiProperty({ example: '2026-11-26', description: 'ISO date of the sale' })
  @IsBusinessDate()
  soldOn!: string;

  @ApiProperty({ type: [SaleLineDto], description: 'one line per size class sold' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SIZE_CLASSES.length)
  @ValidateNested({ each: true })
  @Type(() => SaleLineDto)
  lines!: SaleLineDto[];

  @ApiPropertyOptional({
    type: [String],
    example: ['L20261124-F01'],
    description:
      'the lots the eggs came from: each recorded and graded by soldOn, together holding the eggs sold of each ' +
      'size (422 lot_not_recorded, lot_not_graded, lots_do_not_hold); none for a sale at the gate',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @MatchesPattern(ID_PATTERN, { each: true })
  lotIds?: string[];
}

export const recordSale = sale.useCase({
  name: 'RecordSale',
  streamId: (d: RecordSale['data']) => d.saleId,
  checks: [happenedBy('soldOn'), registeredBuyer, (sold, env) => lotsHold(env, sold)],
  http: { tag: 'sales', roles: ['manager', 'staff'], path: '/sales', body: RecordSaleDto },
});
