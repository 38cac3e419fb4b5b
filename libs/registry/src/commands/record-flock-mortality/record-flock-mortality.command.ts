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

import { flockDecider, type RecordFlockMortality } from '../../domain/flock.decider';

export class RecordFlockMortalityCommand extends Command<CommandResult> {
  constructor(
    readonly data: RecordFlockMortality['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordFlockMortalityCommand)
export class RecordFlockMortalityHandler implements ICommandHandler<RecordFlockMortalityCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: RecordFlockMortalityCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('flock', data.flockId),
      flockDecider,
      { type: 'RecordFlockMortality', data },
      context,
    );
  }
}
