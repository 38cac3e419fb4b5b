import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { VoidGradingCommand } from './void-grading.command';
import { VoidGradingDto } from './void-grading.dto';

@ApiTags('production')
@Controller('lots')
export class VoidGradingController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':lotId/grading/void')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async void(
    @Param('lotId') lotId: string,
    @Body() body: VoidGradingDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      lotId,
      reason: body.reason,
      voidedOn: body.voidedOn,
    };
    return toCommandResponse(await this.commands.execute(new VoidGradingCommand(data, context)));
  }
}
