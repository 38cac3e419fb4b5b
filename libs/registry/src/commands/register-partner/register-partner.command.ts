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

import { partnerDecider, type RegisterPartner } from '../../domain/partner.decider';

export class RegisterPartnerCommand extends Command<CommandResult> {
  constructor(
    readonly data: RegisterPartner['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RegisterPartnerCommand)
export class RegisterPartnerHandler implements ICommandHandler<RegisterPartnerCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: RegisterPartnerCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('partner', data.partnerId),
      partnerDecider,
      { type: 'RegisterPartner', data },
      context,
    );
  }
}
