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

import { type AgreePrice, priceNegotiationDecider } from '../../domain/price-negotiation.decider';

export class AgreePriceCommand extends Command<CommandResult> {
  constructor(
    readonly data: AgreePrice['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AgreePriceCommand)
export class AgreePriceHandler implements ICommandHandler<AgreePriceCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: AgreePriceCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('pricenegotiation', data.negotiationId),
      priceNegotiationDecider,
      { type: 'AgreePrice', data },
      context,
    );
  }
}
