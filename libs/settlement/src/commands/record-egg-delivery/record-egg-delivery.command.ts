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

import type { RecordEggDelivery } from '../../domain/member-account.commands';
import { memberAccountDecider } from '../../domain/member-account.decider';

/** Dispatched by the process manager that follows lot gradings (production); not on HTTP. */
export class RecordEggDeliveryCommand extends Command<CommandResult> {
  constructor(
    readonly data: RecordEggDelivery['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordEggDeliveryCommand)
export class RecordEggDeliveryHandler implements ICommandHandler<RecordEggDeliveryCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: RecordEggDeliveryCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('memberaccount', data.memberId),
      memberAccountDecider,
      { type: 'RecordEggDelivery', data },
      context,
    );
  }
}
