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

import { type MakeCounterOffer, priceNegotiationDecider } from '../../domain/price-negotiation.decider';

export class MakeCounterOfferCommand extends Command<CommandResult> {
  constructor(
    readonly data: MakeCounterOffer['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(MakeCounterOfferCommand)
export class MakeCounterOfferHandler implements ICommandHandler<MakeCounterOfferCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: MakeCounterOfferCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('pricenegotiation', data.negotiationId),
      priceNegotiationDecider,
      { type: 'MakeCounterOffer', data },
      context,
    );
  }
}
