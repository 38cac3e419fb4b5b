import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { RecordFeedInvoicePaymentCommand } from './record-feed-invoice-payment.command';
import { RecordFeedInvoicePaymentDto } from './record-feed-invoice-payment.dto';

@ApiTags('feed')
@Controller('feed-invoices')
export class RecordFeedInvoicePaymentController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':invoiceId/payments')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async pay(
    @Param('invoiceId') invoiceId: string,
    @Body() body: RecordFeedInvoicePaymentDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = { invoiceId, paymentId: body.paymentId, paidOn: body.paidOn, amountSatang: body.amountSatang };
    return toCommandResponse(await this.commands.execute(new RecordFeedInvoicePaymentCommand(data, context)));
  }
}
