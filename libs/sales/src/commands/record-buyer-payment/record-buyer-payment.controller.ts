import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { RecordBuyerPaymentCommand } from './record-buyer-payment.command';
import { RecordBuyerPaymentDto } from './record-buyer-payment.dto';

@ApiTags('sales')
@Controller('sales-orders')
export class RecordBuyerPaymentController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':orderId/payments')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async pay(
    @Param('orderId') orderId: string,
    @Body() body: RecordBuyerPaymentDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      orderId,
      paymentId: body.paymentId,
      paidOn: body.paidOn,
      amountSatang: body.amountSatang,
      method: body.method,
    };
    return toCommandResponse(await this.commands.execute(new RecordBuyerPaymentCommand(data, context)));
  }
}
