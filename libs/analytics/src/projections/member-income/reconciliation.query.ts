import { ID_PATTERN, MatchesPattern } from '@khai/contracts';
import { ApiProblems, EVENT_STORE, type EventStore, QUERY_PROBLEMS, readState, Roles } from '@khai/event-sourcing';
import { READ_MODEL_STORE, type ReadModelStore } from '@khai/read-models';
import {
  emptyMemberAccount,
  MEMBER_LEDGER,
  memberAccount,
  type MemberLedger,
  type OpenMemberAccount,
  waitForLedger,
} from '@khai/settlement';
import { Controller, Get, Inject, Optional, Param, Query as QueryParams } from '@nestjs/common';
import { type IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';

import { PeriodParams } from '../../read-side/period-params';
import { ReferenceSeriesCache } from '../../read-side/reference-series';
import { MemberPriceLists } from './income-figures';
import { INCOME_PRICE_LISTS, type PriceListDoc } from './member-income.projection';
import { GetMemberIncomeHandler } from './member-income.query';
import { type Amounts, reconcile, type Reconciliation } from './reconciliation';

export class MemberIdParam {
  @ApiProperty({ pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  memberId!: string;
}

export class AmountsDto {
  @ApiProperty({ description: 'graded eggs (settlements pay graded eggs only)' }) eggs!: number;
  @ApiProperty({ description: 'egg revenue, exact satang' }) revenueSatang!: number;
  @ApiProperty() feedKg!: number;
  @ApiProperty({ description: 'feed at the contract price, satang' }) feedSatang!: number;
}

export class SettledAmountsDto extends AmountsDto {
  @ApiProperty({ type: [String], description: 'the settlements settled in the window, in the order made' })
  settlementIds!: string[];
}

export class DifferenceDto extends AmountsDto {
  @ApiProperty({
    enum: [
      'not_yet_settled',
      'settled_outside_window',
      'settled_here_collected_outside',
      'voided_after_payment',
      'taken_back',
      'priced_differently',
      'feed_not_yet_settled',
      'feed_settled_outside_window',
      'feed_settled_here_delivered_outside',
      'correction_not_settled_here',
      'correction_of_delivery_outside_period',
    ],
  })
  kind!: string;
  @ApiPropertyOptional() lotId?: string;
  @ApiPropertyOptional() grading?: number;
  @ApiPropertyOptional() deliveryId?: string;
  @ApiPropertyOptional() adjustmentId?: string;
  @ApiProperty({ description: 'the collection or delivery day, or a correction’s day' }) day!: string;
  @ApiProperty({ nullable: true, type: String }) settlementId!: string | null;
}

export class ReconciliationDto {
  @ApiProperty() memberId!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ description: 'the log position both sides were read at or after' }) position!: number;
  @ApiProperty({ type: AmountsDto, description: 'the income report: eggs by collection day, feed by delivery day' })
  income!: AmountsDto;
  @ApiProperty({ type: SettledAmountsDto, description: 'the settlements whose settledOn falls in the window' })
  settled!: SettledAmountsDto;
  @ApiProperty({ type: AmountsDto, description: 'income − settled' }) difference!: AmountsDto;
  @ApiProperty({ type: [DifferenceDto], description: 'each lot, delivery or correction that makes the difference' })
  explained!: DifferenceDto[];
  @ApiProperty({ type: AmountsDto, description: 'difference − Σ explained: zero unless writes were in flight' })
  unexplained!: AmountsDto;
}

export class GetReconciliationQuery extends Query<ReconciliationDto> {
  constructor(
    readonly memberId: string,
    readonly params: PeriodParams,
  ) {
    super();
  }
}

/**
 * A member's income report against their settlements for one window. Both sides
 * are read at the log's head when asked (or `minPosition`): the report's read
 * models and the member ledger are waited for, then the account is read.
 */
@QueryHandler(GetReconciliationQuery)
export class GetReconciliationHandler implements IQueryHandler<GetReconciliationQuery> {
  constructor(
    private readonly income: GetMemberIncomeHandler,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    @Inject(ReferenceSeriesCache) private readonly references: ReferenceSeriesCache,
    @Optional() @Inject(MEMBER_LEDGER) private readonly ledger?: MemberLedger,
  ) {}

  async execute({ memberId, params }: GetReconciliationQuery): Promise<ReconciliationDto> {
    const { from, to } = params;
    const at = params.minPosition ?? (await this.events.headPosition());
    const figures = await this.income.figures({ from, to, memberId, minPosition: at });
    if (this.ledger) await waitForLedger(this.ledger, at, 5_000);
    const [{ state }, lists, series] = await Promise.all([
      readState(this.events, memberAccount.stream(memberId), memberAccount.decider),
      this.store.find<PriceListDoc>(INCOME_PRICE_LISTS),
      this.references.load(),
    ]);
    const member = figures.members[0];
    const income: Amounts = {
      eggs: member?.eggsBySize.reduce((n, s) => n + s.eggs, 0) ?? 0,
      revenueSatang: member?.eggRevenueSatang ?? 0,
      feedKg: member?.feedKg ?? 0,
      feedSatang: member?.feedCostSatang ?? 0,
    };
    const prices = new MemberPriceLists(lists);
    const account: OpenMemberAccount = state.status === 'open' ? state : emptyMemberAccount(memberId);
    const r: Reconciliation = reconcile(
      from,
      to,
      income,
      account,
      (day, size) => prices.priceOf(day, size) ?? series.priceOf(day, size)?.satangPerEgg,
    );
    return {
      memberId,
      from,
      to,
      position: Math.max(at, figures.position),
      income: { ...r.income },
      settled: { ...r.settled, settlementIds: [...r.settled.settlementIds] },
      difference: { ...r.difference },
      explained: r.explained.map((d) => ({ ...d })),
      unexplained: { ...r.unexplained },
    };
  }
}

@ApiTags('analytics')
@ApiProblems(QUERY_PROBLEMS)
@Controller('analytics/members/:memberId/reconciliation')
export class ReconciliationController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * The member's income report for the period (eggs by collection day, feed by delivery day) lined up against the
   * settlements settled in it, each difference named lot by lot and delivery by delivery.
   */
  @Get()
  @Roles('manager', { member: 'memberId' })
  @ApiOkResponse({ type: ReconciliationDto })
  get(@Param() { memberId }: MemberIdParam, @QueryParams() params: PeriodParams): Promise<ReconciliationDto> {
    return this.queries.execute(new GetReconciliationQuery(memberId, params));
  }
}
