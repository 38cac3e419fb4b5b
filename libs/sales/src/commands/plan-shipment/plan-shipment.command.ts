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

import { type PlanShipment, shipmentDecider } from '../../domain/shipment.decider';

export class PlanShipmentCommand extends Command<CommandResult> {
  constructor(
    readonly data: PlanShipment['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(PlanShipmentCommand)
export class PlanShipmentHandler implements ICommandHandler<PlanShipmentCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: PlanShipmentCommand): Promise<CommandResult> {
    return handleCommand(
      this.store,
      streamName('shipment', data.shipmentId),
      shipmentDecider,
      { type: 'PlanShipment', data },
      context,
    );
  }
}
