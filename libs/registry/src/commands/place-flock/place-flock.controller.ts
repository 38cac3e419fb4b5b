import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { PlaceFlockCommand } from './place-flock.command';
import { PlaceFlockDto } from './place-flock.dto';

@ApiTags('registry')
@Controller('flocks')
export class PlaceFlockController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async place(@Body() body: PlaceFlockDto, @Context() context: CommandContext): Promise<CommandResponseDto> {
    const data = {
      flockId: body.flockId,
      memberId: body.memberId,
      farmId: body.farmId,
      breed: body.breed,
      hensPlaced: body.hensPlaced,
      placedOn: body.placedOn,
      ...(body.hatchedOn !== undefined ? { hatchedOn: body.hatchedOn } : {}),
    };
    return toCommandResponse(await this.commands.execute(new PlaceFlockCommand(data, context)));
  }
}
