import { ApiProblems, QUERY_PROBLEMS, Roles } from '@khai/event-sourcing';
import { READ_MODEL_STORE, ReadModelRunner, type ReadModelStore } from '@khai/read-models';
import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { type IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import { roundPct, roundSatang } from '../../../metrics/rounding';
import { GetMemberIncomeHandler } from '../../../projections/member-income/member-income.query';
import { GetNegotiatedPricesHandler } from '../../../projections/negotiated-prices/negotiated-prices.query';
import { dayNumber, isoOfDay } from '../../../read-side/dates';
import { readPosition } from '../../../read-side/position';
import { contractShareOf } from '../../../read-side/premium-figures';
import { ACTION_PLAN_GOALS, actionPlanProjection, type GoalDoc } from '../../action-plan.projection';
import type { Goal, GoalMetric } from '../../domain/action-plan-goal.events';
import { goalProgress } from '../../domain/goal-status';
import { ActionPlanDto, ActionPlanParams, type GoalProgressDto } from './get-action-plan.dto';

export class GetActionPlanQuery extends Query<ActionPlanDto> {
  constructor(readonly params: ActionPlanParams) {
    super();
  }
}

interface Reading {
  readonly position: number;
  readonly values: Readonly<Record<GoalMetric, number | null>>;
}

/** Today in Asia/Bangkok (UTC+7 all year, no daylight saving). */
export function bangkokToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Each metric's value as answered: by the money rule or the percentage rule (metrics/rounding). */
const ROUND: Readonly<Record<GoalMetric, (value: number | null) => number | null>> = {
  price_premium_pct: roundPct,
  contract_share_pct: roundPct,
  iofc_per_hen_day_median_satang: roundSatang,
  hen_day_production_pct_median: roundPct,
};

/**
 * Every live goal of the action plan with the current value of its metric,
 * measured over the goal's window (its windowDays days up to asOf) by the very
 * handlers the metric endpoints answer with — the negotiated-prices summary and
 * the members/income cluster distribution — and its progress and status
 * (domain/goal-status). Value, progress and status are computed on the exact
 * figures those handlers compute before they round; the answer rounds the value
 * and the progress once. The answer's position is the least of the positions
 * those figures reflect.
 */
@QueryHandler(GetActionPlanQuery)
export class GetActionPlanHandler implements IQueryHandler<GetActionPlanQuery> {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    @Inject(ReadModelRunner) private readonly runner: ReadModelRunner,
    @Inject(GetNegotiatedPricesHandler) private readonly prices: GetNegotiatedPricesHandler,
    @Inject(GetMemberIncomeHandler) private readonly incomes: GetMemberIncomeHandler,
  ) {}

  async execute({ params }: GetActionPlanQuery): Promise<ActionPlanDto> {
    if (params.minPosition !== undefined) await this.runner.waitFor(params.minPosition);
    const asOf = params.asOf ?? bangkokToday();
    let position = await readPosition(this.store, [actionPlanProjection]);
    const docs = await this.store.find<GoalDoc>(ACTION_PLAN_GOALS, {
      where: { status: 'live' },
      sort: [
        ['deadline', 1],
        ['goalId', 1],
      ],
    });
    // One reading per window and reference source: goals over the same days share it.
    const readings = new Map<string, Promise<Reading>>();
    const goals: GoalProgressDto[] = [];
    for (const doc of docs) {
      const goal = goalOfDoc(doc);
      const from = isoOfDay(dayNumber(asOf) - goal.windowDays + 1);
      const key = `${from} ${goal.referenceSource ?? ''}`;
      let reading = readings.get(key);
      if (!reading) readings.set(key, (reading = this.measure(from, asOf, goal.referenceSource)));
      const { values, position: measured } = await reading;
      position = Math.min(position, measured);
      const value = values[goal.metric];
      const progress = goalProgress(goal, doc.setOn, asOf, value);
      goals.push({
        ...goal,
        setOn: doc.setOn,
        revisions: doc.revisions,
        window: { from, to: asOf },
        value: ROUND[goal.metric](value),
        ...progress,
        progressPct: roundPct(progress.progressPct),
        elapsedPct: roundPct(progress.elapsedPct),
      });
    }
    return { asOf, position, goals };
  }

  private async measure(from: string, to: string, source: string | undefined): Promise<Reading> {
    const [sales, income] = await Promise.all([
      this.prices.cells({ from, to, granularity: 'month', pageSize: 1, ...(source === undefined ? {} : { source }) }),
      this.incomes.figures({ from, to }),
    ]);
    const premium = sales.summary.premiumRatio;
    const share = contractShareOf(sales.summary).share;
    return {
      position: Math.min(sales.position, income.position),
      values: {
        price_premium_pct: premium === null ? null : premium * 100,
        contract_share_pct: share === null ? null : share * 100,
        iofc_per_hen_day_median_satang: income.cluster.iofcPerHenDaySatang.median,
        hen_day_production_pct_median: income.cluster.henDayPct.median,
      },
    };
  }
}

function goalOfDoc(doc: GoalDoc): Goal {
  return {
    goalId: doc.goalId,
    metric: doc.metric as GoalMetric,
    target: doc.target,
    comparison: doc.comparison as Goal['comparison'],
    deadline: doc.deadline,
    owner: doc.owner,
    baseline: doc.baseline,
    windowDays: doc.windowDays,
    ...(doc.referenceSource === undefined ? {} : { referenceSource: doc.referenceSource }),
  };
}

@ApiTags('analytics')
@ApiProblems(QUERY_PROBLEMS)
@Controller('analytics/action-plan')
export class ActionPlanController {
  constructor(private readonly queries: QueryBus) {}

  /** Every live goal with its metric's current value, progress towards the target, and status. */
  @Get()
  @Roles('manager', 'agency')
  @ApiOkResponse({ type: ActionPlanDto })
  get(@QueryParams() params: ActionPlanParams): Promise<ActionPlanDto> {
    return this.queries.execute(new GetActionPlanQuery(params));
  }
}
