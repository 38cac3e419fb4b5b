import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { RecordFlockMortalityCommand } from './record-flock-mortality.command';
import { RecordFlockMortalityDto } from './record-flock-mortality.dto';

@ApiTags('registry')
@Controller('flocks')
export class RecordFlockMortalityController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':flockId/mortality')
  @HttpCode(201)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'send one: the same count twice is two counts, unless the key makes the retry a repeat',
  })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async record(
    @Param('flockId') flockId: string,
    @Body() body: RecordFlockMortalityDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      flockId,
      recordedOn: body.recordedOn,
      deaths: body.deaths,
      ...(body.cause !== undefined ? { cause: body.cause } : {}),
    };
    return toCommandResponse(await this.commands.execute(new RecordFlockMortalityCommand(data, context)));
  }
}
