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

import { type RefuseShipment, shipmentDecider } from '../../domain/shipment.decider';

/** Sent by the shipment process manager when the packed stock is not there; not an HTTP route. */
export class RefuseShipmentCommand extends Command<CommandResult> {
  constructor(
    readonly data: RefuseShipment['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RefuseShipmentCommand)
export class RefuseShipmentHandler implements ICommandHandler<RefuseShipmentCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: RefuseShipmentCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('shipment', data.shipmentId),
      shipmentDecider,
      { type: 'RefuseShipment', data },
      context,
    );
  }
}
