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

import { type RecordSalesOrderDispatch, salesOrderDecider } from '../../domain/sales-order.decider';

/**
 * Sent by the shipment process manager on ShipmentDispatched, so the order knows it can no
 * longer be cancelled; not an HTTP route.
 */
export class RecordSalesOrderDispatchCommand extends Command<CommandResult> {
  constructor(
    readonly data: RecordSalesOrderDispatch['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordSalesOrderDispatchCommand)
export class RecordSalesOrderDispatchHandler implements ICommandHandler<RecordSalesOrderDispatchCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: RecordSalesOrderDispatchCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('salesorder', data.orderId),
      salesOrderDecider,
      { type: 'RecordSalesOrderDispatch', data },
      context,
    );
  }
}
