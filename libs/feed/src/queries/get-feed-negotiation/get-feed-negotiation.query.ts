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
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';

import { feedNegotiation } from '../../domain/feed-negotiation.decider';

export class FeedQuoteDto {
  @ApiProperty() quoteId!: string;
  @ApiProperty() supplierId!: string;
  @ApiProperty() pricePerKgSatang!: number;
  @ApiProperty() volumeKg!: number;
  @ApiProperty() receivedOn!: string;
  @ApiProperty({ required: false }) validUntil?: string;
}

export class FeedNegotiationConclusionDto {
  @ApiProperty() quoteId!: string;
  @ApiProperty() contractId!: string;
  @ApiProperty() supplierId!: string;
  @ApiProperty() volumeKg!: number;
  @ApiProperty() agreedPricePerKgSatang!: number;
  @ApiProperty() quotedPricePerKgSatang!: number;
  @ApiProperty({ description: 'market price at signing' }) marketPricePerKgSatang!: number;
  @ApiProperty() quotesCount!: number;
  @ApiProperty() agreedOn!: string;
}

export class FeedNegotiationFailureDto {
  @ApiProperty() reason!: string;
  @ApiProperty() quotesCount!: number;
  @ApiProperty() closedOn!: string;
}

export class FeedNegotiationDto {
  @ApiProperty() negotiationId!: string;
  @ApiProperty({ enum: ['open', 'concluded', 'failed'] }) status!: 'open' | 'concluded' | 'failed';
  @ApiProperty() feedType!: string;
  @ApiProperty() volumeKg!: number;
  @ApiProperty() periodFrom!: string;
  @ApiProperty() periodTo!: string;
  @ApiProperty() openedOn!: string;
  @ApiProperty({ description: 'market price at opening' }) marketPricePerKgSatang!: number;
  @ApiProperty({ type: [FeedQuoteDto], description: 'every quote, in the order received' }) quotes!: FeedQuoteDto[];
  @ApiProperty({ type: FeedNegotiationConclusionDto, required: false }) conclusion?: FeedNegotiationConclusionDto;
  @ApiProperty({ type: FeedNegotiationFailureDto, required: false }) failure?: FeedNegotiationFailureDto;
  @ApiProperty() revision!: number;
}

export class GetFeedNegotiationQuery extends Query<FeedNegotiationDto> {
  constructor(readonly negotiationId: string) {
    super();
  }
}

@QueryHandler(GetFeedNegotiationQuery)
export class GetFeedNegotiationHandler implements IQueryHandler<GetFeedNegotiationQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ negotiationId }: GetFeedNegotiationQuery): Promise<FeedNegotiationDto> {
    const { state, revision } = await readState(
      this.store,
      feedNegotiation.stream(negotiationId),
      feedNegotiation.decider,
    );
    if (state.status === 'none') throw new NotFound(`no feed negotiation ${negotiationId}`);
    const n = state.negotiation;
    const dto: FeedNegotiationDto = {
      negotiationId: n.negotiationId,
      status: state.status,
      feedType: n.feedType,
      volumeKg: n.volumeKg,
      periodFrom: n.periodFrom,
      periodTo: n.periodTo,
      openedOn: n.openedOn,
      marketPricePerKgSatang: n.marketPricePerKgSatang,
      quotes: [...state.quotes.values()].map((q) => ({
        quoteId: q.quoteId,
        supplierId: q.supplierId,
        pricePerKgSatang: q.pricePerKgSatang,
        volumeKg: q.volumeKg,
        receivedOn: q.receivedOn,
        ...(q.validUntil === undefined ? {} : { validUntil: q.validUntil }),
      })),
      revision,
    };
    if (state.status === 'concluded') {
      const c = state.conclusion;
      dto.conclusion = {
        quoteId: c.quoteId,
        contractId: c.contractId,
        supplierId: c.supplierId,
        volumeKg: c.volumeKg,
        agreedPricePerKgSatang: c.agreedPricePerKgSatang,
        quotedPricePerKgSatang: c.quotedPricePerKgSatang,
        marketPricePerKgSatang: c.marketPricePerKgSatang,
        quotesCount: c.quotesCount,
        agreedOn: c.agreedOn,
      };
    }
    if (state.status === 'failed') {
      const f = state.failure;
      dto.failure = { reason: f.reason, quotesCount: f.quotesCount, closedOn: f.closedOn };
    }
    return dto;
  }
}

@ApiTags('feed')
@ApiProblems(QUERY_PROBLEMS)
@Controller('feed-negotiations')
export class GetFeedNegotiationController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':negotiationId')
  @Roles('manager', 'staff')
  @ApiOkResponse({ type: FeedNegotiationDto })
  get(@Param('negotiationId') negotiationId: string): Promise<FeedNegotiationDto> {
    return this.queries.execute(new GetFeedNegotiationQuery(negotiationId));
  }
}
