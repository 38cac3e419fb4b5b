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

import { type RecordBuyerPayment, salesOrderDecider } from '../../domain/sales-order.decider';

export class RecordBuyerPaymentCommand extends Command<CommandResult> {
  constructor(
    readonly data: RecordBuyerPayment['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordBuyerPaymentCommand)
export class RecordBuyerPaymentHandler implements ICommandHandler<RecordBuyerPaymentCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: RecordBuyerPaymentCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('salesorder', data.orderId),
      salesOrderDecider,
      { type: 'RecordBuyerPayment', data },
      context,
    );
  }
}
