import {
  type CommandContext,
  type CommandResult,
  EVENT_STORE,
  type EventStore,
  handleCommand,
  readState,
  streamName,
} from '@khai/event-sourcing';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';

import { flockDecider, type PlaceFlock } from '../../domain/flock.decider';
import { memberDecider } from '../../domain/member.decider';
import { farmOf } from '../../domain/member.state';
import { farmNotFound, memberNotFound } from '../../domain/registry.errors';

export class PlaceFlockCommand extends Command<CommandResult> {
  constructor(
    readonly data: PlaceFlock['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(PlaceFlockCommand)
export class PlaceFlockHandler implements ICommandHandler<PlaceFlockCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /**
   * The flock must sit on a registered farm of its member. That lives in another
   * stream, so it is checked before deciding; farms are never removed, so the
   * check cannot go stale between the read and the append.
   */
  async execute({ data, context }: PlaceFlockCommand): Promise<CommandResult> {
    const { state: member } = await readState(this.store, streamName('member', data.memberId), memberDecider);
    if (member.status === 'none') throw memberNotFound(data.memberId);
    if (!farmOf(member, data.farmId)) throw farmNotFound(data.memberId, data.farmId);
    return handleCommand(
      this.store,
      streamName('flock', data.flockId),
      flockDecider,
      { type: 'PlaceFlock', data },
      context,
    );
  }
}
