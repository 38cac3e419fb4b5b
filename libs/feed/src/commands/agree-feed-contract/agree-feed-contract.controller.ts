import { type CommandContext, CommandResponseDto, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';

import { AgreeFeedContractCommand } from './agree-feed-contract.command';
import { AgreeFeedContractDto } from './agree-feed-contract.dto';

@ApiTags('feed')
@Controller('feed-contracts')
export class AgreeFeedContractController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async agree(@Body() body: AgreeFeedContractDto, @Context() context: CommandContext): Promise<CommandResponseDto> {
    const data = {
      contractId: body.contractId,
      supplierId: body.supplierId,
      feedType: body.feedType,
      pricePerKgSatang: body.pricePerKgSatang,
      volumeKg: body.volumeKg,
      validFrom: body.validFrom,
      validTo: body.validTo,
      marketPricePerKgSatang: body.marketPricePerKgSatang,
      agreedOn: body.agreedOn,
      ...(body.negotiationId === undefined ? {} : { negotiationId: body.negotiationId }),
    };
    return toCommandResponse(await this.commands.execute(new AgreeFeedContractCommand(data, context)));
  }
}
