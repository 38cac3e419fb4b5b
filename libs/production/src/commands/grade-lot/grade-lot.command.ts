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

import { type GradeLot, lotDecider } from '../../domain/lot.decider';

export class GradeLotCommand extends Command<CommandResult> {
  constructor(
    readonly data: GradeLot['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(GradeLotCommand)
export class GradeLotHandler implements ICommandHandler<GradeLotCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: GradeLotCommand): Promise<CommandResult> {
    return handleCommand(this.store, streamName('lot', data.lotId), lotDecider, { type: 'GradeLot', data }, context);
  }
}
