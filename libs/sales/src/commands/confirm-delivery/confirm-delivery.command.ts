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

import { type ConfirmDelivery, shipmentDecider } from '../../domain/shipment.decider';

export class ConfirmDeliveryCommand extends Command<CommandResult> {
  constructor(
    readonly data: ConfirmDelivery['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ConfirmDeliveryCommand)
export class ConfirmDeliveryHandler implements ICommandHandler<ConfirmDeliveryCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: ConfirmDeliveryCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('shipment', data.shipmentId),
      shipmentDecider,
      { type: 'ConfirmDelivery', data },
      context,
    );
  }
}
