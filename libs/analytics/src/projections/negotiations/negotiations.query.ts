import { ID_PATTERN, MatchesPattern, type SizeClass } from '@khai/contracts';
import { ApiProblems, QUERY_PROBLEMS, Roles } from '@khai/event-sourcing';
import { READ_MODEL_STORE, ReadModelRunner, type ReadModelStore } from '@khai/read-models';
import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { type IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

import { negotiationMetricsBySize } from '../../metrics/negotiation';
import { PCT_RULE, pctOf, ratioPct } from '../../metrics/rounding';
import { PeriodParams } from '../../read-side/period-params';
import { checkPeriod } from '../../read-side/period-params';
import { readPosition } from '../../read-side/position';
import { type PartnerDoc, PARTNERS, partnersProjection } from '../partners/partners.projection';
import { type NegotiationDoc, NEGOTIATIONS, negotiationsProjection } from './negotiations.projection';

export class NegotiationsParams extends PeriodParams {
  @ApiPropertyOptional()
  @IsOptional()
  @MatchesPattern(ID_PATTERN)
  buyerId?: string;
}

class SizeOutcomeDto {
  @ApiProperty() size!: number;
  @ApiProperty({ description: "the cooperative's asking price" }) askSatangPerEgg!: number;
  @ApiProperty({ description: "the buyer's first offer" }) firstOfferSatangPerEgg!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'null until agreed' }) agreedSatangPerEgg!: number | null;
  @ApiProperty({ description: 'ask − first offer' }) spreadSatangPerEgg!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: `how far the agreed price rose over the first offer: (agreed − first offer) / first offer × 100; ${PCT_RULE}`,
  })
  agreedOverFirstOfferPct!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: '(agreed − first offer) / (ask − first offer)' })
  concessionRatio!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'β = (agreed − floor) / (ceiling − floor)' })
  bargainingPower!: number | null;
}

class NegotiationOutcomeDto {
  @ApiProperty() negotiationId!: string;
  @ApiProperty() buyerId!: string;
  @ApiProperty() openedOn!: string;
  @ApiProperty({ enum: ['OPEN', 'AGREED', 'FAILED'] }) outcome!: string;
  @ApiProperty({ nullable: true, type: String }) closedOn!: string | null;
  @ApiProperty() rounds!: number;
  @ApiProperty({ nullable: true, type: String }) validFrom!: string | null;
  @ApiProperty({ nullable: true, type: String }) validTo!: string | null;
  @ApiProperty({ type: [SizeOutcomeDto] }) sizes!: SizeOutcomeDto[];
}

class BuyerNegotiationsDto {
  @ApiProperty() buyerId!: string;
  @ApiProperty({ nullable: true, type: String }) channel!: string | null;
  @ApiProperty() negotiations!: number;
  @ApiProperty() agreed!: number;
  @ApiProperty() failed!: number;
  @ApiProperty() open!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'mean rounds of the closed negotiations' })
  meanRounds!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'mean over the agreed sizes of (agreed − first offer) / first offer × 100, each size counting once, ' +
      `computed on the exact ratios; ${PCT_RULE}`,
  })
  meanAgreedOverFirstOfferPct!: number | null;
  @ApiProperty({ nullable: true, type: Number }) meanConcessionRatio!: number | null;
  @ApiProperty({ nullable: true, type: Number }) meanBargainingPower!: number | null;
}

export class NegotiationsDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty() position!: number;
  @ApiProperty({ type: [BuyerNegotiationsDto] }) buyers!: BuyerNegotiationsDto[];
  @ApiProperty({ type: [NegotiationOutcomeDto] }) negotiations!: NegotiationOutcomeDto[];
}

export class GetNegotiationsQuery extends Query<NegotiationsDto> {
  constructor(readonly params: NegotiationsParams) {
    super();
  }
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/** A negotiation as answered, and (agreed − first offer) / first offer of its agreed sizes, exact, for the means. */
interface Outcome {
  readonly answer: NegotiationOutcomeDto;
  readonly agreedOverFirstOffer: readonly number[];
}

/** One negotiation's outcome per size, by the negotiation metrics. */
function outcomeOf(n: NegotiationDoc): Outcome {
  const asking = new Map(n.asking.map((p) => [p.size, p.satangPerEgg]));
  const first = new Map((n.firstOffer ?? []).map((p) => [p.size, p.satangPerEgg]));
  const agreed = new Map((n.agreed ?? []).map((p) => [p.size, p.satangPerEgg]));
  const metrics = negotiationMetricsBySize({
    asking: n.asking.map((p) => ({ size: p.size as SizeClass, satangPerEgg: p.satangPerEgg })),
    firstOffer: (n.firstOffer ?? []).map((p) => ({ size: p.size as SizeClass, satangPerEgg: p.satangPerEgg })),
    agreed:
      n.agreed === null ? null : n.agreed.map((p) => ({ size: p.size as SizeClass, satangPerEgg: p.satangPerEgg })),
    rounds: n.rounds,
    floorSatang: n.floorSatangPerEgg,
    ceilingSatang: n.ceilingSatangPerEgg,
  });
  const agreedOverFirstOffer: number[] = [];
  const sizes = metrics.map((m) => {
    const firstOffer = first.get(m.size) as number;
    const agreedSatang = agreed.get(m.size) ?? null;
    if (n.outcome === 'AGREED' && agreedSatang !== null && firstOffer !== 0) {
      agreedOverFirstOffer.push((agreedSatang - firstOffer) / firstOffer);
    }
    return {
      size: m.size,
      askSatangPerEgg: asking.get(m.size) as number,
      firstOfferSatangPerEgg: firstOffer,
      agreedSatangPerEgg: agreedSatang,
      spreadSatangPerEgg: m.spreadSatang,
      agreedOverFirstOfferPct: agreedSatang === null ? null : pctOf(agreedSatang - firstOffer, firstOffer),
      concessionRatio: m.concessionRatio,
      bargainingPower: m.bargainingPower,
    };
  });
  const answer = {
    negotiationId: n.negotiationId,
    buyerId: n.buyerId,
    openedOn: n.openedOn,
    outcome: n.outcome,
    closedOn: n.closedOn,
    rounds: n.rounds,
    validFrom: n.validFrom,
    validTo: n.validTo,
    sizes,
  };
  return { answer, agreedOverFirstOffer };
}

/** Negotiation outcomes per buyer over the negotiations opened in the period, and each negotiation's per size. */
@QueryHandler(GetNegotiationsQuery)
export class GetNegotiationsHandler implements IQueryHandler<GetNegotiationsQuery> {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    @Inject(ReadModelRunner) private readonly runner: ReadModelRunner,
  ) {}

  async execute({ params }: GetNegotiationsQuery): Promise<NegotiationsDto> {
    const { from, to, buyerId } = params;
    await checkPeriod(params, this.runner);
    const position = await readPosition(this.store, [negotiationsProjection, partnersProjection]);
    const docs = await this.store.find<NegotiationDoc>(NEGOTIATIONS, {
      where: { openedOn: { gte: from, lte: to }, ...(buyerId === undefined ? {} : { buyerId }) },
      sort: [
        ['openedOn', 1],
        ['negotiationId', 1],
      ],
    });
    const partners = await this.store.find<PartnerDoc>(PARTNERS, { where: { kind: 'BUYER' } });
    const channelOf = new Map(partners.map((p) => [p.partnerId, p.channel]));
    const outcomes = docs.map(outcomeOf);
    const byBuyer = new Map<string, Outcome[]>();
    for (const o of outcomes) byBuyer.set(o.answer.buyerId, [...(byBuyer.get(o.answer.buyerId) ?? []), o]);
    const buyers = [...byBuyer.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, mine]) => {
        const list = mine.map((o) => o.answer);
        const closed = list.filter((n) => n.outcome !== 'OPEN');
        const sizes = list.flatMap((n) => (n.outcome === 'AGREED' ? n.sizes : []));
        return {
          buyerId: id,
          channel: channelOf.get(id) ?? null,
          negotiations: list.length,
          agreed: list.filter((n) => n.outcome === 'AGREED').length,
          failed: list.filter((n) => n.outcome === 'FAILED').length,
          open: list.length - closed.length,
          meanRounds: mean(closed.map((n) => n.rounds)),
          // The mean of the exact ratios, rounded once: a mean of rounded percentages can be 0.01 off.
          meanAgreedOverFirstOfferPct: ratioPct(mean(mine.flatMap((o) => o.agreedOverFirstOffer))),
          meanConcessionRatio: mean(numbers(sizes.map((s) => s.concessionRatio))),
          meanBargainingPower: mean(numbers(sizes.map((s) => s.bargainingPower))),
        };
      });
    return { from, to, position, buyers, negotiations: outcomes.map((o) => o.answer) };
  }
}

const numbers = (values: readonly (number | null)[]): number[] => values.filter((v): v is number => v !== null);

@ApiTags('analytics')
@ApiProblems(QUERY_PROBLEMS)
@Controller('analytics/negotiations')
export class NegotiationsController {
  constructor(private readonly queries: QueryBus) {}

  /** Negotiation outcomes per buyer: rounds, agreed against first offer, concession ratio and β. */
  @Get()
  @Roles('manager', 'agency')
  @ApiOkResponse({ type: NegotiationsDto })
  get(@QueryParams() params: NegotiationsParams): Promise<NegotiationsDto> {
    return this.queries.execute(new GetNegotiationsQuery(params));
  }
}
