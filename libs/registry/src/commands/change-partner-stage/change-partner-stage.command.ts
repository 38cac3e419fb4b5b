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

import { type ChangePartnerStage, partnerDecider } from '../../domain/partner.decider';

export class ChangePartnerStageCommand extends Command<CommandResult> {
  constructor(
    readonly data: ChangePartnerStage['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ChangePartnerStageCommand)
export class ChangePartnerStageHandler implements ICommandHandler<ChangePartnerStageCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: ChangePartnerStageCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('partner', data.partnerId),
      partnerDecider,
      { type: 'ChangePartnerStage', data },
      context,
    );
  }
}
