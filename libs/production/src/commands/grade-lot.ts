import {
  IsBusinessDate,
  IsWhole,
  REJECT_REASONS,
  type RejectReason,
  SIZE_CLASSES,
  type SizeClass,
} from '@khai/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, ValidateNested } from 'class-validator';

import type { GradeLot } from '../domain/lot.commands';
import { lot } from '../domain/lot.decider';
import { QUALITY_GRADES, type QualityGrade } from '../domain/lot.events';
import { DEFAULT_GRADED_SIZE_CLASSES, GRADED_SIZE_CLASSES } from './size-classes';

export class SizeCountDto {
  @ApiProperty({ enum: SIZE_CLASSES, description: 'TAS size class (เบอร์)' })
  @IsIn(SIZE_CLASSES)
  size!: SizeClass;

  @ApiProperty({ example: 1980 })
  @IsWhole(0, 10_000_000)
  eggs!: number;
}

export class RejectCountDto {
  @ApiProperty({ enum: REJECT_REASONS, description: 'why the eggs are not sold as graded' })
  @IsIn(REJECT_REASONS)
  reason!: RejectReason;

  @ApiProperty({ example: 90 })
  @IsWhole(0, 10_000_000)
  eggs!: number;
}

/** The lot id comes from the path. */
export class GradeLotDto {
  @ApiProperty({ example: '2026-11-25', description: 'ISO date of the grading; not before the collection' })
  @IsBusinessDate()
  gradedOn!: string;

  @ApiPropertyOptional({ enum: QUALITY_GRADES, default: 'A', description: 'quality grade of every graded egg' })
  @IsOptional()
  @IsIn(QUALITY_GRADES)
  grade?: QualityGrade;

  @ApiProperty({ type: [SizeCountDto], description: 'eggs per size class, each class at most once' })
  @IsArray()
  @ArrayMaxSize(SIZE_CLASSES.length)
  @ValidateNested({ each: true })
  @Type(() => SizeCountDto)
  sizes!: SizeCountDto[];

  @ApiProperty({ type: [RejectCountDto], description: 'rejected eggs per reason, each reason at most once' })
  @IsArray()
  @ArrayMaxSize(REJECT_REASONS.length)
  @ValidateNested({ each: true })
  @Type(() => RejectCountDto)
  rejects!: RejectCountDto[];
}

export const gradeLot = lot.useCase({
  name: 'GradeLot',
  streamId: (d: Omit<GradeLot['data'], 'sizeClasses'>) => d.lotId,
  command: (data, env) => ({
    type: 'GradeLot',
    data: { ...data, sizeClasses: env.setting(GRADED_SIZE_CLASSES, DEFAULT_GRADED_SIZE_CLASSES) },
  }),
  http: { tag: 'production', roles: ['manager', 'staff'], path: '/lots/:lotId/grading', body: GradeLotDto },
});
