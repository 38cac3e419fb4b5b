import { IsBusinessDate, IsLogPosition } from '@khai/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';

import { PCT_RULE } from '../../../metrics/rounding';
import {
  GOAL_COMPARISONS,
  GOAL_METRICS,
  type GoalComparison,
  type GoalMetric,
} from '../../domain/action-plan-goal.events';
import { GOAL_STATUSES, type GoalStatus } from '../../domain/goal-status';

export class ActionPlanParams {
  @ApiPropertyOptional({
    example: '2026-04-30',
    description: 'the day the goals are judged on; today in Bangkok if left out',
  })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;

  @ApiPropertyOptional({
    description:
      'read your writes: wait (up to 5 s) until the answer reflects this log position; 422 at once past the log’s head',
  })
  @IsOptional()
  @Type(() => Number)
  @IsLogPosition()
  minPosition?: number;
}

class WindowDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
}

export class GoalProgressDto {
  @ApiProperty() goalId!: string;
  @ApiProperty({ enum: GOAL_METRICS }) metric!: GoalMetric;
  @ApiProperty() target!: number;
  @ApiProperty({ enum: GOAL_COMPARISONS }) comparison!: GoalComparison;
  @ApiProperty() deadline!: string;
  @ApiProperty() owner!: string;
  @ApiProperty({ nullable: true, type: Number }) baseline!: number | null;
  @ApiProperty() windowDays!: number;
  @ApiPropertyOptional({ description: 'premium goals: the source of reference prices they are measured against' })
  referenceSource?: string;
  @ApiProperty() setOn!: string;
  @ApiProperty() revisions!: number;
  @ApiProperty({ type: WindowDto, description: 'the days the value was measured over' }) window!: WindowDto;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'the metric over the window, as its endpoint answers it: a _pct metric in percent to two decimals, a ' +
      '_satang one in whole satang, each rounded half away from zero; null when there was nothing to measure',
  })
  value!: number | null;
  @ApiProperty({
    enum: GOAL_STATUSES,
    description:
      'judged on the exact value, before it is rounded. met: the value satisfies the target; missed: not met ' +
      'and the deadline has passed; at_risk: not met and less than 25 % of the time from setting to deadline ' +
      'remains; on_track: otherwise',
  })
  status!: GoalStatus;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'how far the value has come from the baseline towards the target: (value − baseline) / (target − baseline) ' +
      `× 100, on the exact value; an at_least goal without baseline counts from 0; ${PCT_RULE}`,
  })
  progressPct!: number | null;
  @ApiProperty() daysRemaining!: number;
  @ApiProperty({
    description:
      'share of the time from setOn to the deadline that has passed, %; not met, the goal is on_track while progressPct is at least this, at_risk otherwise',
  })
  elapsedPct!: number;
}

export class ActionPlanDto {
  @ApiProperty() asOf!: string;
  @ApiProperty({ description: 'log position the answer reflects' }) position!: number;
  @ApiProperty({ type: [GoalProgressDto] }) goals!: GoalProgressDto[];
}
