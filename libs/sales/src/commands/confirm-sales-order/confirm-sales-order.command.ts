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

import { type ConfirmSalesOrder, salesOrderDecider } from '../../domain/sales-order.decider';

export class ConfirmSalesOrderCommand extends Command<CommandResult> {
  constructor(
    readonly data: ConfirmSalesOrder['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ConfirmSalesOrderCommand)
export class ConfirmSalesOrderHandler implements ICommandHandler<ConfirmSalesOrderCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: ConfirmSalesOrderCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('salesorder', data.orderId),
      salesOrderDecider,
      { type: 'ConfirmSalesOrder', data },
      context,
    );
  }
}
