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

import type { AdjustFeedCharge } from '../../domain/member-account.commands';
import { memberAccountDecider } from '../../domain/member-account.decider';

/** Dispatched by the process manager that follows feed delivery adjustments (feed); not on HTTP. */
export class AdjustFeedChargeCommand extends Command<CommandResult> {
  constructor(
    readonly data: AdjustFeedCharge['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AdjustFeedChargeCommand)
export class AdjustFeedChargeHandler implements ICommandHandler<AdjustFeedChargeCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: AdjustFeedChargeCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('memberaccount', data.memberId),
      memberAccountDecider,
      { type: 'AdjustFeedCharge', data },
      context,
    );
  }
}
