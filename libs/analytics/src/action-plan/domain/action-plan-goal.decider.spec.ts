import { Conflict, InvariantViolated, NotFound } from '@khai/core';
import { given } from '@khai/testing';

import { actionPlanGoalDecider, type RetireGoal, type ReviseGoal, type SetGoal } from './action-plan-goal.decider';
import type { GoalRetired, GoalRevised, GoalSet } from './action-plan-goal.events';

const goal = {
  goalId: 'G-IOFC',
  metric: 'iofc_per_hen_day_median_satang' as const,
  target: 150,
  comparison: 'at_least' as const,
  deadline: '2026-12-31',
  owner: 'CDA Chiang Mai',
  baseline: 120,
  windowDays: 30,
};
const set: SetGoal = { type: 'SetGoal', data: { ...goal, setOn: '2026-01-05' } };
const wasSet: GoalSet = { type: 'GoalSet', data: { ...goal, setOn: '2026-01-05' } };
const revise: ReviseGoal = {
  type: 'ReviseGoal',
  data: { goalId: 'G-IOFC', target: 140, reason: 'feed prices rose', revisedOn: '2026-03-01' },
};
const wasRevised: GoalRevised = {
  type: 'GoalRevised',
  data: { ...goal, target: 140, reason: 'feed prices rose', revisedOn: '2026-03-01' },
};
const retire: RetireGoal = {
  type: 'RetireGoal',
  data: { goalId: 'G-IOFC', reason: 'merged into the cost goal', retiredOn: '2026-06-01' },
};
const wasRetired: GoalRetired = { type: 'GoalRetired', data: retire.data };

describe('setting a goal', () => {
  it('puts the goal into the plan', () => {
    given(actionPlanGoalDecider).when(set).then([wasSet]);
  });

  it('is a no-op when the same goal is set again', () => {
    given(actionPlanGoalDecider, [wasSet]).when(set).thenNothing();
    given(actionPlanGoalDecider, [wasSet, wasRevised])
      .when({ type: 'SetGoal', data: { ...set.data, target: 140 } })
      .thenNothing();
  });

  it('refuses a different goal under the same id, and any goal under a retired id', () => {
    given(actionPlanGoalDecider, [wasSet])
      .when({ type: 'SetGoal', data: { ...set.data, target: 160 } })
      .thenThrows(Conflict, 'goal_already_set');
    given(actionPlanGoalDecider, [wasSet, wasRetired]).when(set).thenThrows(Conflict, 'goal_retired');
  });

  it('measures a premium goal against the reference source it names, and only a premium goal', () => {
    const premium = { ...set.data, goalId: 'G-PREM', metric: 'price_premium_pct' as const, target: 0, baseline: -5 };
    given(actionPlanGoalDecider)
      .when({ type: 'SetGoal', data: premium })
      .thenThrows(InvariantViolated, 'reference_source_required');
    given(actionPlanGoalDecider)
      .when({ type: 'SetGoal', data: { ...premium, referenceSource: 'coop-network' } })
      .then([{ type: 'GoalSet', data: { ...premium, referenceSource: 'coop-network' } }]);
    given(actionPlanGoalDecider)
      .when({ type: 'SetGoal', data: { ...set.data, referenceSource: 'coop-network' } })
      .thenThrows(InvariantViolated, 'reference_source_not_applicable');
    // A premium goal set before sources were asked for is given one by a revision.
    const { setOn: _setOn, ...goalOfPremium } = premium;
    given(actionPlanGoalDecider, [{ type: 'GoalSet', data: premium }])
      .when({ type: 'ReviseGoal', data: { ...revise.data, goalId: 'G-PREM', target: 1, referenceSource: 'dit' } })
      .then([
        {
          type: 'GoalRevised',
          data: {
            ...goalOfPremium,
            target: 1,
            referenceSource: 'dit',
            reason: 'feed prices rose',
            revisedOn: '2026-03-01',
          },
        } as unknown as GoalRevised,
      ]);
  });

  it('refuses a deadline before the day it is set, part satang, and a share past 100 %', () => {
    given(actionPlanGoalDecider)
      .when({ type: 'SetGoal', data: { ...set.data, deadline: '2026-01-04' } })
      .thenThrows(InvariantViolated, 'deadline_before_set');
    given(actionPlanGoalDecider)
      .when({ type: 'SetGoal', data: { ...set.data, target: 150.5 } })
      .thenThrows(InvariantViolated, 'not_whole_satang');
    given(actionPlanGoalDecider)
      .when({ type: 'SetGoal', data: { ...set.data, metric: 'contract_share_pct', target: 101 } })
      .thenThrows(InvariantViolated, 'share_out_of_range');
  });

  it('takes part percents for a premium, negative ones too', () => {
    const premium = {
      ...set.data,
      metric: 'price_premium_pct' as const,
      target: 1.5,
      baseline: -2.25,
      referenceSource: 'coop-network',
    };
    given(actionPlanGoalDecider)
      .when({ type: 'SetGoal', data: premium })
      .then([{ type: 'GoalSet', data: premium }]);
  });
});

describe('revising a goal', () => {
  it('records the whole revised goal with its reason', () => {
    given(actionPlanGoalDecider, [wasSet]).when(revise).then([wasRevised]);
  });

  it('clears the baseline with null and keeps what is left out', () => {
    given(actionPlanGoalDecider, [wasSet])
      .when({
        type: 'ReviseGoal',
        data: { goalId: 'G-IOFC', baseline: null, reason: 'unsure', revisedOn: '2026-03-01' },
      })
      .then([{ type: 'GoalRevised', data: { ...goal, baseline: null, reason: 'unsure', revisedOn: '2026-03-01' } }]);
  });

  it('is a no-op when nothing changes', () => {
    given(actionPlanGoalDecider, [wasSet, wasRevised]).when(revise).thenNothing();
  });

  it('refuses an unknown or retired goal, a missing reason, and a deadline before the goal was set', () => {
    given(actionPlanGoalDecider).when(revise).thenThrows(NotFound, 'goal_not_found');
    given(actionPlanGoalDecider, [wasSet, wasRetired]).when(revise).thenThrows(Conflict, 'goal_retired');
    given(actionPlanGoalDecider, [wasSet])
      .when({ type: 'ReviseGoal', data: { ...revise.data, reason: '  ' } })
      .thenThrows(InvariantViolated, 'reason_required');
    given(actionPlanGoalDecider, [wasSet])
      .when({ type: 'ReviseGoal', data: { ...revise.data, deadline: '2025-12-31' } })
      .thenThrows(InvariantViolated, 'deadline_before_set');
  });
});

describe('retiring a goal', () => {
  it('takes the goal out of the plan with its reason', () => {
    given(actionPlanGoalDecider, [wasSet, wasRevised]).when(retire).then([wasRetired]);
  });

  it('is a no-op for a goal retired already', () => {
    given(actionPlanGoalDecider, [wasSet, wasRetired]).when(retire).thenNothing();
  });

  it('refuses an unknown goal, a missing reason, and a day before the goal was set', () => {
    given(actionPlanGoalDecider).when(retire).thenThrows(NotFound, 'goal_not_found');
    given(actionPlanGoalDecider, [wasSet])
      .when({ type: 'RetireGoal', data: { ...retire.data, reason: '' } })
      .thenThrows(InvariantViolated, 'reason_required');
    given(actionPlanGoalDecider, [wasSet])
      .when({ type: 'RetireGoal', data: { ...retire.data, retiredOn: '2026-01-01' } })
      .thenThrows(InvariantViolated, 'retired_before_set');
  });
});
