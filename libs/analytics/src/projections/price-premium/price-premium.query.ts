import { ID_PATTERN, MatchesPattern } from '@khai/contracts';
import { ApiProblems, QUERY_PROBLEMS, Roles } from '@khai/event-sourcing';
import { READ_MODEL_STORE, ReadModelRunner, type ReadModelStore } from '@khai/read-models';
import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

import { PCT_RULE } from '../../metrics/rounding';
import { PeriodParams } from '../../read-side/period-params';
import { checkPeriod } from '../../read-side/period-params';
import { readPosition } from '../../read-side/position';
import { PremiumCell, premiumFigures, valueLine } from '../../read-side/premium-figures';
import { PremiumSumsDto } from '../../read-side/premium-sums.dto';
import { ReferenceSeriesCache } from '../../read-side/reference-series';
import { referencePricesProjection } from '../reference-prices/reference-prices.projection';
import {
  PREMIUM_SALES,
  premiumOf,
  type PremiumSaleDoc,
  pricePremiumProjection,
  type SalePremium,
} from './price-premium.projection';

const SLUG = ID_PATTERN;

export class PricePremiumParams extends PeriodParams {
  @ApiPropertyOptional({ example: 'coop-network', description: 'only this source of reference prices' })
  @IsOptional()
  @MatchesPattern(SLUG)
  source?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @MatchesPattern(SLUG)
  buyerId?: string;
}

class PremiumLineDto {
  @ApiProperty() size!: number;
  @ApiProperty() eggs!: number;
  @ApiProperty() satangPerEgg!: number;
  @ApiProperty({ nullable: true, type: Number }) referenceSatangPerEgg!: number | null;
  @ApiProperty({ nullable: true, enum: ['size', 'mixed'] }) referenceBasis!: 'size' | 'mixed' | null;
  @ApiProperty({ nullable: true, type: Number, description: 'satangPerEgg − referenceSatangPerEgg' })
  premiumSatangPerEgg!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: `(satangPerEgg − referenceSatangPerEgg) / referenceSatangPerEgg × 100; ${PCT_RULE}`,
  })
  premiumPct!: number | null;
}

class ReferenceUsedDto {
  @ApiProperty() source!: string;
  @ApiProperty() effectiveDate!: string;
}

class MixPremiumDto {
  @ApiProperty() realisedSatang!: number;
  @ApiProperty({ description: 'the same size mix valued at the reference ladder' }) atLadderSatang!: number;
  @ApiProperty({ description: 'the same eggs valued at the mixed (ungraded) reference price' }) atMixedSatang!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: `mix-normalised premium: (realisedSatang − atLadderSatang) / atLadderSatang × 100; ${PCT_RULE}`,
  })
  premiumPct!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: `worth of the size mix over ungraded eggs: (atLadderSatang − atMixedSatang) / atMixedSatang × 100; ${PCT_RULE}`,
  })
  mixEffectPct!: number | null;
}

export class SalePremiumDto {
  @ApiProperty() saleId!: string;
  @ApiProperty() buyerId!: string;
  @ApiProperty() soldOn!: string;
  @ApiProperty({ type: ReferenceUsedDto, nullable: true }) reference!: ReferenceUsedDto | null;
  @ApiProperty({ type: [PremiumLineDto] }) lines!: PremiumLineDto[];
  @ApiProperty({ type: MixPremiumDto, nullable: true }) mix!: MixPremiumDto | null;
}

export class PricePremiumReportDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ description: 'log position the answer reflects' }) position!: number;
  @ApiProperty({ type: PremiumSumsDto, description: 'every line of the sales below, added up' })
  summary!: PremiumSumsDto;
  @ApiProperty({ type: [SalePremiumDto] }) sales!: SalePremium[];
}

export class GetPricePremiumQuery extends Query<PricePremiumReportDto> {
  constructor(readonly params: PricePremiumParams) {
    super();
  }
}

@QueryHandler(GetPricePremiumQuery)
export class GetPricePremiumHandler implements IQueryHandler<GetPricePremiumQuery> {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    @Inject(ReadModelRunner) private readonly runner: ReadModelRunner,
    @Inject(ReferenceSeriesCache) private readonly references: ReferenceSeriesCache,
  ) {}

  async execute({ params }: GetPricePremiumQuery): Promise<PricePremiumReportDto> {
    await checkPeriod(params, this.runner);
    const { from, to, source, buyerId } = params;
    const position = await readPosition(this.store, [pricePremiumProjection, referencePricesProjection]);
    const series = await this.references.load();
    const docs = await this.store.find<PremiumSaleDoc>(PREMIUM_SALES, {
      where: { soldOn: { gte: from, lte: to }, ...(buyerId ? { buyerId } : {}) },
      sort: [
        ['soldOn', 1],
        ['_position', 1],
      ],
    });
    const sales = docs.map((sale) => premiumOf(sale, series, source));
    return { from, to, position, summary: summaryOf(sales), sales };
  }
}

/** The sales' lines added up, exactly, and rounded once (`premiumFigures`). */
function summaryOf(sales: readonly SalePremium[]): PremiumSumsDto {
  const cell = new PremiumCell();
  for (const sale of sales) {
    for (const line of sale.lines) {
      cell.add(valueLine(line.eggs, line.satangPerEgg, line.referenceSatangPerEgg ?? undefined), false);
    }
  }
  const { contractEggs: _c, spotEggs: _s, contractSharePct: _p, ...summary } = premiumFigures(cell);
  return summary;
}

@ApiTags('analytics')
@ApiProblems(QUERY_PROBLEMS)
@Controller('analytics/price-premium')
export class PricePremiumController {
  constructor(private readonly queries: QueryBus) {}

  /** Each sale's price per size against the reference price in force that day. */
  @Get()
  @Roles('manager', 'agency')
  @ApiOkResponse({ type: PricePremiumReportDto })
  get(@QueryParams() params: PricePremiumParams): Promise<PricePremiumReportDto> {
    return this.queries.execute(new GetPricePremiumQuery(params));
  }
}
