import {
  ApiProblems,
  EVENT_STORE,
  type EventStore,
  QUERY_PROBLEMS,
  readState,
  Roles,
  SizePriceDto,
} from '@khai/event-sourcing';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';

import { priceNegotiation } from '../../domain/aggregates';
import { negotiationNotFound } from '../../domain/price-negotiation.decider';
import type { NegotiatedPrice } from '../../domain/price-negotiation.events';

export class NegotiationRoundDto {
  @ApiProperty() roundId!: string;
  @ApiProperty({ description: '1-based; odd rounds are the buyer’s' }) round!: number;
  @ApiProperty({ enum: ['BUYER', 'COOPERATIVE'] }) by!: 'BUYER' | 'COOPERATIVE';
  @ApiProperty() offeredOn!: string;
  @ApiProperty({ type: [SizePriceDto] }) prices!: SizePriceDto[];
  @ApiProperty({ type: Number, nullable: true }) eggsPerWeek!: number | null;
}

export class AgreementDto {
  @ApiProperty() agreedOn!: string;
  @ApiProperty({ type: [SizePriceDto] }) prices!: SizePriceDto[];
  @ApiProperty() validFrom!: string;
  @ApiProperty() validTo!: string;
}

export class FailureDto {
  @ApiProperty() failedOn!: string;
  @ApiProperty() reason!: string;
}

export class PriceNegotiationDto {
  @ApiProperty() negotiationId!: string;
  @ApiProperty() buyerId!: string;
  @ApiProperty({ enum: ['open', 'agreed', 'failed'] }) status!: 'open' | 'agreed' | 'failed';
  @ApiProperty() openedOn!: string;
  @ApiProperty({ type: [SizePriceDto], description: "the cooperative's asking price" }) asking!: SizePriceDto[];
  @ApiProperty({ type: Number, nullable: true }) floorSatangPerEgg!: number | null;
  @ApiProperty({ type: Number, nullable: true }) ceilingSatangPerEgg!: number | null;
  @ApiProperty({ type: [NegotiationRoundDto] }) rounds!: NegotiationRoundDto[];
  @ApiProperty() roundCount!: number;
  @ApiPropertyOptional({ type: AgreementDto, nullable: true }) agreement!: AgreementDto | null;
  @ApiPropertyOptional({ type: FailureDto, nullable: true }) failure!: FailureDto | null;
  @ApiProperty() revision!: number;
}

export class GetPriceNegotiationQuery extends Query<PriceNegotiationDto> {
  constructor(readonly negotiationId: string) {
    super();
  }
}

const copy = (prices: readonly NegotiatedPrice[]): SizePriceDto[] =>
  prices.map((p) => ({ size: p.size, satangPerEgg: p.satangPerEgg }));

@QueryHandler(GetPriceNegotiationQuery)
export class GetPriceNegotiationHandler implements IQueryHandler<GetPriceNegotiationQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ negotiationId }: GetPriceNegotiationQuery): Promise<PriceNegotiationDto> {
    const stream = priceNegotiation.stream(negotiationId);
    const { state, revision } = await readState(this.store, stream, priceNegotiation.decider);
    if (state.status === 'none') throw negotiationNotFound(negotiationId);
    const n = state.negotiation;
    return {
      negotiationId: n.negotiationId,
      buyerId: n.buyerId,
      status: state.status,
      openedOn: n.openedOn,
      asking: copy(n.asking),
      floorSatangPerEgg: n.floorSatangPerEgg,
      ceilingSatangPerEgg: n.ceilingSatangPerEgg,
      rounds: state.rounds.map((r) => ({
        roundId: r.roundId,
        round: r.round,
        by: r.by,
        offeredOn: r.offeredOn,
        prices: copy(r.prices),
        eggsPerWeek: r.eggsPerWeek,
      })),
      roundCount: state.rounds.length,
      agreement:
        state.status === 'agreed'
          ? {
              agreedOn: state.agreement.agreedOn,
              prices: copy(state.agreement.prices),
              validFrom: state.agreement.validFrom,
              validTo: state.agreement.validTo,
            }
          : null,
      failure: state.status === 'failed' ? { failedOn: state.failure.failedOn, reason: state.failure.reason } : null,
      revision,
    };
  }
}

@ApiTags('sales')
@ApiProblems(QUERY_PROBLEMS)
@Controller('price-negotiations')
export class GetPriceNegotiationController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':negotiationId')
  @Roles('manager', 'staff')
  @ApiOkResponse({ type: PriceNegotiationDto })
  get(@Param('negotiationId') negotiationId: string): Promise<PriceNegotiationDto> {
    return this.queries.execute(new GetPriceNegotiationQuery(negotiationId));
  }
}
