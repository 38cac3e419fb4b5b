import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { RecordLossCommand } from './record-loss.command';
import { RecordLossDto } from './record-loss.dto';

@ApiTags('production')
@Controller('lots')
export class RecordLossController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':lotId/losses')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async record(
    @Param('lotId') lotId: string,
    @Body() body: RecordLossDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      lotId,
      lossId: body.lossId,
      stage: body.stage,
      size: body.size,
      eggs: body.eggs,
      reason: body.reason,
      note: body.note,
      recordedOn: body.recordedOn,
    };
    return toCommandResponse(await this.commands.execute(new RecordLossCommand(data, context)));
  }
}
