import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { CollectEggsCommand } from './collect-eggs.command';
import { CollectEggsDto } from './collect-eggs.dto';

@ApiTags('production')
@Controller('lots')
export class CollectEggsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async collect(@Body() body: CollectEggsDto, @Context() context: CommandContext): Promise<CommandResponseDto> {
    const data = {
      lotId: body.lotId,
      memberId: body.memberId,
      farmId: body.farmId,
      flockId: body.flockId,
      collectedOn: body.collectedOn,
      eggs: body.eggs,
    };
    return toCommandResponse(await this.commands.execute(new CollectEggsCommand(data, context)));
  }
}
