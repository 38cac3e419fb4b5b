import {
  type CommandContext,
  type CommandResult,
  EVENT_STORE,
  type EventStore,
  handleCommand,
  NotFound,
  readState,
  streamName,
} from '@khai/event-sourcing';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';

import type { SettleMember } from '../../domain/member-account.commands';
import { memberAccountDecider } from '../../domain/member-account.decider';
import { memberPriceListDecider } from '../../domain/member-price-list.decider';

/** The prices come from the price list named, not from the caller. */
export type SettleMemberData = Omit<SettleMember['data'], 'prices'>;

export class SettleMemberCommand extends Command<CommandResult> {
  constructor(
    readonly data: SettleMemberData,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SettleMemberCommand)
export class SettleMemberHandler implements ICommandHandler<SettleMemberCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ data, context }: SettleMemberCommand): Promise<CommandResult> {
    // A price list is never edited once set, so reading it outside the account's stream is safe.
    const { state } = await readState(
      this.store,
      streamName('memberpricelist', data.priceListId),
      memberPriceListDecider,
    );
    if (state.status === 'none') {
      throw new NotFound(
        `no price list ${data.priceListId}`,
        { priceListId: data.priceListId },
        'price_list_not_found',
      );
    }
    const prices = state.priceList.prices;
    return handleCommand(
      this.store,
      streamName('memberaccount', data.memberId),
      memberAccountDecider,
      { type: 'SettleMember', data: { ...data, prices } },
      context,
    );
  }
}
