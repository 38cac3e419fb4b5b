import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { ReleasePackedStockCommand } from './release-packed-stock.command';
import { ReleasePackedStockDto } from './release-packed-stock.dto';

@ApiTags('production')
@Controller('lots')
export class ReleasePackedStockController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':lotId/allocations/:shipmentId/release')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async release(
    @Param('lotId') lotId: string,
    @Param('shipmentId') shipmentId: string,
    @Body() body: ReleasePackedStockDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      lotId,
      shipmentId,
      reason: body.reason,
      releasedOn: body.releasedOn,
    };
    return toCommandResponse(await this.commands.execute(new ReleasePackedStockCommand(data, context)));
  }
}
