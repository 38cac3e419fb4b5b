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

import { memberDecider, type RegisterFarm } from '../../domain/member.decider';

export class RegisterFarmCommand extends Command<CommandResult> {
  constructor(
    readonly data: RegisterFarm['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RegisterFarmCommand)
export class RegisterFarmHandler implements ICommandHandler<RegisterFarmCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: RegisterFarmCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('member', data.memberId),
      memberDecider,
      { type: 'RegisterFarm', data },
      context,
    );
  }
}
