import { SIZE_CLASSES } from '@khai/contracts';
import { ApiProblems, NotFound, QUERY_PROBLEMS, Roles } from '@khai/event-sourcing';
import { READ_MODEL_STORE, ReadModelRunner, type ReadModelStore } from '@khai/read-models';
import { Controller, Get, Inject, Optional, Query as QueryParams } from '@nestjs/common';
import { type IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import { EGG_GRAMS, type EggGrams, TAS_MIDPOINT_GRAMS } from '../../metrics/member-performance';
import { dayNumber, monthOf } from '../../read-side/dates';
import { checkPeriod } from '../../read-side/period-params';
import { readPosition } from '../../read-side/position';
import { ReferenceSeriesCache } from '../../read-side/reference-series';
import { referencePricesProjection } from '../reference-prices/reference-prices.projection';
import { clusterAnswer, memberIncomeAnswer } from './income-answer';
import {
  type ClusterDistribution,
  clusterDistribution,
  type MemberIncome,
  memberIncomes,
  MemberPriceLists,
} from './income-figures';
import { MemberIncomeParams, MemberIncomeReportDto } from './member-income.dto';
import {
  INCOME_FLOCKS,
  INCOME_MONTHS,
  INCOME_PRICE_LISTS,
  type IncomeFlockDoc,
  type IncomeMonthDoc,
  memberIncomeProjection,
  type PriceListDoc,
} from './member-income.projection';

export class GetMemberIncomeQuery extends Query<MemberIncomeReportDto> {
  constructor(readonly params: MemberIncomeParams) {
    super();
  }
}

/** The report's figures before the answer rounds them. */
export interface MemberIncomeFigures {
  readonly days: number;
  readonly position: number;
  readonly members: readonly MemberIncome[];
  readonly cluster: ClusterDistribution;
}

/**
 * Income per member and period (egg revenue, feed cost, IOFC per hen-day and
 * per egg, hen-day and hen-housed production, FCR, feed and egg mass per
 * hen-day, mortality) and how IOFC is spread across the cluster. The month
 * documents of the period and every flock are read (the cluster has tens of
 * members and flocks), and the figures computed by metrics/member-performance
 * and metrics/distribution on exact values; the answer rounds them once.
 */
@QueryHandler(GetMemberIncomeQuery)
export class GetMemberIncomeHandler implements IQueryHandler<GetMemberIncomeQuery> {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    @Inject(ReadModelRunner) private readonly runner: ReadModelRunner,
    @Inject(ReferenceSeriesCache) private readonly references: ReferenceSeriesCache,
    @Optional() @Inject(EGG_GRAMS) private readonly grams: EggGrams = TAS_MIDPOINT_GRAMS,
  ) {}

  async execute({ params }: GetMemberIncomeQuery): Promise<MemberIncomeReportDto> {
    const { days, position, members, cluster } = await this.figures(params);
    return {
      from: params.from,
      to: params.to,
      days,
      position,
      eggGrams: SIZE_CLASSES.map((size) => ({ size, grams: this.grams[size] })),
      members: members.map(memberIncomeAnswer),
      cluster: clusterAnswer(cluster),
    };
  }

  /** The figures unrounded (the action plan measures goals on these). */
  async figures(params: MemberIncomeParams): Promise<MemberIncomeFigures> {
    const { from, to, memberId } = params;
    await checkPeriod(params, this.runner);
    const position = await readPosition(this.store, [memberIncomeProjection, referencePricesProjection]);
    const [months, flocks, lists, series] = await Promise.all([
      this.store.find<IncomeMonthDoc>(INCOME_MONTHS, { where: { month: { gte: monthOf(from), lte: monthOf(to) } } }),
      this.store.find<IncomeFlockDoc>(INCOME_FLOCKS),
      this.store.find<PriceListDoc>(INCOME_PRICE_LISTS),
      this.references.load(),
    ]);
    const all = memberIncomes(from, to, months, flocks, new MemberPriceLists(lists), series, this.grams);
    if (memberId !== undefined && !(await this.isKnown(memberId, flocks))) {
      throw new NotFound(`no flock, eggs or feed were ever recorded for member ${memberId}`, { memberId });
    }
    return {
      days: dayNumber(to) - dayNumber(from) + 1,
      position,
      members: memberId === undefined ? all : all.filter((m) => m.memberId === memberId),
      cluster: clusterDistribution(all),
    };
  }

  private async isKnown(memberId: string, flocks: readonly IncomeFlockDoc[]): Promise<boolean> {
    return flocks.some((f) => f.memberId === memberId) || (await this.store.count(INCOME_MONTHS, { memberId })) > 0;
  }
}

@ApiTags('analytics')
@ApiProblems(QUERY_PROBLEMS)
@Controller('analytics/members/income')
export class MemberIncomeController {
  constructor(private readonly queries: QueryBus) {}

  /** Each member's income and production over the period, and the cluster's distribution of IOFC. */
  @Get()
  @Roles('manager', { member: 'memberId' })
  @ApiOkResponse({ type: MemberIncomeReportDto })
  get(@QueryParams() params: MemberIncomeParams): Promise<MemberIncomeReportDto> {
    return this.queries.execute(new GetMemberIncomeQuery(params));
  }
}
