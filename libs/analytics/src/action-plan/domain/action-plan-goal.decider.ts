import { aggregate, assertNever, Conflict, type Decider, InvariantViolated, NotFound, sameFacts } from '@khai/core';

import type { ActionPlanGoalEvent, Goal, GoalComparison } from './action-plan-goal.events';
import { type ActionPlanGoalState, evolveActionPlanGoal, initialActionPlanGoalState } from './action-plan-goal.state';

export type SetGoal = { readonly type: 'SetGoal'; readonly data: Goal & { readonly setOn: string } };

/** The fields to change; those left out keep their value. The metric never changes: that is another goal. */
export type ReviseGoal = {
  readonly type: 'ReviseGoal';
  readonly data: {
    readonly goalId: string;
    readonly target?: number;
    readonly comparison?: GoalComparison;
    readonly deadline?: string;
    readonly owner?: string;
    readonly baseline?: number | null;
    readonly windowDays?: number;
    readonly referenceSource?: string;
    readonly reason: string;
    readonly revisedOn: string;
  };
};

export type RetireGoal = {
  readonly type: 'RetireGoal';
  readonly data: { readonly goalId: string; readonly reason: string; readonly retiredOn: string };
};

export type ActionPlanGoalCommand = SetGoal | ReviseGoal | RetireGoal;

/** Metrics whose values are shares, so a target outside 0 – 100 could never be met or missed. */
const PERCENT_SHARES: ReadonlySet<string> = new Set(['contract_share_pct', 'hen_day_production_pct_median']);

const PREMIUM = 'price_premium_pct';

/** What the value of a goal's metric can be: whole satang for money, 0 – 100 for shares. */
function checked(goal: Goal, setOn: string): Goal {
  for (const [field, value] of [
    ['target', goal.target],
    ['baseline', goal.baseline],
  ] as const) {
    if (value === null) continue;
    if (goal.metric.endsWith('_satang') && !Number.isInteger(value)) {
      throw new InvariantViolated('not_whole_satang', `${field} of ${goal.metric} must be whole satang`, {
        [field]: value,
      });
    }
    if (PERCENT_SHARES.has(goal.metric) && (value < 0 || value > 100)) {
      throw new InvariantViolated('share_out_of_range', `${field} of ${goal.metric} must be 0 – 100 %`, {
        [field]: value,
      });
    }
  }
  if (goal.metric === PREMIUM && goal.referenceSource === undefined) {
    throw new InvariantViolated(
      'reference_source_required',
      'a premium goal names the source of reference prices it is measured against',
      { metric: goal.metric },
    );
  }
  if (goal.metric !== PREMIUM && goal.referenceSource !== undefined) {
    throw new InvariantViolated('reference_source_not_applicable', `${goal.metric} is not measured against a source`, {
      metric: goal.metric,
      referenceSource: goal.referenceSource,
    });
  }
  if (goal.deadline < setOn) {
    throw new InvariantViolated('deadline_before_set', 'the deadline must not be before the goal was set', {
      deadline: goal.deadline,
      setOn,
    });
  }
  return goal;
}

function requireReason(reason: string): void {
  if (reason.trim() === '') throw new InvariantViolated('reason_required', 'a revision or retirement needs a reason');
}

function notFound(goalId: string): NotFound {
  return new NotFound(`no goal ${goalId} in the action plan`, { goalId }, 'goal_not_found');
}

function retired(goalId: string, retiredOn: string): Conflict {
  return new Conflict('goal_retired', `goal ${goalId} was retired on ${retiredOn}`, { goalId, retiredOn });
}

/**
 * A goal of the action plan: set once, revised with a reason, retired with a
 * reason. Setting the same goal again is a no-op, a different one under the
 * same id a conflict; a retired goal stays retired (set a new one instead).
 */
export const actionPlanGoalDecider: Decider<ActionPlanGoalCommand, ActionPlanGoalEvent, ActionPlanGoalState> = {
  initialState: initialActionPlanGoalState,
  evolve: evolveActionPlanGoal,
  decide(command, state) {
    switch (command.type) {
      case 'SetGoal': {
        const { setOn, ...goal } = command.data;
        if (state.status === 'retired') throw retired(goal.goalId, state.retiredOn);
        if (state.status === 'live') {
          if (sameFacts(state.goal, goal)) return [];
          throw new Conflict('goal_already_set', `goal ${goal.goalId} is set already; revise it with a reason`, {
            goalId: goal.goalId,
          });
        }
        return [{ type: 'GoalSet', data: { ...checked(goal, setOn), setOn } }];
      }
      case 'ReviseGoal': {
        const { goalId, reason, revisedOn, ...c } = command.data;
        if (state.status === 'none') throw notFound(goalId);
        if (state.status === 'retired') throw retired(goalId, state.retiredOn);
        const was = state.goal;
        const revised: Goal = {
          ...was,
          target: c.target ?? was.target,
          comparison: c.comparison ?? was.comparison,
          deadline: c.deadline ?? was.deadline,
          owner: c.owner ?? was.owner,
          // null clears the baseline; left out, it stays.
          baseline: c.baseline === undefined ? was.baseline : c.baseline,
          windowDays: c.windowDays ?? was.windowDays,
          ...((c.referenceSource ?? was.referenceSource) === undefined
            ? {}
            : { referenceSource: c.referenceSource ?? was.referenceSource }),
        };
        if (sameFacts(state.goal, revised)) return [];
        requireReason(reason);
        return [{ type: 'GoalRevised', data: { ...checked(revised, state.setOn), reason, revisedOn } }];
      }
      case 'RetireGoal': {
        const { goalId, reason, retiredOn } = command.data;
        if (state.status === 'none') throw notFound(goalId);
        if (state.status === 'retired') return [];
        requireReason(reason);
        if (retiredOn < state.setOn) {
          throw new InvariantViolated('retired_before_set', 'a goal cannot be retired before it was set', {
            retiredOn,
            setOn: state.setOn,
          });
        }
        return [{ type: 'GoalRetired', data: { goalId, reason, retiredOn } }];
      }
      default:
        return assertNever(command);
    }
  },
};

/** The action plan's goals live in the `actionplangoal` stream category. */
export const actionPlanGoal = aggregate('actionplangoal', actionPlanGoalDecider);
