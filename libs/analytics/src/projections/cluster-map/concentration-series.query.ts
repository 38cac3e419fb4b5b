import { ApiProblems, QUERY_PROBLEMS, Roles } from '@khai/event-sourcing';
import { READ_MODEL_STORE, ReadModelRunner, type ReadModelStore } from '@khai/read-models';
import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { type IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

import { concentration, type PartyVolume } from '../../metrics/concentration';
import { monthOf } from '../../read-side/dates';
import { readPosition } from '../../read-side/position';
import { partnersProjection } from '../partners/partners.projection';
import { clusterFlowsProjection } from './cluster-flows.projection';
import { checkPeriod, ClusterPeriodParams } from './cluster-params';
import { ConcentrationFiguresDto, netted, roundedFigures } from './concentration.query';
import { contractsOf, feedFlows, soldFlows, supplierOf } from './read-flows';

export const SERIES_PERIODS = ['month', 'quarter', 'year'] as const;
export type SeriesPeriod = (typeof SERIES_PERIODS)[number];

export class ConcentrationSeriesParams extends ClusterPeriodParams {
  @ApiProperty({
    enum: SERIES_PERIODS,
    description: 'calendar months, quarters or years, the first and last clipped to the range',
  })
  @IsIn(SERIES_PERIODS)
  every!: SeriesPeriod;
}

export class PartyConcentrationFiguresDto {
  @ApiProperty({ type: ConcentrationFiguresDto, description: 'by eggs sold (buyers) or feed kg delivered (suppliers)' })
  byVolume!: ConcentrationFiguresDto;
  @ApiProperty({ type: ConcentrationFiguresDto, description: 'by satang paid (buyers) or charged (suppliers)' })
  byValue!: ConcentrationFiguresDto;
}

export class ConcentrationPeriodDto {
  @ApiProperty({ example: '2024-03', description: '`2024-03`, `2024-Q1` or `2024`' }) period!: string;
  @ApiProperty({ description: 'the period’s first day within the range' }) from!: string;
  @ApiProperty({ description: 'the period’s last day within the range' }) to!: string;
  @ApiProperty({ type: PartyConcentrationFiguresDto }) buyers!: PartyConcentrationFiguresDto;
  @ApiProperty({ type: PartyConcentrationFiguresDto }) feedSuppliers!: PartyConcentrationFiguresDto;
}

export class ConcentrationSeriesDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ enum: SERIES_PERIODS }) every!: SeriesPeriod;
  @ApiProperty({ description: 'log position the answer reflects' }) position!: number;
  @ApiProperty({ type: [ConcentrationPeriodDto], description: 'every period of the range, oldest first' })
  periods!: ConcentrationPeriodDto[];
}

export interface CalendarPeriod {
  readonly period: string;
  readonly from: string;
  readonly to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar months, quarters or years a range of days spans, the first and last clipped to the range. */
export function calendarPeriods(from: string, to: string, every: SeriesPeriod): CalendarPeriod[] {
  const step = every === 'month' ? 1 : every === 'quarter' ? 3 : 12;
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const out: CalendarPeriod[] = [];
  // Months counted from year 0: the period's first month, aligned to its quarter or year.
  for (let m = fy * 12 + (fm - 1) - ((fm - 1) % step); m <= ty * 12 + (tm - 1); m += step) {
    const year = Math.floor(m / 12);
    const month = (m % 12) + 1;
    const last = m + step - 1;
    const lastYear = Math.floor(last / 12);
    const lastMonth = (last % 12) + 1;
    const lastDay = new Date(Date.UTC(lastYear, lastMonth, 0)).getUTCDate();
    const start = `${year}-${pad(month)}-01`;
    const end = `${lastYear}-${pad(lastMonth)}-${pad(lastDay)}`;
    const period =
      every === 'month' ? `${year}-${pad(month)}` : every === 'quarter' ? `${year}-Q${(month + 2) / 3}` : String(year);
    out.push({ period, from: start < from ? from : start, to: end > to ? to : end });
  }
  return out;
}

export class GetConcentrationSeriesQuery extends Query<ConcentrationSeriesDto> {
  constructor(readonly params: ConcentrationSeriesParams) {
    super();
  }
}

/**
 * Buyer and feed-supplier concentration (HHI, CR1, CR4, band) per calendar month, quarter or year of a range: the
 * figures `GET /analytics/concentration` answers for each period on its own, from one read of the flows.
 */
@QueryHandler(GetConcentrationSeriesQuery)
export class GetConcentrationSeriesHandler implements IQueryHandler<GetConcentrationSeriesQuery> {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    @Inject(ReadModelRunner) private readonly runner: ReadModelRunner,
  ) {}

  async execute({ params }: GetConcentrationSeriesQuery): Promise<ConcentrationSeriesDto> {
    await checkPeriod(params, this.runner);
    const position = await readPosition(this.store, [clusterFlowsProjection, partnersProjection]);
    const [feed, sold] = await Promise.all([feedFlows(this.store, params), soldFlows(this.store, params)]);
    const contracts = await contractsOf(this.store, feed);
    const periods = calendarPeriods(params.from, params.to, params.every);
    // Periods are whole months (but for the range's ends, which the flows are already cut to): a day's period by its month.
    const indexOfMonth = new Map<string, number>();
    for (const [i, p] of periods.entries())
      for (let day = p.from; day <= p.to; day = nextMonth(day)) indexOfMonth.set(monthOf(day), i);
    const parties = periods.map(() => ({
      buyersEggs: [] as PartyVolume[],
      buyersSatang: [] as PartyVolume[],
      suppliersKg: [] as PartyVolume[],
      suppliersSatang: [] as PartyVolume[],
    }));
    const at = (day: string) => parties[indexOfMonth.get(monthOf(day)) ?? -1];
    for (const s of sold) {
      const p = at(s.day);
      p?.buyersEggs.push({ id: s.buyerId, volume: s.eggs });
      p?.buyersSatang.push({ id: s.buyerId, volume: s.amountSatang });
    }
    for (const f of feed) {
      const p = at(f.day);
      const id = supplierOf(contracts, f.contractId);
      p?.suppliersKg.push({ id, volume: f.kg });
      p?.suppliersSatang.push({ id, volume: f.amountSatang });
    }
    const figures = (volumes: readonly PartyVolume[]) => roundedFigures(concentration(netted(volumes)));
    return {
      from: params.from,
      to: params.to,
      every: params.every,
      position,
      periods: periods.map((p, i) => {
        const v = parties[i] ?? { buyersEggs: [], buyersSatang: [], suppliersKg: [], suppliersSatang: [] };
        return {
          ...p,
          buyers: { byVolume: figures(v.buyersEggs), byValue: figures(v.buyersSatang) },
          feedSuppliers: { byVolume: figures(v.suppliersKg), byValue: figures(v.suppliersSatang) },
        };
      }),
    };
  }
}

/** The first day of the month after `day`'s. */
function nextMonth(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`;
}

@ApiTags('analytics')
@ApiProblems(QUERY_PROBLEMS)
@Controller('analytics/concentration/series')
export class ConcentrationSeriesController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * Buyer and feed-supplier concentration (HHI, CR1, CR4, band; by volume and by value) per calendar month, quarter
   * or year of the range: a period's figures are those of `GET /analytics/concentration` for it.
   */
  @Get()
  @Roles('manager', 'agency')
  @ApiOkResponse({ type: ConcentrationSeriesDto })
  get(@QueryParams() params: ConcentrationSeriesParams): Promise<ConcentrationSeriesDto> {
    return this.queries.execute(new GetConcentrationSeriesQuery(params));
  }
}
