import { EVENT_STORE, type EventStore, NotFound, readState, streamName } from '@khai/event-sourcing';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';

import { feedContractDecider } from '../../domain/feed-contract.decider';

export class FeedContractDto {
  @ApiProperty() contractId!: string;
  @ApiProperty() supplierId!: string;
  @ApiProperty() feedType!: string;
  @ApiProperty() pricePerKgSatang!: number;
  @ApiProperty() volumeKg!: number;
  @ApiProperty() validFrom!: string;
  @ApiProperty() validTo!: string;
  @ApiProperty() marketPricePerKgSatang!: number;
  @ApiProperty() agreedOn!: string;
  @ApiProperty({ description: 'kg delivered under the contract so far' }) deliveredKg!: number;
  @ApiProperty({ description: 'volumeKg − deliveredKg' }) remainingKg!: number;
  @ApiProperty() revision!: number;
}

export class GetFeedContractQuery extends Query<FeedContractDto> {
  constructor(readonly contractId: string) {
    super();
  }
}

@QueryHandler(GetFeedContractQuery)
export class GetFeedContractHandler implements IQueryHandler<GetFeedContractQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ contractId }: GetFeedContractQuery): Promise<FeedContractDto> {
    const { state, revision } = await readState(
      this.store,
      streamName('feedcontract', contractId),
      feedContractDecider,
    );
    if (state.status === 'none') throw new NotFound(`no feed contract ${contractId}`);
    const c = state.contract;
    return {
      contractId: c.contractId,
      supplierId: c.supplierId,
      feedType: c.feedType,
      pricePerKgSatang: c.pricePerKgSatang,
      volumeKg: c.volumeKg,
      validFrom: c.validFrom,
      validTo: c.validTo,
      marketPricePerKgSatang: c.marketPricePerKgSatang,
      agreedOn: c.agreedOn,
      deliveredKg: state.deliveredKg,
      remainingKg: c.volumeKg - state.deliveredKg,
      revision,
    };
  }
}

@ApiTags('feed')
@Controller('feed-contracts')
export class GetFeedContractController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':contractId')
  @ApiOkResponse({ type: FeedContractDto })
  get(@Param('contractId') contractId: string): Promise<FeedContractDto> {
    return this.queries.execute(new GetFeedContractQuery(contractId));
  }
}
