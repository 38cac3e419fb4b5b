import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { DispatchShipmentCommand } from './dispatch-shipment.command';
import { DispatchShipmentDto } from './dispatch-shipment.dto';

@ApiTags('sales')
@Controller('shipments')
export class DispatchShipmentController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':shipmentId/dispatch')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async dispatch(
    @Param('shipmentId') shipmentId: string,
    @Body() body: DispatchShipmentDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      shipmentId,
      dispatchedOn: body.dispatchedOn,
      ...(body.vehicle === undefined ? {} : { vehicle: body.vehicle }),
    };
    return toCommandResponse(await this.commands.execute(new DispatchShipmentCommand(data, context)));
  }
}
