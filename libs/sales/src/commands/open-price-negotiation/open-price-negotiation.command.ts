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

import { type OpenPriceNegotiation, priceNegotiationDecider } from '../../domain/price-negotiation.decider';

export class OpenPriceNegotiationCommand extends Command<CommandResult> {
  constructor(
    readonly data: OpenPriceNegotiation['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(OpenPriceNegotiationCommand)
export class OpenPriceNegotiationHandler implements ICommandHandler<OpenPriceNegotiationCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: OpenPriceNegotiationCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('pricenegotiation', data.negotiationId),
      priceNegotiationDecider,
      { type: 'OpenPriceNegotiation', data },
      context,
    );
  }
}
