import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { ReceiveFeedInvoiceCommand } from './receive-feed-invoice.command';
import { ReceiveFeedInvoiceDto } from './receive-feed-invoice.dto';

@ApiTags('feed')
@Controller('feed-invoices')
export class ReceiveFeedInvoiceController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async receive(@Body() body: ReceiveFeedInvoiceDto, @Context() context: CommandContext): Promise<CommandResponseDto> {
    const data = {
      invoiceId: body.invoiceId,
      supplierId: body.supplierId,
      contractId: body.contractId,
      contractPricePerKgSatang: body.contractPricePerKgSatang,
      deliveryIds: [...body.deliveryIds],
      invoicedOn: body.invoicedOn,
      dueOn: body.dueOn,
      lines: body.lines.map((l) => ({
        deliveryId: l.deliveryId,
        kg: l.kg,
        pricePerKgSatang: l.pricePerKgSatang,
        amountSatang: l.amountSatang,
      })),
      vatSatang: body.vatSatang,
      totalSatang: body.totalSatang,
    };
    return toCommandResponse(await this.commands.execute(new ReceiveFeedInvoiceCommand(data, context)));
  }
}
