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

import { type AllocatePackedStock, lotDecider } from '../../domain/lot.decider';

export class AllocatePackedStockCommand extends Command<CommandResult> {
  constructor(
    readonly data: AllocatePackedStock['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AllocatePackedStockCommand)
export class AllocatePackedStockHandler implements ICommandHandler<AllocatePackedStockCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: AllocatePackedStockCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('lot', data.lotId),
      lotDecider,
      { type: 'AllocatePackedStock', data },
      context,
    );
  }
}
