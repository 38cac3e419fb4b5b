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

import { lotDecider, type ProcessRejects } from '../../domain/lot.decider';

export class ProcessRejectsCommand extends Command<CommandResult> {
  constructor(
    readonly data: ProcessRejects['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ProcessRejectsCommand)
export class ProcessRejectsHandler implements ICommandHandler<ProcessRejectsCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: ProcessRejectsCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('lot', data.lotId),
      lotDecider,
      { type: 'ProcessRejects', data },
      context,
    );
  }
}
