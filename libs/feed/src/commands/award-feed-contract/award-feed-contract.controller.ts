import { type CommandContext, Context, toCommandResponse } from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';

import { AwardFeedContractCommand } from './award-feed-contract.command';
import { AwardFeedContractDto, AwardFeedContractResponseDto } from './award-feed-contract.dto';

@ApiTags('feed')
@Controller('feed-negotiations')
export class AwardFeedContractController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':negotiationId/award')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Conclude the negotiation on a quote and agree the feed contract',
    description:
      'Two appends, not atomic: the negotiation is concluded, then the contract agreed. If the answer is lost or ' +
      'an error, repeat the request (with the same Idempotency-Key): a half-done award is completed.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: AwardFeedContractResponseDto })
  async award(
    @Param('negotiationId') negotiationId: string,
    @Body() body: AwardFeedContractDto,
    @Context() context: CommandContext,
  ): Promise<AwardFeedContractResponseDto> {
    const data = {
      negotiationId,
      quoteId: body.quoteId,
      contractId: body.contractId,
      agreedPricePerKgSatang: body.agreedPricePerKgSatang,
      agreedOn: body.agreedOn,
      marketPricePerKgSatang: body.marketPricePerKgSatang,
    };
    const result = await this.commands.execute(new AwardFeedContractCommand(data, context));
    return { negotiation: toCommandResponse(result.negotiation), contract: toCommandResponse(result.contract) };
  }
}
