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

import {
  type CloseFeedNegotiationWithoutAgreement,
  feedNegotiationDecider,
} from '../../domain/feed-negotiation.decider';

export class CloseFeedNegotiationWithoutAgreementCommand extends Command<CommandResult> {
  constructor(
    readonly data: CloseFeedNegotiationWithoutAgreement['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CloseFeedNegotiationWithoutAgreementCommand)
export class CloseFeedNegotiationWithoutAgreementHandler implements ICommandHandler<CloseFeedNegotiationWithoutAgreementCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: CloseFeedNegotiationWithoutAgreementCommand): Promise<CommandResult> {
    const stream = streamName('feednegotiation', data.negotiationId);
    return handleCommand(
      this.store,
      stream,
      feedNegotiationDecider,
      { type: 'CloseFeedNegotiationWithoutAgreement', data },
      context,
    );
  }
}
