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

import type { RecordFeedCharge } from '../../domain/member-account.commands';
import { memberAccountDecider } from '../../domain/member-account.decider';

/** Dispatched by the process manager that follows feed deliveries (feed); not on HTTP. */
export class RecordFeedChargeCommand extends Command<CommandResult> {
  constructor(
    readonly data: RecordFeedCharge['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordFeedChargeCommand)
export class RecordFeedChargeHandler implements ICommandHandler<RecordFeedChargeCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: RecordFeedChargeCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('memberaccount', data.memberId),
      memberAccountDecider,
      { type: 'RecordFeedCharge', data },
      context,
    );
  }
}
