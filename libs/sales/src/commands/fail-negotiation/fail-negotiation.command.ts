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

import { type FailNegotiation, priceNegotiationDecider } from '../../domain/price-negotiation.decider';

export class FailNegotiationCommand extends Command<CommandResult> {
  constructor(
    readonly data: FailNegotiation['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(FailNegotiationCommand)
export class FailNegotiationHandler implements ICommandHandler<FailNegotiationCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: FailNegotiationCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('pricenegotiation', data.negotiationId),
      priceNegotiationDecider,
      { type: 'FailNegotiation', data },
      context,
    );
  }
}
