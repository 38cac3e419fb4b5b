import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { AnnounceReferencePriceCommand } from './announce-reference-price.command';
import { AnnounceReferencePriceDto } from './announce-reference-price.dto';

@ApiTags('market')
@Controller('reference-prices')
export class AnnounceReferencePriceController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async announce(
    @Body() body: AnnounceReferencePriceDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      source: body.source,
      effectiveDate: body.effectiveDate,
      mixedSatangPerEgg: body.mixedSatangPerEgg,
      sizes: body.sizes.map((s) => ({ size: s.size, satangPerEgg: s.satangPerEgg })),
    };
    return toCommandResponse(await this.commands.execute(new AnnounceReferencePriceCommand(data, context)));
  }
}
