import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { MakeCounterOfferCommand } from './make-counter-offer.command';
import { MakeCounterOfferDto } from './make-counter-offer.dto';

@ApiTags('sales')
@Controller('price-negotiations')
export class MakeCounterOfferController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':negotiationId/counter-offers')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async counter(
    @Param('negotiationId') negotiationId: string,
    @Body() body: MakeCounterOfferDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      negotiationId,
      roundId: body.roundId,
      offeredOn: body.offeredOn,
      prices: body.prices.map((p) => ({ size: p.size, satangPerEgg: p.satangPerEgg })),
    };
    return toCommandResponse(await this.commands.execute(new MakeCounterOfferCommand(data, context)));
  }
}
