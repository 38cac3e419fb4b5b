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

import { feedNegotiationDecider, type ReceiveFeedQuote } from '../../domain/feed-negotiation.decider';

export class ReceiveFeedQuoteCommand extends Command<CommandResult> {
  constructor(
    readonly data: ReceiveFeedQuote['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ReceiveFeedQuoteCommand)
export class ReceiveFeedQuoteHandler implements ICommandHandler<ReceiveFeedQuoteCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: ReceiveFeedQuoteCommand): Promise<CommandResult> {
    const stream = streamName('feednegotiation', data.negotiationId);
    return handleCommand(this.store, stream, feedNegotiationDecider, { type: 'ReceiveFeedQuote', data }, context);
  }
}
