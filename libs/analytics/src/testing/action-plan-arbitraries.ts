import fc from 'fast-check';

import type { ActionPlanGoalCommand } from '../action-plan/domain/action-plan-goal.decider';
import { GOAL_COMPARISONS, GOAL_METRICS } from '../action-plan/domain/action-plan-goal.events';

const goalId = fc.constantFrom('G1', 'G2', 'G3');
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`);
const target = fc.integer({ min: -20, max: 120 });
const reason = fc.constantFrom('new data', '', 'board decision');

/** Random commands of the action plan, ids from a small pool so that repeats, clashes and retirements happen. */
export const goalCommands: fc.Arbitrary<ActionPlanGoalCommand[]> = fc.array(
  fc.oneof(
    fc
      .tuple(goalId, fc.constantFrom(...GOAL_METRICS), target, fc.constantFrom(...GOAL_COMPARISONS), day, day)
      .map(([id, metric, t, comparison, setOn, deadline]) => ({
        type: 'SetGoal' as const,
        data: {
          goalId: id,
          metric,
          target: t,
          comparison,
          deadline,
          owner: 'CDA',
          baseline: null,
          windowDays: 30,
          setOn,
        },
      })),
    fc
      .tuple(goalId, fc.option(target, { nil: undefined }), fc.option(day, { nil: undefined }), reason, day)
      .map(([id, t, deadline, r, revisedOn]) => ({
        type: 'ReviseGoal' as const,
        data: {
          goalId: id,
          ...(t === undefined ? {} : { target: t }),
          ...(deadline === undefined ? {} : { deadline }),
          reason: r,
          revisedOn,
        },
      })),
    fc
      .tuple(goalId, reason, day)
      .map(([id, r, retiredOn]) => ({ type: 'RetireGoal' as const, data: { goalId: id, reason: r, retiredOn } })),
  ),
  { maxLength: 30 },
);
