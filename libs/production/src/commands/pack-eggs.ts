import { EGGS_PER_TRAY, IsBusinessDate, IsWhole, MatchesPattern, SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { ID_PATTERN } from '@khai/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

import type { PackEggs } from '../domain/lot.commands';
import { lot } from '../domain/lot.decider';

/** The lot id comes from the path. */
export class PackEggsDto {
  @ApiProperty({ example: 'PK-0001', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  packId!: string;

  @ApiProperty({ enum: SIZE_CLASSES, description: 'TAS size class (เบอร์) of the graded eggs packed' })
  @IsIn(SIZE_CLASSES)
  size!: SizeClass;

  @ApiProperty({ example: 20, description: `whole trays (แผง) of ${EGGS_PER_TRAY} eggs` })
  @IsWhole(1, 1_000_000)
  trays!: number;

  @ApiProperty({ example: '2026-11-25', description: 'ISO date of the packing; not before the grading' })
  @IsBusinessDate()
  packedOn!: string;

  @ApiPropertyOptional({ example: 'C-0001', pattern: ID_PATTERN.source, description: 'the case packed into' })
  @IsOptional()
  @MatchesPattern(ID_PATTERN)
  caseId?: string;
}

export const packEggs = lot.useCase({
  name: 'PackEggs',
  streamId: (d: PackEggs['data']) => d.lotId,
  http: { tag: 'production', roles: ['manager', 'staff'], path: '/lots/:lotId/packs', body: PackEggsDto },
});
