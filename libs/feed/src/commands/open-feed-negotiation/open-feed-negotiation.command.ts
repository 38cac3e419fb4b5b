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

import { feedNegotiationDecider, type OpenFeedNegotiation } from '../../domain/feed-negotiation.decider';

export class OpenFeedNegotiationCommand extends Command<CommandResult> {
  constructor(
    readonly data: OpenFeedNegotiation['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(OpenFeedNegotiationCommand)
export class OpenFeedNegotiationHandler implements ICommandHandler<OpenFeedNegotiationCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: OpenFeedNegotiationCommand): Promise<CommandResult> {
    const stream = streamName('feednegotiation', data.negotiationId);
    return handleCommand(this.store, stream, feedNegotiationDecider, { type: 'OpenFeedNegotiation', data }, context);
  }
}
