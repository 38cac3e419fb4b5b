import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { RecordSaleCommand } from './record-sale.command';
import { RecordSaleDto } from './record-sale.dto';

@ApiTags('sales')
@Controller('sales')
export class RecordSaleController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async record(@Body() body: RecordSaleDto, @Context() context: CommandContext): Promise<CommandResponseDto> {
    const data = {
      saleId: body.saleId,
      buyerId: body.buyerId,
      soldOn: body.soldOn,
      lines: body.lines.map((l) => ({ size: l.size, eggs: l.eggs, satangPerEgg: l.satangPerEgg })),
      lotIds: [...(body.lotIds ?? [])],
    };
    return toCommandResponse(await this.commands.execute(new RecordSaleCommand(data, context)));
  }
}
