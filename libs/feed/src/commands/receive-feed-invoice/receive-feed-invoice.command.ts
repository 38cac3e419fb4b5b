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

import { feedInvoiceDecider, type ReceiveFeedInvoice } from '../../domain/feed-invoice.decider';

export class ReceiveFeedInvoiceCommand extends Command<CommandResult> {
  constructor(
    readonly data: ReceiveFeedInvoice['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ReceiveFeedInvoiceCommand)
export class ReceiveFeedInvoiceHandler implements ICommandHandler<ReceiveFeedInvoiceCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: ReceiveFeedInvoiceCommand): Promise<CommandResult> {
    const stream = streamName('feedinvoice', data.invoiceId);
    return handleCommand(this.store, stream, feedInvoiceDecider, { type: 'ReceiveFeedInvoice', data }, context);
  }
}
