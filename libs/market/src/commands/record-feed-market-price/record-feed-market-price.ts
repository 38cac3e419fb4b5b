import { IsBusinessDate, MatchesPattern } from '@khai/contracts';
import {
  type CommandContext,
  CommandResponseDto,
  type CommandResult,
  Context,
  EVENT_STORE,
  type EventStore,
  handleCommand,
  streamName,
  toCommandResponse,
} from '@khai/event-sourcing';
import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

import { feedMarketPriceDecider, feedMarketPriceId, type RecordFeedMarketPrice } from '../../domain/feed-market-price';

export class RecordFeedMarketPriceDto {
  @ApiProperty({ example: 'LAYER_COMPLETE' })
  @MatchesPattern(/^[A-Z][A-Z0-9_]{0,39}$/)
  feedType!: string;

  @ApiProperty({ example: 'mill-list' })
  @MatchesPattern(/^[a-z0-9][a-z0-9-]{0,62}$/)
  source!: string;

  @ApiProperty({ example: '2026-11-02' })
  @IsBusinessDate()
  observedOn!: string;

  @ApiProperty({ example: 1520, description: 'satang per kg' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  pricePerKgSatang!: number;
}

export class RecordFeedMarketPriceCommand extends Command<CommandResult> {
  constructor(
    readonly data: RecordFeedMarketPrice['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordFeedMarketPriceCommand)
export class RecordFeedMarketPriceHandler implements ICommandHandler<RecordFeedMarketPriceCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ data, context }: RecordFeedMarketPriceCommand): Promise<CommandResult> {
    const stream = streamName('feedmarketprice', feedMarketPriceId(data.feedType, data.source, data.observedOn));
    return handleCommand(this.store, stream, feedMarketPriceDecider, { type: 'RecordFeedMarketPrice', data }, context);
  }
}

@ApiTags('market')
@Controller('feed-market-prices')
export class RecordFeedMarketPriceController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: CommandResponseDto })
  async record(
    @Body() body: RecordFeedMarketPriceDto,
    @Context() context: CommandContext,
  ): Promise<CommandResponseDto> {
    const data = {
      feedType: body.feedType,
      source: body.source,
      observedOn: body.observedOn,
      pricePerKgSatang: body.pricePerKgSatang,
    };
    return toCommandResponse(await this.commands.execute(new RecordFeedMarketPriceCommand(data, context)));
  }
}
