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

import { type RecordSale, saleDecider } from '../../domain/sale.decider';

export class RecordSaleCommand extends Command<CommandResult> {
  constructor(
    readonly data: RecordSale['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordSaleCommand)
export class RecordSaleHandler implements ICommandHandler<RecordSaleCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: RecordSaleCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('sale', data.saleId),
      saleDecider,
      { type: 'RecordSale', data },
      context,
    );
  }
}
