import { KhaiError } from '@khai/event-sourcing';
import fc from 'fast-check';

import { goalCommands } from '../testing/action-plan-arbitraries';
import { applyAgain, dump, incremental, projectLog } from '../testing/harness';
import { ACTION_PLAN_GOALS, type GoalDoc } from './action-plan.projection';
import { type ActionPlanGoalCommand, actionPlanGoalDecider } from './domain/action-plan-goal.decider';
import type { ActionPlanGoalEvent } from './domain/action-plan-goal.events';
import type { ActionPlanGoalState } from './domain/action-plan-goal.state';
import { actionPlanProjections } from './index';

/** The commands through decide/evolve, one stream per goal; a typed refusal is a rejection. */
function run(commands: readonly ActionPlanGoalCommand[]) {
  const states = new Map<string, ActionPlanGoalState>();
  const log: ActionPlanGoalEvent[] = [];
  for (const command of commands) {
    const state = states.get(command.data.goalId) ?? actionPlanGoalDecider.initialState;
    try {
      const events = actionPlanGoalDecider.decide(command, state);
      states.set(command.data.goalId, events.reduce(actionPlanGoalDecider.evolve, state));
      log.push(...events);
    } catch (error) {
      if (!(error instanceof KhaiError)) throw error;
    }
  }
  return { states, log };
}

describe('action plan projection', () => {
  it('holds what the decider holds, and rebuild = incremental whatever the batches', async () => {
    await fc.assert(
      fc.asyncProperty(
        goalCommands,
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.integer({ min: 1, max: 7 }),
        async (commands, cuts, batch) => {
          const { states, log } = run(commands);
          const rebuilt = await projectLog(log, actionPlanProjections);
          const docs = await rebuilt.store.find<GoalDoc>(ACTION_PLAN_GOALS);
          expect(docs.map((d) => [d._id, d.status, d.target, d.deadline])).toEqual(
            [...states.entries()]
              .filter(([, s]) => s.status !== 'none')
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([id, s]) => (s.status === 'none' ? [] : [id, s.status, s.goal.target, s.goal.deadline])),
          );
          // Every event folded again from scratch gives the same states (replay determinism).
          for (const [id, state] of states) {
            const mine = log.filter((e) => e.data.goalId === id);
            expect(mine.reduce(actionPlanGoalDecider.evolve, actionPlanGoalDecider.initialState)).toEqual(state);
          }
          expect(await incremental(log, cuts, batch, actionPlanProjections)).toEqual(
            await dump(rebuilt.store, actionPlanProjections),
          );
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);

  it('applying an event twice changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(goalCommands, fc.nat(), fc.nat(), async (commands, a, b) => {
        const { store, events } = await projectLog(run(commands).log, actionPlanProjections);
        const all = await events.readAll({ maxCount: 1000 });
        const [from, to] = [a % (all.length + 1), b % (all.length + 1)].sort((x, y) => x - y) as [number, number];
        for (const projection of actionPlanProjections) {
          const before = await dump(store, [projection]);
          expect(await applyAgain(store, projection, all.slice(from, to))).toEqual(before);
          expect(await applyAgain(store, projection, all)).toEqual(before);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
