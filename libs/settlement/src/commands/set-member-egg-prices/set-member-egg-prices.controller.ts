import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { SetMemberEggPricesCommand } from './set-member-egg-prices.command';
import { SetMemberEggPricesDto } from './set-member-egg-prices.dto';

@ApiTags('settlement')
@Controller('member-price-lists')
export class SetMemberEggPricesController {
  constructor(private readonly commands: CommandBus) {}

  /** The prices per egg and size the cooperative pays its members; set once, a new price is a new list. */
  @Post()
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async set(@Body() body: SetMemberEggPricesDto, @Context() context: CommandContext): Promise<CommandResponseDto> {
    const data = {
      priceListId: body.priceListId,
      effectiveFrom: body.effectiveFrom,
      prices: body.prices.map((p) => ({ size: p.size, satangPerEgg: p.satangPerEgg })),
      setOn: body.setOn,
    };
    return toCommandResponse(await this.commands.execute(new SetMemberEggPricesCommand(data, context)));
  }
}
