import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { RecordFeedDeliveryCommand } from './record-feed-delivery.command';
import { RecordFeedDeliveryDto } from './record-feed-delivery.dto';

@ApiTags('feed')
@Controller('feed-contracts')
export class RecordFeedDeliveryController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':contractId/deliveries')
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async record(
    @Param('contractId') contractId: string,
    @Body() body: RecordFeedDeliveryDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      contractId,
      deliveryId: body.deliveryId,
      ...(body.orderId === undefined ? {} : { orderId: body.orderId }),
      farmId: body.farmId,
      memberId: body.memberId,
      feedType: body.feedType,
      kg: body.kg,
      deliveredOn: body.deliveredOn,
    };
    return toCommandResponse(await this.commands.execute(new RecordFeedDeliveryCommand(data, context)));
  }
}
