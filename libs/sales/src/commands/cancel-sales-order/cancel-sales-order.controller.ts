import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { CancelSalesOrderCommand } from './cancel-sales-order.command';
import { CancelSalesOrderDto } from './cancel-sales-order.dto';

@ApiTags('sales')
@Controller('sales-orders')
export class CancelSalesOrderController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':orderId/cancellation')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async cancel(
    @Param('orderId') orderId: string,
    @Body() body: CancelSalesOrderDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = { orderId, cancelledOn: body.cancelledOn, reason: body.reason };
    return toCommandResponse(await this.commands.execute(new CancelSalesOrderCommand(data, context)));
  }
}
