import { IsBusinessDate, IsWhole, MatchesPattern, SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { ID_PATTERN } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

import type { AllocatePackedStock } from '../domain/lot.commands';
import { lot } from '../domain/lot.decider';

/** The lot id comes from the path. */
export class AllocatePackedStockDto {
  @ApiProperty({ example: 'SH-0001', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  shipmentId!: string;

  @ApiProperty({ enum: SIZE_CLASSES, description: 'TAS size class (เบอร์)' })
  @IsIn(SIZE_CLASSES)
  size!: SizeClass;

  @ApiProperty({ example: 10, description: 'packed trays reserved for the shipment' })
  @IsWhole(1, 1_000_000)
  trays!: number;

  @ApiProperty({ example: '2026-11-26', description: 'ISO date of the allocation; not before the grading' })
  @IsBusinessDate()
  allocatedOn!: string;
}

export const allocatePackedStock = lot.useCase({
  name: 'AllocatePackedStock',
  streamId: (d: AllocatePackedStock['data']) => d.lotId,
  http: {
    tag: 'production',
    roles: ['manager', 'staff'],
    path: '/lots/:lotId/allocations',
    body: AllocatePackedStockDto,
  },
});
