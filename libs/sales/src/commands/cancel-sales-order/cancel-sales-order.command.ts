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

import { type CancelSalesOrder, salesOrderDecider } from '../../domain/sales-order.decider';

export class CancelSalesOrderCommand extends Command<CommandResult> {
  constructor(
    readonly data: CancelSalesOrder['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CancelSalesOrderCommand)
export class CancelSalesOrderHandler implements ICommandHandler<CancelSalesOrderCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: CancelSalesOrderCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('salesorder', data.orderId),
      salesOrderDecider,
      { type: 'CancelSalesOrder', data },
      context,
    );
  }
}
