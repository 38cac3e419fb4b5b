import {
  ApiProblems,
  EVENT_STORE,
  type EventStore,
  NotFound,
  QUERY_PROBLEMS,
  readState,
  Roles,
} from '@khai/event-sourcing';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { type IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';

import { feedMarketPrice, feedMarketPriceId } from '../../domain/feed-market-price';

export class FeedMarketPriceDto {
  @ApiProperty() feedMarketPriceId!: string;
  @ApiProperty() feedType!: string;
  @ApiProperty() source!: string;
  @ApiProperty() observedOn!: string;
  @ApiProperty() pricePerKgSatang!: number;
}

export class GetFeedMarketPriceQuery extends Query<FeedMarketPriceDto> {
  constructor(readonly id: string) {
    super();
  }
}

@QueryHandler(GetFeedMarketPriceQuery)
export class GetFeedMarketPriceHandler implements IQueryHandler<GetFeedMarketPriceQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ id }: GetFeedMarketPriceQuery): Promise<FeedMarketPriceDto> {
    const { state } = await readState(this.store, feedMarketPrice.stream(id), feedMarketPrice.decider);
    if (state.status === 'none') throw new NotFound(`no feed market price ${id}`);
    return { ...state.price };
  }
}

@ApiTags('market')
@ApiProblems(QUERY_PROBLEMS)
@Controller('feed-market-prices')
export class GetFeedMarketPriceController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':feedType/:source/:observedOn')
  @Roles('manager', 'staff', 'agency', 'member', 'partner')
  @ApiOkResponse({ type: FeedMarketPriceDto })
  get(
    @Param('feedType') feedType: string,
    @Param('source') source: string,
    @Param('observedOn') observedOn: string,
  ): Promise<FeedMarketPriceDto> {
    return this.queries.execute(new GetFeedMarketPriceQuery(feedMarketPriceId(feedType, source, observedOn)));
  }
}
