import type { ActionPlanGoalEvent, Goal } from './action-plan-goal.events';

export type ActionPlanGoalState =
  | { readonly status: 'none' }
  | { readonly status: 'live'; readonly goal: Goal; readonly setOn: string; readonly revisions: number }
  | { readonly status: 'retired'; readonly goal: Goal; readonly setOn: string; readonly retiredOn: string };

export const initialActionPlanGoalState: ActionPlanGoalState = { status: 'none' };

/** The goal's fields of an event's data, without what only the event carries. */
export function goalOf(data: Goal): Goal {
  return {
    goalId: data.goalId,
    metric: data.metric,
    target: data.target,
    comparison: data.comparison,
    deadline: data.deadline,
    owner: data.owner,
    baseline: data.baseline,
    windowDays: data.windowDays,
    ...(data.referenceSource === undefined ? {} : { referenceSource: data.referenceSource }),
  };
}

export function evolveActionPlanGoal(state: ActionPlanGoalState, event: ActionPlanGoalEvent): ActionPlanGoalState {
  switch (event.type) {
    case 'GoalSet':
      return { status: 'live', goal: goalOf(event.data), setOn: event.data.setOn, revisions: 0 };
    case 'GoalRevised':
      if (state.status === 'none') return state;
      return {
        status: 'live',
        goal: goalOf(event.data),
        setOn: state.setOn,
        revisions: state.status === 'live' ? state.revisions + 1 : 1,
      };
    case 'GoalRetired':
      if (state.status === 'none') return state;
      return { status: 'retired', goal: state.goal, setOn: state.setOn, retiredOn: event.data.retiredOn };
  }
}
