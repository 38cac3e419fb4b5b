import { ID_PATTERN, IsBusinessDate, IsFreeText, IsNumberWithDecimals, MatchesPattern } from '@khai/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

import { actionPlanGoal } from '../domain/action-plan-goal.decider';
import {
  GOAL_COMPARISONS,
  GOAL_METRICS,
  type GoalComparison,
  type GoalMetric,
} from '../domain/action-plan-goal.events';
import { IsReferenceSource, MAX_WINDOW_DAYS, TARGET_LIMIT } from './goal-dto';

export class SetGoalDto {
  @ApiProperty({ example: 'G-2026-IOFC' })
  @MatchesPattern(ID_PATTERN)
  goalId!: string;

  @ApiProperty({ enum: GOAL_METRICS })
  @IsIn(GOAL_METRICS)
  metric!: GoalMetric;

  @ApiProperty({ example: 140, description: 'in the metric’s unit: % (two decimals) or whole satang' })
  @IsNumberWithDecimals(2)
  @Min(-TARGET_LIMIT)
  @Max(TARGET_LIMIT)
  target!: number;

  @ApiProperty({ enum: GOAL_COMPARISONS })
  @IsIn(GOAL_COMPARISONS)
  comparison!: GoalComparison;

  @ApiProperty({ example: '2026-12-31' })
  @IsBusinessDate()
  deadline!: string;

  @ApiProperty({ example: 'CDA Chiang Mai' })
  @IsString()
  @IsFreeText()
  @IsNotEmpty()
  @MaxLength(200)
  owner!: string;

  @ApiPropertyOptional({ example: 120, description: 'the metric’s value when the goal was set' })
  @IsOptional()
  @IsNumberWithDecimals(2)
  @Min(-TARGET_LIMIT)
  @Max(TARGET_LIMIT)
  baseline?: number;

  @ApiPropertyOptional({ default: 30, description: 'the metric is measured over this many days up to the day asked' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_WINDOW_DAYS)
  windowDays?: number;

  @IsReferenceSource()
  referenceSource?: string;

  @ApiProperty({ example: '2026-01-05', description: 'the day the goal was agreed' })
  @IsBusinessDate()
  setOn!: string;
}

/** How long the metric is measured over when the goal does not say. */
export const DEFAULT_WINDOW_DAYS = 30;

/** A goal of the action plan: metric, target, comparison, deadline, owner and, where known, its baseline. */
export const setGoal = actionPlanGoal.useCase({
  name: 'SetGoal',
  streamId: (d: SetGoalDto) => d.goalId,
  command: (d) => ({
    type: 'SetGoal',
    data: { ...d, baseline: d.baseline ?? null, windowDays: d.windowDays ?? DEFAULT_WINDOW_DAYS },
  }),
  http: { tag: 'analytics', roles: ['manager'], path: '/analytics/action-plan/goals', body: SetGoalDto },
});
