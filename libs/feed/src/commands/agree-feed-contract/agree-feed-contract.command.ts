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

import { type AgreeFeedContract, feedContractDecider } from '../../domain/feed-contract.decider';

export class AgreeFeedContractCommand extends Command<CommandResult> {
  constructor(
    readonly data: AgreeFeedContract['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AgreeFeedContractCommand)
export class AgreeFeedContractHandler implements ICommandHandler<AgreeFeedContractCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: AgreeFeedContractCommand): Promise<CommandResult> {
    const stream = streamName('feedcontract', data.contractId);
    return handleCommand(this.store, stream, feedContractDecider, { type: 'AgreeFeedContract', data }, context);
  }
}
