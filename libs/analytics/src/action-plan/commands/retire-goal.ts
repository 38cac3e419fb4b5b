import { IsBusinessDate } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';

import { actionPlanGoal, type RetireGoal } from '../domain/action-plan-goal.decider';
import { ReasonDto } from './goal-dto';

export class RetireGoalDto extends ReasonDto {
  @ApiProperty({ example: '2026-06-01' })
  @IsBusinessDate()
  retiredOn!: string;
}

/** Takes a goal out of the plan, with the reason; it stays in the log. */
export const retireGoal = actionPlanGoal.useCase({
  name: 'RetireGoal',
  streamId: (d: RetireGoal['data']) => d.goalId,
  http: {
    tag: 'analytics',
    roles: ['manager'],
    path: '/analytics/action-plan/goals/:goalId/retirement',
    body: RetireGoalDto,
  },
});
