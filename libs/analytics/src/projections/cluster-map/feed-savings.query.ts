import { ApiProblems, QUERY_PROBLEMS, Roles } from '@khai/event-sourcing';
import { READ_MODEL_STORE, ReadModelRunner, type ReadModelStore } from '@khai/read-models';
import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { type IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';

import { type FeedPurchase, feedSavings } from '../../metrics/feed-savings';
import { PCT_RULE, pctOf } from '../../metrics/rounding';
import { monthOf } from '../../read-side/dates';
import { readPosition } from '../../read-side/position';
import { clusterFlowsProjection } from './cluster-flows.projection';
import { checkPeriod, FeedSavingsParams } from './cluster-params';
import {
  FEED_MARKET_PRICES,
  type FeedMarketPriceDoc,
  feedMarketPricesProjection,
} from './feed-market-prices.projection';
import { FeedMarketSeries } from './feed-market-series';
import { contractsOf, feedFlows } from './read-flows';

export class SavingsDto {
  @ApiProperty({ description: 'kg compared: those with a market price to compare with' }) kg!: number;
  @ApiProperty({ description: 'Σ market price × kg' }) marketCostSatang!: number;
  @ApiProperty({ description: 'Σ contract price × kg' }) negotiatedCostSatang!: number;
  @ApiProperty({ description: 'Σ (market − contract price) × kg; negative when the contract was dearer' })
  savingsSatang!: number;
  @ApiProperty() savingsThb!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: `savings over what the feed would have cost at the market price: savingsSatang / marketCostSatang × 100; ${PCT_RULE}`,
  })
  savingsPct!: number | null;
  @ApiProperty({ description: 'kg delivered with no market price to compare with, left out' })
  kgWithoutMarketPrice!: number;
}

export class BaselinesDto {
  @ApiProperty({ type: SavingsDto, description: 'against the market price the contract recorded at signing' })
  atSigning!: SavingsDto;
  @ApiProperty({
    type: SavingsDto,
    description: 'against the market price of the feed type in force on each delivery day (FeedMarketPriceRecorded)',
  })
  onDeliveryDay!: SavingsDto;
}

export class MonthSavingsDto extends BaselinesDto {
  @ApiProperty({ example: '2024-02' }) month!: string;
}

export class ContractSavingsDto extends BaselinesDto {
  @ApiProperty() contractId!: string;
  @ApiProperty({ nullable: true, type: String }) supplierId!: string | null;
  @ApiProperty({ nullable: true, type: String }) feedType!: string | null;
  @ApiProperty({ nullable: true, type: Number }) pricePerKgSatang!: number | null;
  @ApiProperty({ nullable: true, type: Number }) marketPricePerKgSatangAtSigning!: number | null;
}

export class FeedSavingsDto extends BaselinesDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ nullable: true, type: String, description: 'the source of market prices asked for' })
  source!: string | null;
  @ApiProperty({ description: 'log position the answer reflects' }) position!: number;
  @ApiProperty({ type: [MonthSavingsDto] }) months!: MonthSavingsDto[];
  @ApiProperty({ type: [ContractSavingsDto] }) contracts!: ContractSavingsDto[];
}

export class GetFeedSavingsQuery extends Query<FeedSavingsDto> {
  constructor(readonly params: FeedSavingsParams) {
    super();
  }
}

/** Feed bought, each against both baselines; a purchase with no baseline is kg left out. */
class Baselines {
  readonly atSigning: FeedPurchase[] = [];
  readonly onDeliveryDay: FeedPurchase[] = [];
  unpricedAtSigning = 0;
  unpricedOnDay = 0;

  add(kg: number, negotiated: number | undefined, atSigning: number | undefined, onDay: number | undefined): void {
    if (negotiated === undefined || atSigning === undefined) this.unpricedAtSigning += kg;
    else this.atSigning.push({ kg, marketPricePerKgSatang: atSigning, negotiatedPricePerKgSatang: negotiated });
    if (negotiated === undefined || onDay === undefined) this.unpricedOnDay += kg;
    else this.onDeliveryDay.push({ kg, marketPricePerKgSatang: onDay, negotiatedPricePerKgSatang: negotiated });
  }

  toDto(): BaselinesDto {
    return {
      atSigning: savingsDto(this.atSigning, this.unpricedAtSigning),
      onDeliveryDay: savingsDto(this.onDeliveryDay, this.unpricedOnDay),
    };
  }
}

function savingsDto(purchases: readonly FeedPurchase[], kgWithoutMarketPrice: number): SavingsDto {
  const s = feedSavings(purchases);
  return {
    kg: s.kg,
    marketCostSatang: s.marketCostSatang,
    negotiatedCostSatang: s.negotiatedCostSatang,
    savingsSatang: s.savingsSatang,
    savingsThb: s.savingsSatang / 100,
    savingsPct: pctOf(s.savingsSatang, s.marketCostSatang),
    kgWithoutMarketPrice,
  };
}

/**
 * What collective feed buying saved over a range of delivery days: Σ (market −
 * contract price) × kg delivered (adjustments included, on their delivery's
 * day), against the market price each contract recorded at signing and, where
 * the market context has prices for the feed type, against the price in force
 * on each delivery day; in total, per month and per contract.
 */
@QueryHandler(GetFeedSavingsQuery)
export class GetFeedSavingsHandler implements IQueryHandler<GetFeedSavingsQuery> {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    @Inject(ReadModelRunner) private readonly runner: ReadModelRunner,
  ) {}

  async execute({ params }: GetFeedSavingsQuery): Promise<FeedSavingsDto> {
    await checkPeriod(params, this.runner);
    const position = await readPosition(this.store, [clusterFlowsProjection, feedMarketPricesProjection]);
    const flows = await feedFlows(this.store, params);
    const contracts = await contractsOf(this.store, flows);
    const types = [...new Set([...contracts.values()].map((c) => c.feedType))];
    const series = new FeedMarketSeries(
      await this.store.find<FeedMarketPriceDoc>(FEED_MARKET_PRICES, { where: { feedType: { in: types } } }),
      params.source,
    );

    const total = new Baselines();
    const months = new Map<string, Baselines>();
    const byContract = new Map<string, Baselines>();
    for (const f of flows) {
      const c = contracts.get(f.contractId);
      const onDay = c === undefined ? undefined : series.priceOn(c.feedType, f.day);
      const month = monthOf(f.day);
      if (!months.has(month)) months.set(month, new Baselines());
      if (!byContract.has(f.contractId)) byContract.set(f.contractId, new Baselines());
      for (const b of [total, months.get(month), byContract.get(f.contractId)] as Baselines[]) {
        b.add(f.kg, c?.pricePerKgSatang, c?.marketPricePerKgSatang, onDay);
      }
    }
    return {
      from: params.from,
      to: params.to,
      source: params.source ?? null,
      position,
      ...total.toDto(),
      months: [...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, b]) => ({ month, ...b.toDto() })),
      contracts: [...byContract.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([contractId, b]) => {
          const c = contracts.get(contractId);
          return {
            contractId,
            supplierId: c?.supplierId ?? null,
            feedType: c?.feedType ?? null,
            pricePerKgSatang: c?.pricePerKgSatang ?? null,
            marketPricePerKgSatangAtSigning: c?.marketPricePerKgSatang ?? null,
            ...b.toDto(),
          };
        }),
    };
  }
}

@ApiTags('analytics')
@ApiProblems(QUERY_PROBLEMS)
@Controller('analytics/feed-savings')
export class FeedSavingsController {
  constructor(private readonly queries: QueryBus) {}

  /** Feed savings against the market price at signing and on each delivery day, in satang and % of market cost. */
  @Get()
  @Roles('manager', 'agency')
  @ApiOkResponse({ type: FeedSavingsDto })
  get(@QueryParams() params: FeedSavingsParams): Promise<FeedSavingsDto> {
    return this.queries.execute(new GetFeedSavingsQuery(params));
  }
}
