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

import { memberPriceListDecider, type SetMemberEggPrices } from '../../domain/member-price-list.decider';

export class SetMemberEggPricesCommand extends Command<CommandResult> {
  constructor(
    readonly data: SetMemberEggPrices['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SetMemberEggPricesCommand)
export class SetMemberEggPricesHandler implements ICommandHandler<SetMemberEggPricesCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: SetMemberEggPricesCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('memberpricelist', data.priceListId),
      memberPriceListDecider,
      { type: 'SetMemberEggPrices', data },
      context,
    );
  }
}
