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

import { memberDecider, type RegisterMember } from '../../domain/member.decider';

export class RegisterMemberCommand extends Command<CommandResult> {
  constructor(
    readonly data: RegisterMember['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RegisterMemberCommand)
export class RegisterMemberHandler implements ICommandHandler<RegisterMemberCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: RegisterMemberCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('member', data.memberId),
      memberDecider,
      { type: 'RegisterMember', data },
      context,
    );
  }
}
