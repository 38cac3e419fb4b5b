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

import { lotDecider, type PackEggs } from '../../domain/lot.decider';

export class PackEggsCommand extends Command<CommandResult> {
  constructor(
    readonly data: PackEggs['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(PackEggsCommand)
export class PackEggsHandler implements ICommandHandler<PackEggsCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: PackEggsCommand): Promise<CommandResult> {
    return handleCommand(this.store, streamName('lot', data.lotId), lotDecider, { type: 'PackEggs', data }, context);
  }
}
