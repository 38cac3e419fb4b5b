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
  type AnnounceReferencePrice,
  referencePriceDecider,
  referencePriceId,
} from '../../domain/reference-price.decider';

export class AnnounceReferencePriceCommand extends Command<CommandResult> {
  constructor(
    readonly data: AnnounceReferencePrice['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AnnounceReferencePriceCommand)
export class AnnounceReferencePriceHandler implements ICommandHandler<AnnounceReferencePriceCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: AnnounceReferencePriceCommand): Promise<CommandResult> {
    const stream = streamName('referenceprice', referencePriceId(data.source, data.effectiveDate));
    return handleCommand(this.store, stream, referencePriceDecider, { type: 'AnnounceReferencePrice', data }, context);
  }
}
