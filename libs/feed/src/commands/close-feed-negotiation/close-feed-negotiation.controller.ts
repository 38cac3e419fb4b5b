import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { CloseFeedNegotiationWithoutAgreementCommand } from './close-feed-negotiation.command';
import { CloseFeedNegotiationDto } from './close-feed-negotiation.dto';

@ApiTags('feed')
@Controller('feed-negotiations')
export class CloseFeedNegotiationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':negotiationId/failure')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async close(
    @Param('negotiationId') negotiationId: string,
    @Body() body: CloseFeedNegotiationDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = { negotiationId, reason: body.reason, closedOn: body.closedOn };
    return toCommandResponse(
      await this.commands.execute(new CloseFeedNegotiationWithoutAgreementCommand(data, context)),
    );
  }
}
