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

import { feedContractDecider, type RecordFeedDelivery } from '../../domain/feed-contract.decider';

export class RecordFeedDeliveryCommand extends Command<CommandResult> {
  constructor(
    readonly data: RecordFeedDelivery['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordFeedDeliveryCommand)
export class RecordFeedDeliveryHandler implements ICommandHandler<RecordFeedDeliveryCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: RecordFeedDeliveryCommand): Promise<CommandResult> {
    const stream = streamName('feedcontract', data.contractId);
    return handleCommand(this.store, stream, feedContractDecider, { type: 'RecordFeedDelivery', data }, context);
  }
}
