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

import { lotDecider, type VoidGrading } from '../../domain/lot.decider';

export class VoidGradingCommand extends Command<CommandResult> {
  constructor(
    readonly data: VoidGrading['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(VoidGradingCommand)
export class VoidGradingHandler implements ICommandHandler<VoidGradingCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: VoidGradingCommand): Promise<CommandResult> {
    return handleCommand(this.store, streamName('lot', data.lotId), lotDecider, { type: 'VoidGrading', data }, context);
  }
}
