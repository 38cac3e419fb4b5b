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

import { lotDecider, type ReleasePackedStock } from '../../domain/lot.decider';

export class ReleasePackedStockCommand extends Command<CommandResult> {
  constructor(
    readonly data: ReleasePackedStock['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ReleasePackedStockCommand)
export class ReleasePackedStockHandler implements ICommandHandler<ReleasePackedStockCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: ReleasePackedStockCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('lot', data.lotId),
      lotDecider,
      { type: 'ReleasePackedStock', data },
      context,
    );
  }
}
