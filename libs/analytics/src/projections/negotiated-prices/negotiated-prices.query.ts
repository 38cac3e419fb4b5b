import type { SizeClass } from '@khai/contracts';
import { ApiProblems, QUERY_PROBLEMS, Roles } from '@khai/event-sourcing';
import { READ_MODEL_STORE, ReadModelRunner, type ReadModelStore, type StoredDocument } from '@khai/read-models';
import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { type IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import { dayNumber, isoOfDay, monthOf, periodOf } from '../../read-side/dates';
import { checkPeriod, MAX_DAILY_PERIOD_DAYS, MAX_PERIOD_DAYS } from '../../read-side/period-params';
import { readPosition } from '../../read-side/position';
import { type PremiumCell, premiumFigures, PremiumTable, valueLine } from '../../read-side/premium-figures';
import { ReferenceSeries, ReferenceSeriesCache } from '../../read-side/reference-series';
import { type PartnerDoc, PARTNERS, partnersProjection } from '../partners/partners.projection';
import { referencePricesProjection } from '../reference-prices/reference-prices.projection';
import { NegotiatedPricesDto, NegotiatedPricesParams } from './negotiated-prices.dto';
import { negotiatedPricesProjection, SALE_MONTHS, type SaleMonthDoc } from './negotiated-prices.projection';

export class GetNegotiatedPricesQuery extends Query<NegotiatedPricesDto> {
  constructor(readonly params: NegotiatedPricesParams) {
    super();
  }
}

/** The day number of a month's last day. */
function lastDayOf(month: string): number {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return Date.UTC(year, m, 1) / 86_400_000 - 1; // the day before the next month's first
}

/** A month document's lines valued at the reference in force on each line's day (`valueLine`), as flat arrays. */
interface Valued {
  readonly source: string | undefined;
  readonly version: number;
  /** Day number of each line. */
  readonly day: Int32Array;
  readonly eggs: Float64Array;
  readonly realised: Float64Array;
  readonly reference: Float64Array;
  /** 1 where the line was sold under contract. */
  readonly contract: Uint8Array;
}

const SIZES = 8;

/** A page's rows and the summary of every matching row, as exact sums: the answer rounds them. */
export interface NegotiatedPriceCells {
  readonly position: number;
  readonly total: number;
  readonly rows: readonly {
    readonly period: string;
    readonly buyerId: string;
    readonly channel: string | null;
    readonly size: number;
    readonly cell: PremiumCell;
  }[];
  readonly summary: PremiumCell;
}

/**
 * Negotiated prices against the reference, by period × buyer × size class, with
 * the buyer's channel. Each day's eggs are valued at the reference in force that
 * day (the ladder's price for the size, else the mixed price); the premium is
 * Σ (realised − reference) / Σ reference over them. Rows are sorted by period,
 * buyer and size, and paged; the summary covers every row that matches the filters.
 *
 * Kept under 10 ms at p99 on five years (bench/analytics.bench.ts): the read
 * model holds a few thousand month documents; each document's lines are valued
 * once per version of it and of the reference series, and kept; rows are
 * numbered (period, buyer, size) so they come out sorted without comparing strings.
 */
@QueryHandler(GetNegotiatedPricesQuery)
export class GetNegotiatedPricesHandler implements IQueryHandler<GetNegotiatedPricesQuery> {
  /**
   * By document object: the in-memory store hands out the same frozen object
   * until the document changes; a store that builds new objects on every read
   * values the lines again (the series memoises its look-ups by day).
   */
  private readonly valued = new WeakMap<object, Valued>();
  /** Reused by every query: each fills it in one synchronous pass. */
  private readonly table = new PremiumTable();

  constructor(
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    @Inject(ReadModelRunner) private readonly runner: ReadModelRunner,
    @Inject(ReferenceSeriesCache) private readonly references: ReferenceSeriesCache,
  ) {}

  async execute({ params }: GetNegotiatedPricesQuery): Promise<NegotiatedPricesDto> {
    const page = params.page ?? 1;
    const pageSize = params.pageSize ?? 100;
    const cells = await this.cells(params);
    return {
      from: params.from,
      to: params.to,
      granularity: params.granularity,
      position: cells.position,
      page,
      pageSize,
      total: cells.total,
      summary: premiumFigures(cells.summary),
      rows: cells.rows.map(({ cell, ...row }) => ({ ...row, ...premiumFigures(cell) })),
    };
  }

  /** The rows of the page asked for and the summary, unrounded (the action plan measures goals on these). */
  async cells(params: NegotiatedPricesParams): Promise<NegotiatedPriceCells> {
    const { from, to, granularity, buyerId, size, channel, source } = params;
    await checkPeriod(params, this.runner, granularity === 'day' ? MAX_DAILY_PERIOD_DAYS : MAX_PERIOD_DAYS);
    const page = params.page ?? 1;
    const pageSize = params.pageSize ?? 100;
    const position = await readPosition(this.store, [
      negotiatedPricesProjection,
      referencePricesProjection,
      partnersProjection,
    ]);
    const series = await this.references.load();
    const partners = await this.store.find<PartnerDoc>(PARTNERS, { where: { kind: 'BUYER' } });
    const channelOf = new Map(partners.map((b) => [b.partnerId, b.channel]));
    const ofChannel =
      channel === undefined ? undefined : partners.filter((b) => b.channel === channel).map((b) => b._id);
    const buyer =
      ofChannel === undefined
        ? buyerId
        : { in: buyerId === undefined ? ofChannel : ofChannel.filter((b) => b === buyerId) };
    const months = await this.store.find<SaleMonthDoc>(SALE_MONTHS, {
      where: {
        month: { gte: monthOf(from), lte: monthOf(to) },
        ...(buyer === undefined ? {} : { buyerId: buyer }),
        ...(size === undefined ? {} : { size }),
      },
    });

    // Cells by row (buyer × size) and period, numbered so that the rows come out sorted without comparing strings.
    // Over the days of the months sold in only: a range of centuries costs (in time, and in the table and the day
    // caches, which keep their size) no more than the months it holds.
    const sold = months.map((m) => m.month).sort();
    const first = Math.max(dayNumber(from), sold.length === 0 ? Infinity : dayNumber(`${sold[0]}-01`));
    const last = Math.min(dayNumber(to), sold.length === 0 ? -Infinity : lastDayOf(sold[sold.length - 1] as string));
    const days = Math.max(0, last - first + 1);
    const periodOfDay = new Int32Array(days);
    const periods: string[] = [];
    for (let d = 0; d < days; d++) {
      const period = periodOf(isoOfDay(first + d), granularity);
      if (periods[periods.length - 1] !== period) periods.push(period);
      periodOfDay[d] = periods.length - 1;
    }
    const buyers = [...new Set(months.map((m) => m.buyerId))].sort();
    const buyerIndex = new Map(buyers.map((b, i) => [b, i]));
    const table = this.table;
    table.reset(buyers.length * SIZES, periods.length);
    for (const doc of months) {
      const v = this.valuedLines(doc, series, source);
      const row = (buyerIndex.get(doc.buyerId) as number) * SIZES + doc.size;
      for (let i = 0; i < v.day.length; i++) {
        const d = (v.day[i] as number) - first;
        if (d < 0 || d >= days) continue;
        const slot = table.slotOf(row, periodOfDay[d] as number);
        table.add(slot, v.eggs[i] as number, v.realised[i] as number, v.reference[i] as number, v.contract[i] === 1);
      }
    }
    // Read out in the same synchronous pass as the fill: the table is shared by every query.
    const slots = table.usedSlots();
    const rows = Array.from(slots.subarray((page - 1) * pageSize, page * pageSize), (slot) => {
      const buyerOf = buyers[Math.floor(table.rowOf(slot) / SIZES)] as string;
      return {
        period: periods[table.periodOf(slot)] as string,
        buyerId: buyerOf,
        channel: channelOf.get(buyerOf) ?? null,
        size: table.rowOf(slot) % SIZES,
        cell: table.cell(slot),
      };
    });
    return { position, total: slots.length, rows, summary: table.sum() };
  }

  /** The document's lines valued at the series, from what was kept when neither has changed since. */
  private valuedLines(doc: StoredDocument<SaleMonthDoc>, series: ReferenceSeries, source: string | undefined): Valued {
    const kept = this.valued.get(doc);
    if (kept && kept.source === source && kept.version === series.version) return kept;
    const n = doc.lines.length;
    const valued = {
      source,
      version: series.version,
      day: new Int32Array(n),
      eggs: new Float64Array(n),
      realised: new Float64Array(n),
      reference: new Float64Array(n),
      contract: new Uint8Array(n),
    };
    const monthStart = dayNumber(`${doc.month}-01`) - 1;
    doc.lines.forEach(([dayOfMonth, satangPerEgg, eggs, contract], i) => {
      const day = isoOfDay(monthStart + dayOfMonth);
      const line = valueLine(eggs, satangPerEgg, series.priceOf(day, doc.size as SizeClass, source)?.satangPerEgg);
      valued.day[i] = monthStart + dayOfMonth;
      valued.eggs[i] = line.eggs;
      valued.realised[i] = line.realised;
      valued.reference[i] = line.reference;
      valued.contract[i] = contract;
    });
    this.valued.set(doc, valued);
    return valued;
  }
}

@ApiTags('analytics')
@ApiProblems(QUERY_PROBLEMS)
@Controller('analytics/negotiated-prices')
export class NegotiatedPricesController {
  constructor(private readonly queries: QueryBus) {}

  /** Negotiated prices by day, week or month × buyer × size class × channel, against the reference price. */
  @Get()
  @Roles('manager', 'agency')
  @ApiOkResponse({ type: NegotiatedPricesDto })
  get(@QueryParams() params: NegotiatedPricesParams): Promise<NegotiatedPricesDto> {
    return this.queries.execute(new GetNegotiatedPricesQuery(params));
  }
}
