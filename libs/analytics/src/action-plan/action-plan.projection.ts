import type { RecordedEvent } from '@khai/event-sourcing';
import type { DocumentKey, DocumentProjection, ProjectionTx } from '@khai/read-models';

import type { ActionPlanGoalEvent } from './domain/action-plan-goal.events';
import { goalOf } from './domain/action-plan-goal.state';

export const ACTION_PLAN_GOALS = 'action_plan_goals';

export type GoalDoc = {
  goalId: string;
  metric: string;
  target: number;
  comparison: string;
  deadline: string;
  owner: string;
  baseline: number | null;
  windowDays: number;
  /** Premium goals: the reference source they are measured against (absent: every source). */
  referenceSource?: string;
  setOn: string;
  revisions: number;
  status: 'live' | 'retired';
  retiredOn: string | null;
};

/** The action plan's goals as they stand, one document each, computed from its previous version and the event. */
export const actionPlanProjection: DocumentProjection = {
  name: 'action-plan',
  collections: [ACTION_PLAN_GOALS],
  handles: new Set(['GoalSet', 'GoalRevised', 'GoalRetired']),
  indexes: { [ACTION_PLAN_GOALS]: [{ fields: [['status', 1]] }] },

  keys: (event: RecordedEvent): readonly DocumentKey[] => [
    { collection: ACTION_PLAN_GOALS, id: (event as RecordedEvent<ActionPlanGoalEvent>).data.goalId },
  ],

  async apply(event: RecordedEvent, tx: ProjectionTx): Promise<void> {
    const e = { type: event.type, data: event.data } as ActionPlanGoalEvent;
    const id = e.data.goalId;
    if (e.type === 'GoalSet') {
      if (await tx.get(ACTION_PLAN_GOALS, id)) return;
      tx.put(ACTION_PLAN_GOALS, id, {
        ...goalOf(e.data),
        setOn: e.data.setOn,
        revisions: 0,
        status: 'live',
        retiredOn: null,
      });
      return;
    }
    const current = await tx.get<GoalDoc>(ACTION_PLAN_GOALS, id);
    if (!current) return;
    const { _id, _position, ...doc } = current;
    if (e.type === 'GoalRevised') {
      tx.put(ACTION_PLAN_GOALS, id, { ...doc, ...goalOf(e.data), revisions: doc.revisions + 1 });
      return;
    }
    tx.put(ACTION_PLAN_GOALS, id, { ...doc, status: 'retired', retiredOn: e.data.retiredOn });
  },
};
