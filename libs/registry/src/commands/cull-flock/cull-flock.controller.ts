import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { CullFlockCommand } from './cull-flock.command';
import { CullFlockDto } from './cull-flock.dto';

@ApiTags('registry')
@Controller('flocks')
export class CullFlockController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':flockId/culls')
  @HttpCode(201)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'send one: the same cull twice is two culls, unless the key makes the retry a repeat',
  })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async cull(
    @Param('flockId') flockId: string,
    @Body() body: CullFlockDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = { flockId, culledOn: body.culledOn, hens: body.hens, reason: body.reason };
    return toCommandResponse(await this.commands.execute(new CullFlockCommand(data, context)));
  }
}
