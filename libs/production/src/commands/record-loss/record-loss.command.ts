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

import { lotDecider, type RecordLoss } from '../../domain/lot.decider';

export class RecordLossCommand extends Command<CommandResult> {
  constructor(
    readonly data: RecordLoss['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordLossCommand)
export class RecordLossHandler implements ICommandHandler<RecordLossCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: RecordLossCommand): Promise<CommandResult> {
    return handleCommand(this.store, streamName('lot', data.lotId), lotDecider, { type: 'RecordLoss', data }, context);
  }
}
