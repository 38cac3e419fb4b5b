import { useCaseControllers } from '@khai/event-sourcing';
import type { DocumentProjection } from '@khai/read-models';

import { actionPlanProjection } from './action-plan.projection';
import { retireGoal } from './commands/retire-goal';
import { reviseGoal } from './commands/revise-goal';
import { setGoal } from './commands/set-goal';
import { ActionPlanController, GetActionPlanHandler } from './queries/get-action-plan/get-action-plan.query';

/**
 * For the lead to add to `analyticsProjections()` and `AnalyticsModule`. The
 * action plan reads its metrics from the negotiated-prices and member-income
 * handlers, so the module must also hold those (it does: `incomeProviders`).
 */
export const actionPlanProjections: DocumentProjection[] = [actionPlanProjection];
export const actionPlanUseCases = [setGoal, reviseGoal, retireGoal];
export const actionPlanControllers = [...useCaseControllers(actionPlanUseCases), ActionPlanController];
export const actionPlanProviders = [GetActionPlanHandler];

export type { ActionPlanGoalEvent, GoalRetired, GoalRevised, GoalSet } from './domain/action-plan-goal.events';
export { GOAL_COMPARISONS, GOAL_METRICS, type GoalComparison, type GoalMetric } from './domain/action-plan-goal.events';
export { GetActionPlanQuery } from './queries/get-action-plan/get-action-plan.query';
