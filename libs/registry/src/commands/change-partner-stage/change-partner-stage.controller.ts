import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { ChangePartnerStageCommand } from './change-partner-stage.command';
import { ChangePartnerStageDto } from './change-partner-stage.dto';

@ApiTags('registry')
@Controller('partners')
export class ChangePartnerStageController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':partnerId/stage')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async change(
    @Param('partnerId') partnerId: string,
    @Body() body: ChangePartnerStageDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = { partnerId, stage: body.stage, reason: body.reason, changedOn: body.changedOn };
    return toCommandResponse(await this.commands.execute(new ChangePartnerStageCommand(data, context)));
  }
}
