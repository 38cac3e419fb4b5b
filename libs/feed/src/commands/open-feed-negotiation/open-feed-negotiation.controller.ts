import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { OpenFeedNegotiationCommand } from './open-feed-negotiation.command';
import { OpenFeedNegotiationDto } from './open-feed-negotiation.dto';

@ApiTags('feed')
@Controller('feed-negotiations')
export class OpenFeedNegotiationController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async open(@Body() body: OpenFeedNegotiationDto, @Context() context: CommandContext): Promise<CommandResponseDto> {
    const data = {
      negotiationId: body.negotiationId,
      feedType: body.feedType,
      volumeKg: body.volumeKg,
      periodFrom: body.periodFrom,
      periodTo: body.periodTo,
      openedOn: body.openedOn,
      marketPricePerKgSatang: body.marketPricePerKgSatang,
    };
    return toCommandResponse(await this.commands.execute(new OpenFeedNegotiationCommand(data, context)));
  }
}
