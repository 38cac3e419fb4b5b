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

import { feedContractDecider, type PlaceFeedOrder } from '../../domain/feed-contract.decider';

export class PlaceFeedOrderCommand extends Command<CommandResult> {
  constructor(
    readonly data: PlaceFeedOrder['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(PlaceFeedOrderCommand)
export class PlaceFeedOrderHandler implements ICommandHandler<PlaceFeedOrderCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: PlaceFeedOrderCommand): Promise<CommandResult> {
    const stream = streamName('feedcontract', data.contractId);
    return handleCommand(this.store, stream, feedContractDecider, { type: 'PlaceFeedOrder', data }, context);
  }
}
