import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { PlanShipmentCommand } from './plan-shipment.command';
import { PlanShipmentDto } from './plan-shipment.dto';

@ApiTags('sales')
@Controller('shipments')
export class PlanShipmentController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async plan(@Body() body: PlanShipmentDto, @Context() context: CommandContext): Promise<CommandResponseDto> {
    const data = {
      shipmentId: body.shipmentId,
      orderId: body.orderId,
      buyerId: body.buyerId,
      plannedOn: body.plannedOn,
      items: body.items.map((i) => ({ lotId: i.lotId, size: i.size, trays: i.trays })),
    };
    return toCommandResponse(await this.commands.execute(new PlanShipmentCommand(data, context)));
  }
}
