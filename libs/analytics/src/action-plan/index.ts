import type { DocumentProjection } from '@khai/read-models';

import { actionPlanProjection } from './action-plan.projection';
import { RetireGoalController, RetireGoalHandler } from './commands/retire-goal/retire-goal';
import { ReviseGoalController, ReviseGoalHandler } from './commands/revise-goal/revise-goal';
import { SetGoalHandler } from './commands/set-goal/set-goal.command';
import { SetGoalController } from './commands/set-goal/set-goal.controller';
import { ActionPlanController, GetActionPlanHandler } from './queries/get-action-plan/get-action-plan.query';

/**
 * For the lead to add to `analyticsProjections()` and `AnalyticsModule`. The
 * action plan reads its metrics from the negotiated-prices and member-income
 * handlers, so the module must also hold those (it does: `incomeProviders`).
 */
export const actionPlanProjections: DocumentProjection[] = [actionPlanProjection];
export const actionPlanControllers = [
  SetGoalController,
  ReviseGoalController,
  RetireGoalController,
  ActionPlanController,
];
export const actionPlanProviders = [SetGoalHandler, ReviseGoalHandler, RetireGoalHandler, GetActionPlanHandler];

export type { ActionPlanGoalEvent, GoalRetired, GoalRevised, GoalSet } from './domain/action-plan-goal.events';
export { GOAL_COMPARISONS, GOAL_METRICS, type GoalComparison, type GoalMetric } from './domain/action-plan-goal.events';
export { GetActionPlanQuery } from './queries/get-action-plan/get-action-plan.query';
