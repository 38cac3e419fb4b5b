import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { ReceiveBuyerOfferCommand } from './receive-buyer-offer.command';
import { ReceiveBuyerOfferDto } from './receive-buyer-offer.dto';

@ApiTags('sales')
@Controller('price-negotiations')
export class ReceiveBuyerOfferController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':negotiationId/offers')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async receive(
    @Param('negotiationId') negotiationId: string,
    @Body() body: ReceiveBuyerOfferDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      negotiationId,
      roundId: body.roundId,
      offeredOn: body.offeredOn,
      prices: body.prices.map((p) => ({ size: p.size, satangPerEgg: p.satangPerEgg })),
      ...(body.eggsPerWeek === undefined ? {} : { eggsPerWeek: body.eggsPerWeek }),
    };
    return toCommandResponse(await this.commands.execute(new ReceiveBuyerOfferCommand(data, context)));
  }
}
