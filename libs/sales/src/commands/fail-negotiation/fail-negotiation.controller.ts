import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { FailNegotiationCommand } from './fail-negotiation.command';
import { FailNegotiationDto } from './fail-negotiation.dto';

@ApiTags('sales')
@Controller('price-negotiations')
export class FailNegotiationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':negotiationId/failure')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async fail(
    @Param('negotiationId') negotiationId: string,
    @Body() body: FailNegotiationDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = { negotiationId, failedOn: body.failedOn, reason: body.reason };
    return toCommandResponse(await this.commands.execute(new FailNegotiationCommand(data, context)));
  }
}
