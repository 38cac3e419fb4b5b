import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { ConfirmSalesOrderCommand } from './confirm-sales-order.command';
import { ConfirmSalesOrderDto } from './confirm-sales-order.dto';

@ApiTags('sales')
@Controller('sales-orders')
export class ConfirmSalesOrderController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async confirm(@Body() body: ConfirmSalesOrderDto, @Context() context: CommandContext): Promise<CommandResponseDto> {
    const data = {
      orderId: body.orderId,
      buyerId: body.buyerId,
      ...(body.negotiationId === undefined ? {} : { negotiationId: body.negotiationId }),
      orderedOn: body.orderedOn,
      deliveryOn: body.deliveryOn,
      lines: body.lines.map((l) => ({ size: l.size, trays: l.trays, satangPerEgg: l.satangPerEgg })),
    };
    return toCommandResponse(await this.commands.execute(new ConfirmSalesOrderCommand(data, context)));
  }
}
