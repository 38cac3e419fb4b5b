import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { ConfirmDeliveryCommand } from './confirm-delivery.command';
import { ConfirmDeliveryDto } from './confirm-delivery.dto';

@ApiTags('sales')
@Controller('shipments')
export class ConfirmDeliveryController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':shipmentId/delivery')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async confirm(
    @Param('shipmentId') shipmentId: string,
    @Body() body: ConfirmDeliveryDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      shipmentId,
      deliveredOn: body.deliveredOn,
      recount: body.recount.map((r) => ({ size: r.size, trays: r.trays })),
      claims: body.claims.map((c) => ({ reason: c.reason, size: c.size, eggs: c.eggs, amountSatang: c.amountSatang })),
    };
    return toCommandResponse(await this.commands.execute(new ConfirmDeliveryCommand(data, context)));
  }
}
