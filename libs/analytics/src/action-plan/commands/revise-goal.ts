import { IsBusinessDate, IsFreeText, IsNumberWithDecimals } from '@khai/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

import { actionPlanGoal, type ReviseGoal } from '../domain/action-plan-goal.decider';
import { GOAL_COMPARISONS, type GoalComparison } from '../domain/action-plan-goal.events';
import { IsReferenceSource, MAX_WINDOW_DAYS, ReasonDto, TARGET_LIMIT } from './goal-dto';

/** The fields to change; the rest stay. `baseline: null` clears the baseline. */
export class ReviseGoalDto extends ReasonDto {
  @ApiPropertyOptional({ example: 140 })
  @IsOptional()
  @IsNumberWithDecimals(2)
  @Min(-TARGET_LIMIT)
  @Max(TARGET_LIMIT)
  target?: number;

  @ApiPropertyOptional({ enum: GOAL_COMPARISONS })
  @IsOptional()
  @IsIn(GOAL_COMPARISONS)
  comparison?: GoalComparison;

  @ApiPropertyOptional({ example: '2027-06-30' })
  @IsOptional()
  @IsBusinessDate()
  deadline?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsFreeText()
  @IsNotEmpty()
  @MaxLength(200)
  owner?: string;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'null clears it' })
  @IsOptional()
  @IsNumberWithDecimals(2)
  @Min(-TARGET_LIMIT)
  @Max(TARGET_LIMIT)
  baseline?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_WINDOW_DAYS)
  windowDays?: number;

  @IsReferenceSource()
  referenceSource?: string;

  @ApiProperty({ example: '2026-03-01' })
  @IsBusinessDate()
  revisedOn!: string;
}

/** A change of a goal's target, comparison, deadline, owner, baseline or window, with the reason. */
export const reviseGoal = actionPlanGoal.useCase({
  name: 'ReviseGoal',
  streamId: (d: ReviseGoal['data']) => d.goalId,
  http: {
    tag: 'analytics',
    roles: ['manager'],
    path: '/analytics/action-plan/goals/:goalId/revisions',
    body: ReviseGoalDto,
  },
});
