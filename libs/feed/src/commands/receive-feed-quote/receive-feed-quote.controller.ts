import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { ReceiveFeedQuoteCommand } from './receive-feed-quote.command';
import { ReceiveFeedQuoteDto } from './receive-feed-quote.dto';

@ApiTags('feed')
@Controller('feed-negotiations')
export class ReceiveFeedQuoteController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':negotiationId/quotes')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async receive(
    @Param('negotiationId') negotiationId: string,
    @Body() body: ReceiveFeedQuoteDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      negotiationId,
      quoteId: body.quoteId,
      supplierId: body.supplierId,
      pricePerKgSatang: body.pricePerKgSatang,
      volumeKg: body.volumeKg,
      receivedOn: body.receivedOn,
      ...(body.validUntil === undefined ? {} : { validUntil: body.validUntil }),
    };
    return toCommandResponse(await this.commands.execute(new ReceiveFeedQuoteCommand(data, context)));
  }
}
