import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { AdjustFeedDeliveryCommand } from './adjust-feed-delivery.command';
import { AdjustFeedDeliveryDto } from './adjust-feed-delivery.dto';

@ApiTags('feed')
@Controller('feed-contracts')
export class AdjustFeedDeliveryController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':contractId/deliveries/:deliveryId/adjustments')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async adjust(
    @Param('contractId') contractId: string,
    @Param('deliveryId') deliveryId: string,
    @Body() body: AdjustFeedDeliveryDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      contractId,
      deliveryId,
      adjustmentId: body.adjustmentId,
      newKg: body.newKg,
      reason: body.reason,
      adjustedOn: body.adjustedOn,
    };
    return toCommandResponse(await this.commands.execute(new AdjustFeedDeliveryCommand(data, context)));
  }
}
