import {
  type CommandContext,
  type CommandResult,
  EVENT_STORE,
  type EventStore,
  handleCommand,
  streamName,
} from '@khai/event-sourcing';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';

import { actionPlanGoalDecider, type SetGoal } from '../../domain/action-plan-goal.decider';

export const GOAL_CATEGORY = 'actionplangoal';

export class SetGoalCommand extends Command<CommandResult> {
  constructor(
    readonly data: SetGoal['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SetGoalCommand)
export class SetGoalHandler implements ICommandHandler<SetGoalCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: SetGoalCommand): Promise<CommandResult> {
    const stream = streamName(GOAL_CATEGORY, data.goalId);
    return handleCommand(this.store, stream, actionPlanGoalDecider, { type: 'SetGoal', data }, context);
  }
}
