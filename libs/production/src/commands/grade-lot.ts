import { REJECT_REASONS, type RejectReason, SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { DayField, ListField, OneOfField, WholeField } from '@khai/event-sourcing';

import type { GradeLot } from '../domain/lot.commands';
import { lot } from '../domain/lot.decider';
import { QUALITY_GRADES, type QualityGrade } from '../domain/lot.events';
import { DEFAULT_GRADED_SIZE_CLASSES, GRADED_SIZE_CLASSES } from './size-classes';

export class SizeCountDto {
  @OneOfField(SIZE_CLASSES, { description: 'TAS size class (เบอร์)' })
  size!: SizeClass;

  @WholeField(0, 10_000_000, { example: 1980 })
  eggs!: number;
}

export class RejectCountDto {
  @OneOfField(REJECT_REASONS, { description: 'why the eggs are not sold as graded' })
  reason!: RejectReason;

  @WholeField(0, 10_000_000, { example: 90 })
  eggs!: number;
}

/** The lot id comes from the path. */
export class GradeLotDto {
  @DayField({ example: '2026-11-25', description: 'ISO date of the grading; not before the collection' })
  gradedOn!: string;

  @OneOfField(QUALITY_GRADES, { default: 'A', description: 'quality grade of every graded egg', optional: true })
  grade?: QualityGrade;

  @ListField(
    SizeCountDto,
    { max: SIZE_CLASSES.length },
    { description: 'eggs per size class, each class at most once' },
  )
  sizes!: SizeCountDto[];

  @ListField(
    RejectCountDto,
    { max: REJECT_REASONS.length },
    { description: 'rejected eggs per reason, each reason at most once' },
  )
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
