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

import { feedInvoiceDecider, type RecordFeedInvoicePayment } from '../../domain/feed-invoice.decider';

export class RecordFeedInvoicePaymentCommand extends Command<CommandResult> {
  constructor(
    readonly data: RecordFeedInvoicePayment['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordFeedInvoicePaymentCommand)
export class RecordFeedInvoicePaymentHandler implements ICommandHandler<RecordFeedInvoicePaymentCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: RecordFeedInvoicePaymentCommand): Promise<CommandResult> {
    const stream = streamName('feedinvoice', data.invoiceId);
    return handleCommand(this.store, stream, feedInvoiceDecider, { type: 'RecordFeedInvoicePayment', data }, context);
  }
}
