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

import { priceNegotiationDecider, type ReceiveBuyerOffer } from '../../domain/price-negotiation.decider';

export class ReceiveBuyerOfferCommand extends Command<CommandResult> {
  constructor(
    readonly data: ReceiveBuyerOffer['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ReceiveBuyerOfferCommand)
export class ReceiveBuyerOfferHandler implements ICommandHandler<ReceiveBuyerOfferCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: ReceiveBuyerOfferCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('pricenegotiation', data.negotiationId),
      priceNegotiationDecider,
      { type: 'ReceiveBuyerOffer', data },
      context,
    );
  }
}
