import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { PackEggsCommand } from './pack-eggs.command';
import { PackEggsDto } from './pack-eggs.dto';

@ApiTags('production')
@Controller('lots')
export class PackEggsController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':lotId/packs')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async pack(
    @Param('lotId') lotId: string,
    @Body() body: PackEggsDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      lotId,
      packId: body.packId,
      size: body.size,
      trays: body.trays,
      packedOn: body.packedOn,
      caseId: body.caseId,
    };
    return toCommandResponse(await this.commands.execute(new PackEggsCommand(data, context)));
  }
}
