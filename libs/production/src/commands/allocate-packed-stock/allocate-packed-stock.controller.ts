import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { AllocatePackedStockCommand } from './allocate-packed-stock.command';
import { AllocatePackedStockDto } from './allocate-packed-stock.dto';

@ApiTags('production')
@Controller('lots')
export class AllocatePackedStockController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':lotId/allocations')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async allocate(
    @Param('lotId') lotId: string,
    @Body() body: AllocatePackedStockDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      lotId,
      shipmentId: body.shipmentId,
      size: body.size,
      trays: body.trays,
      allocatedOn: body.allocatedOn,
    };
    return toCommandResponse(await this.commands.execute(new AllocatePackedStockCommand(data, context)));
  }
}
