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

import { type CollectEggs, lotDecider } from '../../domain/lot.decider';

export class CollectEggsCommand extends Command<CommandResult> {
  constructor(
    readonly data: CollectEggs['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CollectEggsCommand)
export class CollectEggsHandler implements ICommandHandler<CollectEggsCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: CollectEggsCommand): Promise<CommandResult> {
    return handleCommand(this.store, streamName('lot', data.lotId), lotDecider, { type: 'CollectEggs', data }, context);
  }
}
