import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { AgreePriceCommand } from './agree-price.command';
import { AgreePriceDto } from './agree-price.dto';

@ApiTags('sales')
@Controller('price-negotiations')
export class AgreePriceController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':negotiationId/agreement')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async agree(
    @Param('negotiationId') negotiationId: string,
    @Body() body: AgreePriceDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      negotiationId,
      agreedOn: body.agreedOn,
      prices: body.prices.map((p) => ({ size: p.size, satangPerEgg: p.satangPerEgg })),
      validFrom: body.validFrom,
      validTo: body.validTo,
    };
    return toCommandResponse(await this.commands.execute(new AgreePriceCommand(data, context)));
  }
}
