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

import { type AdjustFeedDelivery, feedContractDecider } from '../../domain/feed-contract.decider';

export class AdjustFeedDeliveryCommand extends Command<CommandResult> {
  constructor(
    readonly data: AdjustFeedDelivery['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AdjustFeedDeliveryCommand)
export class AdjustFeedDeliveryHandler implements ICommandHandler<AdjustFeedDeliveryCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: AdjustFeedDeliveryCommand): Promise<CommandResult> {
    const stream = streamName('feedcontract', data.contractId);
    return handleCommand(this.store, stream, feedContractDecider, { type: 'AdjustFeedDelivery', data }, context);
  }
}
