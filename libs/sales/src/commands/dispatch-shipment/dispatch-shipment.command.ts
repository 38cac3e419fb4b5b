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

import { type DispatchShipment, shipmentDecider } from '../../domain/shipment.decider';

export class DispatchShipmentCommand extends Command<CommandResult> {
  constructor(
    readonly data: DispatchShipment['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(DispatchShipmentCommand)
export class DispatchShipmentHandler implements ICommandHandler<DispatchShipmentCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: DispatchShipmentCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('shipment', data.shipmentId),
      shipmentDecider,
      { type: 'DispatchShipment', data },
      context,
    );
  }
}
