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

import { type CullFlock, flockDecider } from '../../domain/flock.decider';

export class CullFlockCommand extends Command<CommandResult> {
  constructor(
    readonly data: CullFlock['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CullFlockCommand)
export class CullFlockHandler implements ICommandHandler<CullFlockCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: CullFlockCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('flock', data.flockId),
      flockDecider,
      { type: 'CullFlock', data },
      context,
    );
  }
}
