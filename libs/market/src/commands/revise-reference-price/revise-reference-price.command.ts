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
  referencePriceDecider,
  referencePriceId,
  type ReviseReferencePrice,
} from '../../domain/reference-price.decider';

export class ReviseReferencePriceCommand extends Command<CommandResult> {
  constructor(
    readonly data: ReviseReferencePrice['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ReviseReferencePriceCommand)
export class ReviseReferencePriceHandler implements ICommandHandler<ReviseReferencePriceCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: ReviseReferencePriceCommand): Promise<CommandResult> {
    const stream = streamName('referenceprice', referencePriceId(data.source, data.effectiveDate));
    return handleCommand(this.store, stream, referencePriceDecider, { type: 'ReviseReferencePrice', data }, context);
  }
}
