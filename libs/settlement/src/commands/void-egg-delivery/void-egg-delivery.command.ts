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

import type { VoidEggDelivery } from '../../domain/member-account.commands';
import { memberAccountDecider } from '../../domain/member-account.decider';

/** Dispatched by the process manager that follows voided gradings (production); not on HTTP. */
export class VoidEggDeliveryCommand extends Command<CommandResult> {
  constructor(
    readonly data: VoidEggDelivery['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(VoidEggDeliveryCommand)
export class VoidEggDeliveryHandler implements ICommandHandler<VoidEggDeliveryCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: VoidEggDeliveryCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('memberaccount', data.memberId),
      memberAccountDecider,
      { type: 'VoidEggDelivery', data },
      context,
    );
  }
}
