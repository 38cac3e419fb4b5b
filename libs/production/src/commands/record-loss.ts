import { IsBusinessDate, IsFreeText, IsWhole, MatchesPattern, SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { ID_PATTERN } from '@khai/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

import type { RecordLoss } from '../domain/lot.commands';
import { lot } from '../domain/lot.decider';
import { LOSS_REASONS, LOSS_STAGES, type LossReason, type LossStage } from '../domain/lot.events';

/** The lot id comes from the path. */
export class RecordLossDto {
  @ApiProperty({ example: 'LS-0001', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  lossId!: string;

  @ApiProperty({ enum: LOSS_STAGES, description: 'graded eggs not yet packed, or eggs already in trays' })
  @IsIn(LOSS_STAGES)
  stage!: LossStage;

  @ApiProperty({ enum: SIZE_CLASSES, description: 'TAS size class (เบอร์)' })
  @IsIn(SIZE_CLASSES)
  size!: SizeClass;

  @ApiProperty({ example: 12, description: 'whole eggs lost' })
  @IsWhole(1, 10_000_000)
  eggs!: number;

  @ApiProperty({ enum: LOSS_REASONS })
  @IsIn(LOSS_REASONS)
  reason!: LossReason;

  @ApiPropertyOptional({ example: 'crate dropped at the loading bay' })
  @IsOptional()
  @IsString()
  @IsFreeText()
  @MaxLength(500)
  note?: string;

  @ApiProperty({ example: '2026-11-25', description: 'ISO date of the loss; not before the grading' })
  @IsBusinessDate()
  recordedOn!: string;
}

export const recordLoss = lot.useCase({
  name: 'RecordLoss',
  streamId: (d: RecordLoss['data']) => d.lotId,
  http: { tag: 'production', roles: ['manager', 'staff'], path: '/lots/:lotId/losses', body: RecordLossDto },
});
