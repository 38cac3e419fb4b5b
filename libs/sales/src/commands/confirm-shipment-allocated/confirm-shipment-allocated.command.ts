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

import { type ConfirmShipmentAllocated, shipmentDecider } from '../../domain/shipment.decider';

/**
 * Sent by the shipment process manager once packed stock for every item is set aside;
 * deliberately not an HTTP route.
 */
export class ConfirmShipmentAllocatedCommand extends Command<CommandResult> {
  constructor(
    readonly data: ConfirmShipmentAllocated['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ConfirmShipmentAllocatedCommand)
export class ConfirmShipmentAllocatedHandler implements ICommandHandler<ConfirmShipmentAllocatedCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: ConfirmShipmentAllocatedCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('shipment', data.shipmentId),
      shipmentDecider,
      { type: 'ConfirmShipmentAllocated', data },
      context,
    );
  }
}
