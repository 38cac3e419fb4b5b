import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { OpenPriceNegotiationCommand } from './open-price-negotiation.command';
import { OpenPriceNegotiationDto } from './open-price-negotiation.dto';

@ApiTags('sales')
@Controller('price-negotiations')
export class OpenPriceNegotiationController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async open(@Body() body: OpenPriceNegotiationDto, @Context() context: CommandContext): Promise<CommandResponseDto> {
    const data = {
      negotiationId: body.negotiationId,
      buyerId: body.buyerId,
      openedOn: body.openedOn,
      asking: body.asking.map((p) => ({ size: p.size, satangPerEgg: p.satangPerEgg })),
      ...(body.floorSatangPerEgg === undefined ? {} : { floorSatangPerEgg: body.floorSatangPerEgg }),
      ...(body.ceilingSatangPerEgg === undefined ? {} : { ceilingSatangPerEgg: body.ceilingSatangPerEgg }),
    };
    return toCommandResponse(await this.commands.execute(new OpenPriceNegotiationCommand(data, context)));
  }
}
