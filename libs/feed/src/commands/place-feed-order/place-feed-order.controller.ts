import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { PlaceFeedOrderCommand } from './place-feed-order.command';
import { PlaceFeedOrderDto } from './place-feed-order.dto';

@ApiTags('feed')
@Controller('feed-contracts')
export class PlaceFeedOrderController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':contractId/orders')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async place(
    @Param('contractId') contractId: string,
    @Body() body: PlaceFeedOrderDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      contractId,
      orderId: body.orderId,
      memberId: body.memberId,
      farmId: body.farmId,
      kg: body.kg,
      orderedOn: body.orderedOn,
      requestedDeliveryOn: body.requestedDeliveryOn,
    };
    return toCommandResponse(await this.commands.execute(new PlaceFeedOrderCommand(data, context)));
  }
}
