import type { TFunction } from 'i18next';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, outcome } from '../api/client';
import type { components } from '../api/schema';
import { bahtOfSatang } from '../csv';
import { formatDay, todayInBangkok } from '../format';
import { currentLanguage } from '../i18n';
import { DataTable } from './DataTable';
import { Chart, type ChartOption, PALETTE } from './echarts';
import { baht, bucketLabel, count, formatNumber, formatPct, pctOf, perEgg, periodLabel, seriesEvery } from './figures';
import { type Filters, type PremiumFigures, type PriceRow, useLoaded } from './load';
import { type ClusterMap, Panel } from './Panel';

type Schemas = components['schemas'];

const SIZES = [0, 1, 2, 3, 4, 5, 6] as const;

/** Satang on an axis or a label, as baht. */
function bahtAxis(language: ReturnType<typeof currentLanguage>) {
  return (value: number) => baht(Math.round(value), language);
}

/** A bar's value written on it, as a percent. */
function pctLabel(language: ReturnType<typeof currentLanguage>) {
  return ({ value }: { value?: unknown }) => (typeof value === 'number' ? formatPct(value, language) : '–');
}

interface Sums {
  eggs: number;
  eggsWithoutReference: number;
  realisedSatang: number;
  referenceSatang: number;
  premiumSatang: number;
  contractEggs: number;
}

function emptySums(): Sums {
  return { eggs: 0, eggsWithoutReference: 0, realisedSatang: 0, referenceSatang: 0, premiumSatang: 0, contractEggs: 0 };
}

function add(into: Sums, row: PriceRow): void {
  into.eggs += row.eggs;
  into.eggsWithoutReference += row.eggsWithoutReference;
  into.realisedSatang += row.realisedSatang;
  into.referenceSatang += row.referenceSatang;
  into.premiumSatang += row.premiumSatang;
  into.contractEggs += row.contractEggs;
}

// ---------------------------------------------------------------------------------------------------------------------
// Realised vs reference price per size over time

interface PeriodSize extends Sums {
  period: string;
  size: number;
}

export const PricesPanel = memo(function PricesPanel({ rows }: { rows: readonly PriceRow[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const cells = useMemo(() => {
    const byKey = new Map<string, PeriodSize>();
    for (const row of rows) {
      const key = `${row.period}|${row.size}`;
      let cell = byKey.get(key);
      if (cell === undefined) byKey.set(key, (cell = { period: row.period, size: row.size, ...emptySums() }));
      add(cell, row);
    }
    return [...byKey.values()].sort((a, b) => a.period.localeCompare(b.period) || a.size - b.size);
  }, [rows]);
  const periods = [...new Set(cells.map((c) => c.period))];
  const sizes = SIZES.filter((s) => cells.some((c) => c.size === s));
  const sizeName = (size: number) => `${t('sizes.name', { size })} · ${t(`sizes.${size}`)}`;
  const at = (size: number, pick: (c: PeriodSize) => number | null) =>
    periods.map((p) => {
      const cell = cells.find((c) => c.period === p && c.size === size);
      return cell === undefined ? null : pick(cell);
    });
  const realised = (c: PeriodSize) => perEgg(c.realisedSatang, c.eggs);
  const reference = (c: PeriodSize) => perEgg(c.referenceSatang, c.eggs - c.eggsWithoutReference);

  const option: ChartOption = {
    grid: { left: 70, right: 20, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: periods.map((p) => periodLabel(p, language)) },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: bahtAxis(language) } },
    series: sizes.flatMap((size, i) => [
      {
        type: 'line' as const,
        name: `${sizeName(size)} ${t('dashboard.prices.realised')}`,
        data: at(size, realised),
        color: PALETTE[i % PALETTE.length],
        connectNulls: true,
      },
      {
        type: 'line' as const,
        name: `${sizeName(size)} ${t('dashboard.prices.reference')}`,
        data: at(size, reference),
        color: PALETTE[i % PALETTE.length],
        lineStyle: { type: 'dashed' as const },
        symbol: 'triangle',
        connectNulls: true,
      },
    ]),
  };
  const last = periods[periods.length - 1];
  const label = [
    t('dashboard.chartOf', { what: t('dashboard.prices.title') }),
    ...sizes.flatMap((size) => {
      const cell = cells.find((c) => c.period === last && c.size === size);
      return cell === undefined
        ? []
        : [
            t('dashboard.prices.summary', {
              size: sizeName(size),
              period: periodLabel(cell.period, language),
              realised: baht(realised(cell), language),
              reference: baht(reference(cell), language),
            }),
          ];
    }),
  ].join('. ');

  if (cells.length === 0) return <p>{t('dashboard.empty')}</p>;
  return (
    <>
      <Chart option={option} label={label} />
      <DataTable
        caption={t('dashboard.prices.table')}
        filename="prices-by-size"
        rows={cells}
        rowKey={(c) => `${c.period}|${c.size}`}
        columns={[
          { header: t('dashboard.prices.period'), cell: (c) => periodLabel(c.period, language), csv: (c) => c.period },
          { header: t('dashboard.size'), cell: (c) => sizeName(c.size), csv: (c) => c.size },
          {
            header: t('dashboard.prices.eggs'),
            cell: (c) => count(c.eggs, language),
            csv: (c) => c.eggs,
            numeric: true,
          },
          {
            header: t('dashboard.prices.realisedPerEgg'),
            cell: (c) => baht(realised(c), language),
            csv: (c) => bahtOfSatang(realised(c)),
            numeric: true,
          },
          {
            header: t('dashboard.prices.referencePerEgg'),
            cell: (c) => baht(reference(c), language),
            csv: (c) => bahtOfSatang(reference(c)),
            numeric: true,
          },
          {
            header: t('dashboard.prices.premiumPct'),
            cell: (c) => formatPct(pctOf(c.premiumSatang, c.referenceSatang), language),
            csv: (c) => pctOf(c.premiumSatang, c.referenceSatang),
            numeric: true,
          },
        ]}
      />
    </>
  );
});

// ---------------------------------------------------------------------------------------------------------------------
// Premium by buyer and by channel

interface Group extends Sums {
  id: string;
  channel: string | null;
}

function premiumColumns(t: TFunction, language: ReturnType<typeof currentLanguage>) {
  return [
    {
      header: t('dashboard.premium.eggs'),
      cell: (g: Group) => count(g.eggs, language),
      csv: (g: Group) => g.eggs,
      numeric: true,
    },
    {
      header: t('dashboard.premium.realised'),
      cell: (g: Group) => baht(g.realisedSatang, language),
      csv: (g: Group) => bahtOfSatang(g.realisedSatang),
      numeric: true,
    },
    {
      header: t('dashboard.premium.reference'),
      cell: (g: Group) => baht(g.referenceSatang, language),
      csv: (g: Group) => bahtOfSatang(g.referenceSatang),
      numeric: true,
    },
    {
      header: t('dashboard.premium.premium'),
      cell: (g: Group) => baht(g.premiumSatang, language),
      csv: (g: Group) => bahtOfSatang(g.premiumSatang),
      numeric: true,
    },
    {
      header: t('dashboard.premium.premiumPct'),
      cell: (g: Group) => formatPct(pctOf(g.premiumSatang, g.referenceSatang), language),
      csv: (g: Group) => pctOf(g.premiumSatang, g.referenceSatang),
      numeric: true,
    },
    {
      header: t('dashboard.premium.contractShare'),
      cell: (g: Group) => formatPct(pctOf(g.contractEggs, g.eggs), language),
      csv: (g: Group) => pctOf(g.contractEggs, g.eggs),
      numeric: true,
    },
  ];
}

export function PremiumPanel({
  rows,
  summary,
  names,
}: {
  rows: readonly PriceRow[];
  summary: PremiumFigures;
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const group = (keyOf: (row: PriceRow) => string) => {
    const groups = new Map<string, Group>();
    for (const row of rows) {
      const id = keyOf(row);
      let g = groups.get(id);
      if (g === undefined) groups.set(id, (g = { id, channel: row.channel, ...emptySums() }));
      add(g, row);
    }
    return [...groups.values()].sort((a, b) => b.realisedSatang - a.realisedSatang);
  };
  const byBuyer = group((r) => r.buyerId);
  const byChannel = group((r) => r.channel ?? 'none');
  const buyerName = (id: string) => names.get(id) ?? id;
  const channelName = (c: string | null) => t(`dashboard.channels.${c ?? 'none'}`);

  if (rows.length === 0) return <p>{t('dashboard.empty')}</p>;
  const bars = (groups: Group[], nameOf: (g: Group) => string): ChartOption => ({
    grid: { left: 60, right: 20, top: 20, bottom: 60 },
    xAxis: {
      type: 'category',
      data: groups.map(nameOf),
      axisLabel: { interval: 0, rotate: groups.length > 4 ? 30 : 0 },
    },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatPct(v, language) } },
    series: [
      {
        type: 'bar',
        name: t('dashboard.premium.premiumPct'),
        data: groups.map((g) => pctOf(g.premiumSatang, g.referenceSatang)),
        label: { show: true, position: 'top', formatter: pctLabel(language) },
      },
    ],
  });
  const labelOf = (title: string, groups: Group[], nameOf: (g: Group) => string) =>
    [
      t('dashboard.chartOf', { what: title }),
      groups
        .map((g) =>
          t('dashboard.premium.item', {
            name: nameOf(g),
            pct: formatPct(pctOf(g.premiumSatang, g.referenceSatang), language),
          }),
        )
        .join(', '),
    ].join(': ');
  return (
    <>
      <p className="figure">
        {t('dashboard.premium.total', {
          eggs: count(summary.eggs, language),
          realised: baht(summary.realisedSatang, language),
          premium: baht(summary.premiumSatang, language),
          pct: formatPct(summary.premiumPct, language),
        })}
      </p>
      <div className="pair">
        <div>
          <h3>{t('dashboard.premium.byBuyer')}</h3>
          <Chart
            option={bars(byBuyer, (g) => buyerName(g.id))}
            label={labelOf(t('dashboard.premium.byBuyer'), byBuyer, (g) => buyerName(g.id))}
            height={280}
          />
        </div>
        <div>
          <h3>{t('dashboard.premium.byChannel')}</h3>
          <Chart
            option={bars(byChannel, (g) => channelName(g.channel))}
            label={labelOf(t('dashboard.premium.byChannel'), byChannel, (g) => channelName(g.channel))}
            height={280}
          />
        </div>
      </div>
      <DataTable
        caption={t('dashboard.premium.byBuyer')}
        filename="premium-by-buyer"
        rows={byBuyer}
        rowKey={(g) => g.id}
        columns={[
          { header: t('dashboard.premium.buyer'), cell: (g) => `${buyerName(g.id)} (${g.id})`, csv: (g) => g.id },
          { header: t('dashboard.premium.channel'), cell: (g) => channelName(g.channel), csv: (g) => g.channel },
          ...premiumColumns(t, language),
        ]}
      />
      <DataTable
        caption={t('dashboard.premium.byChannel')}
        filename="premium-by-channel"
        rows={byChannel}
        rowKey={(g) => g.id}
        columns={[
          { header: t('dashboard.premium.channel'), cell: (g) => channelName(g.channel), csv: (g) => g.channel },
          ...premiumColumns(t, language),
        ]}
      />
    </>
  );
}

// ---------------------------------------------------------------------------------------------------------------------
// Buyer and feed-supplier concentration over time

interface ConcentrationRow {
  label: string;
  buyers: Schemas['ConcentrationFiguresDto'];
  suppliers: Schemas['ConcentrationFiguresDto'];
}

export const ConcentrationPanel = memo(function ConcentrationPanel({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  // One question for every period of the range (GET /analytics/concentration/series), not one per period.
  const loaded = useLoaded(
    async () => {
      const answer = await outcome(
        api.GET('/analytics/concentration/series', {
          params: { query: { from: filters.from, to: filters.to, every: seriesEvery(filters.from, filters.to) } },
        }),
      );
      if (!answer.ok) return answer;
      const rows: ConcentrationRow[] = answer.data.periods.map((p) => ({
        label: p.period,
        buyers: p.buyers.byValue,
        suppliers: p.feedSuppliers.byValue,
      }));
      return { ok: true as const, data: rows };
    },
    JSON.stringify([filters.from, filters.to]),
  );

  return (
    <Panel title={t('dashboard.concentration.title')} loaded={loaded}>
      {(rows) => {
        const x = rows.map((r) => bucketLabel(r.label, language));
        const option: ChartOption = {
          grid: { left: 60, right: 60, top: 40, bottom: 40 },
          xAxis: { type: 'category', data: x },
          yAxis: [
            { type: 'value', name: t('dashboard.concentration.hhiAxis'), min: 0, max: 10000 },
            { type: 'value', name: t('dashboard.concentration.crAxis'), min: 0, max: 100 },
          ],
          series: [
            { type: 'line', name: t('dashboard.concentration.buyersHhi'), data: rows.map((r) => r.buyers.hhi) },
            { type: 'line', name: t('dashboard.concentration.suppliersHhi'), data: rows.map((r) => r.suppliers.hhi) },
            {
              type: 'line',
              name: t('dashboard.concentration.buyersCr1'),
              yAxisIndex: 1,
              lineStyle: { type: 'dashed' },
              data: rows.map((r) => r.buyers.cr1Pct),
            },
            {
              type: 'line',
              name: t('dashboard.concentration.buyersCr4'),
              yAxisIndex: 1,
              lineStyle: { type: 'dotted' },
              data: rows.map((r) => r.buyers.cr4Pct),
            },
            {
              type: 'line',
              name: t('dashboard.concentration.suppliersCr1'),
              yAxisIndex: 1,
              lineStyle: { type: 'dashed' },
              data: rows.map((r) => r.suppliers.cr1Pct),
            },
            {
              type: 'line',
              name: t('dashboard.concentration.suppliersCr4'),
              yAxisIndex: 1,
              lineStyle: { type: 'dotted' },
              data: rows.map((r) => r.suppliers.cr4Pct),
            },
          ],
        };
        const last = rows[rows.length - 1];
        const label = [
          t('dashboard.chartOf', { what: t('dashboard.concentration.title') }),
          last === undefined
            ? t('dashboard.empty')
            : t('dashboard.concentration.summary', {
                period: bucketLabel(last.label, language),
                buyers: formatNumber(last.buyers.hhi, language),
                suppliers: formatNumber(last.suppliers.hhi, language),
              }),
        ].join('. ');
        const pct = (pick: (r: ConcentrationRow) => number | null) => ({
          cell: (r: ConcentrationRow) => formatPct(pick(r), language),
          csv: pick,
          numeric: true,
        });
        const hhi = (pick: (r: ConcentrationRow) => number | null) => ({
          cell: (r: ConcentrationRow) => formatNumber(pick(r), language),
          csv: pick,
          numeric: true,
        });
        return (
          <>
            <Chart option={option} label={label} />
            <DataTable
              caption={t('dashboard.concentration.table')}
              filename="concentration"
              rows={rows}
              rowKey={(r) => r.label}
              columns={[
                {
                  header: t('dashboard.concentration.period'),
                  cell: (r) => bucketLabel(r.label, language),
                  csv: (r) => r.label,
                },
                { header: t('dashboard.concentration.buyersHhi'), ...hhi((r) => r.buyers.hhi) },
                { header: t('dashboard.concentration.buyersCr1'), ...pct((r) => r.buyers.cr1Pct) },
                { header: t('dashboard.concentration.buyersCr4'), ...pct((r) => r.buyers.cr4Pct) },
                { header: t('dashboard.concentration.suppliersHhi'), ...hhi((r) => r.suppliers.hhi) },
                { header: t('dashboard.concentration.suppliersCr1'), ...pct((r) => r.suppliers.cr1Pct) },
                { header: t('dashboard.concentration.suppliersCr4'), ...pct((r) => r.suppliers.cr4Pct) },
              ]}
            />
          </>
        );
      }}
    </Panel>
  );
});

// ---------------------------------------------------------------------------------------------------------------------
// Feed savings

export const FeedPanel = memo(function FeedPanel({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const loaded = useLoaded(
    () => outcome(api.GET('/analytics/feed-savings', { params: { query: { from: filters.from, to: filters.to } } })),
    JSON.stringify([filters.from, filters.to]),
  );
  return (
    <Panel title={t('dashboard.feed.title')} loaded={loaded}>
      {(data) => {
        const months = data.months;
        const total = data.onDeliveryDay;
        const summary = t('dashboard.feed.total', {
          savings: baht(total.savingsSatang, language),
          pct: formatPct(total.savingsPct, language),
          kg: count(total.kg, language),
        });
        const option: ChartOption = {
          grid: { left: 80, right: 60, top: 40, bottom: 40 },
          xAxis: { type: 'category', data: months.map((m) => periodLabel(m.month, language)) },
          yAxis: [
            { type: 'value', axisLabel: { formatter: bahtAxis(language) } },
            { type: 'value', axisLabel: { formatter: (v: number) => formatPct(v, language) } },
          ],
          series: [
            {
              type: 'bar',
              name: t('dashboard.feed.savings'),
              data: months.map((m) => m.onDeliveryDay.savingsSatang),
            },
            {
              type: 'line',
              name: t('dashboard.feed.savingsPct'),
              yAxisIndex: 1,
              data: months.map((m) => m.onDeliveryDay.savingsPct),
            },
          ],
        };
        if (months.length === 0) return <p>{t('dashboard.empty')}</p>;
        return (
          <>
            <p className="figure">{summary}</p>
            <Chart
              option={option}
              label={`${t('dashboard.chartOf', { what: t('dashboard.feed.title') })}. ${summary}`}
            />
            <DataTable
              caption={t('dashboard.feed.table')}
              filename="feed-savings"
              rows={months}
              rowKey={(m) => m.month}
              columns={[
                { header: t('dashboard.feed.month'), cell: (m) => periodLabel(m.month, language), csv: (m) => m.month },
                {
                  header: t('dashboard.feed.kg'),
                  cell: (m) => count(m.onDeliveryDay.kg, language),
                  csv: (m) => m.onDeliveryDay.kg,
                  numeric: true,
                },
                {
                  header: t('dashboard.feed.market'),
                  cell: (m) => baht(m.onDeliveryDay.marketCostSatang, language),
                  csv: (m) => bahtOfSatang(m.onDeliveryDay.marketCostSatang),
                  numeric: true,
                },
                {
                  header: t('dashboard.feed.negotiated'),
                  cell: (m) => baht(m.onDeliveryDay.negotiatedCostSatang, language),
                  csv: (m) => bahtOfSatang(m.onDeliveryDay.negotiatedCostSatang),
                  numeric: true,
                },
                {
                  header: t('dashboard.feed.savings'),
                  cell: (m) => baht(m.onDeliveryDay.savingsSatang, language),
                  csv: (m) => bahtOfSatang(m.onDeliveryDay.savingsSatang),
                  numeric: true,
                },
                {
                  header: t('dashboard.feed.savingsPct'),
                  cell: (m) => formatPct(m.onDeliveryDay.savingsPct, language),
                  csv: (m) => m.onDeliveryDay.savingsPct,
                  numeric: true,
                },
              ]}
            />
          </>
        );
      }}
    </Panel>
  );
});

// ---------------------------------------------------------------------------------------------------------------------
// Members' income per hen-day

export const IncomePanel = memo(function IncomePanel({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const loaded = useLoaded(
    () => outcome(api.GET('/analytics/members/income', { params: { query: { from: filters.from, to: filters.to } } })),
    JSON.stringify([filters.from, filters.to]),
  );
  return (
    <Panel title={t('dashboard.income.title')} loaded={loaded}>
      {(data) => {
        const d = data.cluster.iofcPerHenDaySatang;
        const members = data.members
          .filter((m) => m.iofcPerHenDaySatang !== null)
          .sort((a, b) => (a.iofcPerHenDaySatang ?? 0) - (b.iofcPerHenDaySatang ?? 0));
        const summary = t('dashboard.income.summary', {
          median: baht(d.median, language),
          p10: baht(d.p10, language),
          p90: baht(d.p90, language),
          gini: formatNumber(d.gini, language, 3),
          n: d.n,
        });
        // p10, median and p90 as flat lines across the members' bars, each named at its right end.
        const level = (name: string, value: number | null) =>
          value === null
            ? []
            : [
                {
                  type: 'line' as const,
                  name,
                  data: members.map(() => value),
                  symbol: 'none',
                  lineStyle: { type: 'dashed' as const },
                  endLabel: { show: true, formatter: `${name} ${baht(value, language)}` },
                },
              ];
        const option: ChartOption = {
          grid: { left: 70, right: 170, top: 40, bottom: 60 },
          xAxis: { type: 'category', data: members.map((m) => m.memberId), axisLabel: { rotate: 45 } },
          yAxis: { type: 'value', axisLabel: { formatter: bahtAxis(language) } },
          series: [
            { type: 'bar', name: t('dashboard.income.iofcPerHenDay'), data: members.map((m) => m.iofcPerHenDaySatang) },
            ...level(t('dashboard.income.p10'), d.p10),
            ...level(t('dashboard.income.median'), d.median),
            ...level(t('dashboard.income.p90'), d.p90),
          ],
        };
        return (
          <>
            <dl className="figures">
              <div>
                <dt>{t('dashboard.income.median')}</dt>
                <dd>{baht(d.median, language)}</dd>
              </div>
              <div>
                <dt>
                  {t('dashboard.income.p10')} – {t('dashboard.income.p90')}
                </dt>
                <dd>
                  {baht(d.p10, language)} – {baht(d.p90, language)}
                </dd>
              </div>
              <div>
                <dt>{t('dashboard.income.gini')}</dt>
                <dd>{formatNumber(d.gini, language, 3)}</dd>
              </div>
              <div>
                <dt>{t('dashboard.income.members')}</dt>
                <dd>{count(d.n, language)}</dd>
              </div>
            </dl>
            {members.length === 0 ? (
              <p>{t('dashboard.empty')}</p>
            ) : (
              <>
                <Chart
                  option={option}
                  label={`${t('dashboard.chartOf', { what: t('dashboard.income.iofcPerHenDay') })}. ${summary}`}
                />
                <DataTable
                  caption={t('dashboard.income.table')}
                  filename="member-income"
                  rows={data.members}
                  rowKey={(m) => m.memberId}
                  columns={[
                    { header: t('dashboard.income.member'), cell: (m) => m.memberId, csv: (m) => m.memberId },
                    {
                      header: t('dashboard.income.henDays'),
                      cell: (m) => count(m.henDays, language),
                      csv: (m) => m.henDays,
                      numeric: true,
                    },
                    {
                      header: t('dashboard.income.eggs'),
                      cell: (m) => count(m.eggs, language),
                      csv: (m) => m.eggs,
                      numeric: true,
                    },
                    {
                      header: t('dashboard.income.henDayPct'),
                      cell: (m) => formatPct(m.henDayPct, language),
                      csv: (m) => m.henDayPct,
                      numeric: true,
                    },
                    {
                      header: t('dashboard.income.revenue'),
                      cell: (m) => baht(m.eggRevenueSatang, language),
                      csv: (m) => bahtOfSatang(m.eggRevenueSatang),
                      numeric: true,
                    },
                    {
                      header: t('dashboard.income.feedCost'),
                      cell: (m) => baht(m.feedCostSatang, language),
                      csv: (m) => bahtOfSatang(m.feedCostSatang),
                      numeric: true,
                    },
                    {
                      header: t('dashboard.income.iofc'),
                      cell: (m) => baht(m.iofcSatang, language),
                      csv: (m) => bahtOfSatang(m.iofcSatang),
                      numeric: true,
                    },
                    {
                      header: t('dashboard.income.iofcPerHenDay'),
                      cell: (m) => baht(m.iofcPerHenDaySatang, language),
                      csv: (m) => bahtOfSatang(m.iofcPerHenDaySatang),
                      numeric: true,
                    },
                  ]}
                />
              </>
            )}
          </>
        );
      }}
    </Panel>
  );
});

// ---------------------------------------------------------------------------------------------------------------------
// The cluster map as a network

const STAGES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM', 'SUPPORT'] as const;

export const ClusterPanel = memo(function ClusterPanel({ map }: { map: ClusterMap }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const nameOf = new Map(map.nodes.map((n) => [n.id, n.name]));
  const stageName = (stage: string) => t(`dashboard.stages.${stage}`);
  // Columns by chain stage, left to right: the members, the other upstream parties (feed and pullet suppliers),
  // the cooperative (midstream), the buyers (downstream); support organisations in a row beneath. Fixed places
  // rather than a force layout: the same map draws the same way every time, and at once.
  const columnOf = (n: Schemas['ClusterNodeDto']): number | null =>
    n.kind === 'MEMBER'
      ? 0
      : n.stage === 'UPSTREAM'
        ? 1
        : n.stage === 'MIDSTREAM'
          ? 2
          : n.stage === 'DOWNSTREAM'
            ? 3
            : null;
  const WIDTH = 900;
  const HEIGHT = 500;
  const placed = [0, 1, 2, 3, null].flatMap((column) => {
    const nodes = map.nodes.filter((n) => columnOf(n) === column);
    return nodes.map((n, i) => ({
      id: n.id,
      name: n.name,
      category: STAGES.indexOf(n.stage),
      x: column === null ? ((i + 0.5) * WIDTH) / nodes.length : column * (WIDTH / 3),
      y: column === null ? HEIGHT + 120 : ((i + 0.5) * HEIGHT) / nodes.length,
      symbolSize: n.kind === 'COOPERATIVE' ? 36 : n.kind === 'MEMBER' ? 8 : 18,
      // Names beside the node; in the support row, below and above in turn, so that long names do not overlap.
      label: {
        show: n.kind !== 'MEMBER',
        position:
          column === null
            ? i % 2 === 0
              ? ('bottom' as const)
              : ('top' as const)
            : n.kind === 'COOPERATIVE'
              ? ('top' as const)
              : ('right' as const),
      },
    }));
  });
  const amount = (l: Schemas['ClusterLinkDto']) => l.eggs ?? l.kg ?? 0;
  const biggest = Math.max(1, ...map.links.map(amount));
  const option: ChartOption = {
    series: [
      {
        type: 'graph',
        layout: 'none',
        // Room for the names beside the right-hand column and beneath the bottom row.
        left: 20,
        right: 260,
        top: 20,
        bottom: 60,
        roam: true,
        categories: STAGES.map((s) => ({ name: stageName(s) })),
        data: placed,
        links: map.links.map((l) => ({
          source: l.from,
          target: l.to,
          lineStyle: { width: 1 + (6 * amount(l)) / biggest, opacity: 0.6, curveness: 0.1 },
        })),
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 6,
        label: { fontSize: 11 },
      },
    ],
  };
  const label = [
    t('dashboard.chartOf', { what: t('dashboard.cluster.title') }),
    t('dashboard.cluster.summary', {
      nodes: map.nodes.length,
      links: map.links.length,
      stages: STAGES.map((s) =>
        t('dashboard.cluster.stageCount', { stage: stageName(s), n: map.nodes.filter((n) => n.stage === s).length }),
      ).join(', '),
    }),
  ].join('. ');
  return (
    <>
      <Chart option={option} label={label} height={520} />
      <DataTable
        caption={t('dashboard.cluster.table')}
        filename="cluster-flows"
        rows={map.links}
        rowKey={(l) => `${l.from}>${l.to}`}
        columns={[
          { header: t('dashboard.cluster.from'), cell: (l) => nameOf.get(l.from) ?? l.from, csv: (l) => l.from },
          { header: t('dashboard.cluster.to'), cell: (l) => nameOf.get(l.to) ?? l.to, csv: (l) => l.to },
          { header: t('dashboard.cluster.stage'), cell: (l) => stageName(l.stage), csv: (l) => l.stage },
          {
            header: t('dashboard.cluster.eggs'),
            cell: (l) => (l.eggs === undefined ? '–' : count(l.eggs, language)),
            csv: (l) => l.eggs,
            numeric: true,
          },
          {
            header: t('dashboard.cluster.kg'),
            cell: (l) => (l.kg === undefined ? '–' : count(l.kg, language)),
            csv: (l) => l.kg,
            numeric: true,
          },
          {
            header: t('dashboard.cluster.value'),
            cell: (l) => baht(l.valueSatang, language),
            csv: (l) => bahtOfSatang(l.valueSatang),
            numeric: true,
          },
        ]}
      />
    </>
  );
});

// ---------------------------------------------------------------------------------------------------------------------
// Action-plan goals with progress

export const GoalsPanel = memo(function GoalsPanel({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const today = todayInBangkok();
  const asOf = filters.to > today ? today : filters.to;
  const loaded = useLoaded(() => outcome(api.GET('/analytics/action-plan', { params: { query: { asOf } } })), asOf);
  return (
    <Panel title={t('dashboard.goals.title')} loaded={loaded}>
      {(data) => {
        const goals = data.goals;
        if (goals.length === 0) return <p>{t('dashboard.empty')}</p>;
        const status = (s: string) => t(`dashboard.statuses.${s}`);
        const option: ChartOption = {
          grid: { left: 120, right: 30, top: 40, bottom: 30 },
          xAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${v}%` } },
          yAxis: { type: 'category', data: goals.map((g) => g.goalId) },
          series: [
            {
              type: 'bar',
              name: t('dashboard.goals.progress'),
              data: goals.map((g) => g.progressPct),
              label: { show: true, position: 'right', formatter: pctLabel(language) },
            },
            {
              type: 'bar',
              name: t('dashboard.goals.elapsed'),
              data: goals.map((g) => g.elapsedPct),
              label: { show: true, position: 'right', formatter: pctLabel(language) },
            },
          ],
        };
        const label = `${t('dashboard.chartOf', { what: t('dashboard.goals.title') })}: ${goals
          .map((g) =>
            t('dashboard.goals.item', {
              goal: g.goalId,
              progress: formatNumber(g.progressPct, language),
              status: status(g.status),
            }),
          )
          .join(', ')}`;
        return (
          <>
            <Chart option={option} label={label} height={Math.max(200, 60 + goals.length * 50)} />
            <DataTable
              caption={t('dashboard.goals.table', { asOf: formatDay(data.asOf, language) })}
              filename="action-plan"
              rows={goals}
              rowKey={(g) => g.goalId}
              columns={[
                { header: t('dashboard.goals.goal'), cell: (g) => g.goalId, csv: (g) => g.goalId },
                {
                  header: t('dashboard.goals.metric'),
                  cell: (g) => t(`dashboard.metrics.${g.metric}`),
                  csv: (g) => g.metric,
                },
                { header: t('dashboard.goals.owner'), cell: (g) => g.owner, csv: (g) => g.owner },
                {
                  header: t('dashboard.goals.baseline'),
                  cell: (g) => formatNumber(g.baseline, language),
                  csv: (g) => g.baseline,
                  numeric: true,
                },
                {
                  header: t('dashboard.goals.target'),
                  cell: (g) => formatNumber(g.target, language),
                  csv: (g) => g.target,
                  numeric: true,
                },
                {
                  header: t('dashboard.goals.value'),
                  cell: (g) => formatNumber(g.value, language),
                  csv: (g) => g.value,
                  numeric: true,
                },
                {
                  header: t('dashboard.goals.progress'),
                  cell: (g) => formatPct(g.progressPct, language),
                  csv: (g) => g.progressPct,
                  numeric: true,
                },
                {
                  header: t('dashboard.goals.elapsed'),
                  cell: (g) => formatPct(g.elapsedPct, language),
                  csv: (g) => g.elapsedPct,
                  numeric: true,
                },
                { header: t('dashboard.goals.status'), cell: (g) => status(g.status), csv: (g) => g.status },
                {
                  header: t('dashboard.goals.deadline'),
                  cell: (g) => formatDay(g.deadline, language),
                  csv: (g) => g.deadline,
                },
              ]}
            />
          </>
        );
      }}
    </Panel>
  );
});

// ---------------------------------------------------------------------------------------------------------------------
// Negotiation rounds

type Outcome = Schemas['NegotiationOutcomeDto'];
interface OutcomeSize {
  negotiation: Outcome;
  size: Schemas['SizeOutcomeDto'];
}

export function NegotiationsPanel({ filters, names }: { filters: Filters; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const loaded = useLoaded(
    () =>
      outcome(
        api.GET('/analytics/negotiations', {
          params: {
            query: {
              from: filters.from,
              to: filters.to,
              ...(filters.buyerId === undefined ? {} : { buyerId: filters.buyerId }),
            },
          },
        }),
      ),
    JSON.stringify([filters.from, filters.to, filters.buyerId]),
  );
  return (
    <Panel title={t('dashboard.negotiations.title')} loaded={loaded}>
      {(data) => {
        if (data.negotiations.length === 0) return <p>{t('dashboard.empty')}</p>;
        const rows: OutcomeSize[] = data.negotiations.flatMap((negotiation) =>
          negotiation.sizes.map((size) => ({ negotiation, size })),
        );
        const buyerName = (id: string) => names.get(id) ?? id;
        return (
          <>
            <Rounds negotiations={data.negotiations} buyerName={buyerName} />
            <DataTable
              caption={t('dashboard.negotiations.table')}
              filename="negotiations"
              rows={rows}
              rowKey={(r) => `${r.negotiation.negotiationId}|${r.size.size}`}
              columns={[
                {
                  header: t('dashboard.negotiations.negotiation'),
                  cell: (r) => r.negotiation.negotiationId,
                  csv: (r) => r.negotiation.negotiationId,
                },
                {
                  header: t('dashboard.negotiations.buyer'),
                  cell: (r) => buyerName(r.negotiation.buyerId),
                  csv: (r) => r.negotiation.buyerId,
                },
                {
                  header: t('dashboard.negotiations.openedOn'),
                  cell: (r) => formatDay(r.negotiation.openedOn, language),
                  csv: (r) => r.negotiation.openedOn,
                },
                {
                  header: t('dashboard.negotiations.outcome'),
                  cell: (r) => t(`dashboard.outcomes.${r.negotiation.outcome}`),
                  csv: (r) => r.negotiation.outcome,
                },
                {
                  header: t('dashboard.negotiations.rounds'),
                  cell: (r) => r.negotiation.rounds,
                  csv: (r) => r.negotiation.rounds,
                  numeric: true,
                },
                {
                  header: t('dashboard.size'),
                  cell: (r) => t('sizes.name', { size: r.size.size }),
                  csv: (r) => r.size.size,
                },
                {
                  header: t('dashboard.negotiations.ask'),
                  cell: (r) => baht(r.size.askSatangPerEgg, language),
                  csv: (r) => bahtOfSatang(r.size.askSatangPerEgg),
                  numeric: true,
                },
                {
                  header: t('dashboard.negotiations.firstOffer'),
                  cell: (r) => baht(r.size.firstOfferSatangPerEgg, language),
                  csv: (r) => bahtOfSatang(r.size.firstOfferSatangPerEgg),
                  numeric: true,
                },
                {
                  header: t('dashboard.negotiations.agreed'),
                  cell: (r) => baht(r.size.agreedSatangPerEgg, language),
                  csv: (r) => bahtOfSatang(r.size.agreedSatangPerEgg),
                  numeric: true,
                },
                {
                  header: t('dashboard.negotiations.agreedOverFirst'),
                  cell: (r) => formatPct(r.size.agreedOverFirstOfferPct, language),
                  csv: (r) => r.size.agreedOverFirstOfferPct,
                  numeric: true,
                },
              ]}
            />
          </>
        );
      }}
    </Panel>
  );
}

interface Step {
  key: string;
  label: string;
  by: string;
  day: string;
  size: number;
  satangPerEgg: number;
}

/** One negotiation's rounds: our ask, each offer and counter-offer, and the agreed price, per size. */
function Rounds({ negotiations, buyerName }: { negotiations: readonly Outcome[]; buyerName: (id: string) => string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const latest = [...negotiations].sort((a, b) => b.openedOn.localeCompare(a.openedOn))[0];
  const [chosen, setChosen] = useState(latest?.negotiationId ?? '');
  const loaded = useLoaded(
    () => outcome(api.GET('/price-negotiations/{negotiationId}', { params: { path: { negotiationId: chosen } } })),
    chosen,
  );
  return (
    <>
      <div className="field inline">
        <label htmlFor="negotiation">{t('dashboard.negotiations.choose')}</label>
        <select id="negotiation" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {negotiations.map((n) => (
            <option key={n.negotiationId} value={n.negotiationId}>
              {n.negotiationId} · {buyerName(n.buyerId)} · {formatDay(n.openedOn, language)}
            </option>
          ))}
        </select>
      </div>
      <Panel title={t('dashboard.negotiations.roundsTable', { negotiationId: chosen })} loaded={loaded} level={3}>
        {(n) => {
          const stepLabels: string[] = [];
          const steps: Step[] = [];
          const push = (label: string, by: string, day: string, prices: readonly Schemas['SizePriceDto'][]) => {
            stepLabels.push(label);
            for (const p of prices)
              steps.push({ key: `${label}|${p.size}`, label, by, day, size: p.size, satangPerEgg: p.satangPerEgg });
          };
          push(t('dashboard.negotiations.steps.ask'), 'COOPERATIVE', n.openedOn, n.asking);
          for (const r of n.rounds)
            push(t(`dashboard.negotiations.steps.${r.by}`, { round: r.round }), r.by, r.offeredOn, r.prices);
          if (n.agreement)
            push(t('dashboard.negotiations.steps.agreed'), 'COOPERATIVE', n.agreement.agreedOn, n.agreement.prices);
          const sizes = [...new Set(steps.map((s) => s.size))].sort((a, b) => a - b);
          const option: ChartOption = {
            grid: { left: 70, right: 20, top: 40, bottom: 60 },
            xAxis: {
              type: 'category',
              data: stepLabels,
              axisLabel: { interval: 0, rotate: stepLabels.length > 4 ? 20 : 0 },
            },
            yAxis: { type: 'value', scale: true, axisLabel: { formatter: bahtAxis(language) } },
            series: sizes.map((size) => ({
              type: 'line' as const,
              name: t('sizes.name', { size }),
              data: stepLabels.map(
                (label) => steps.find((s) => s.label === label && s.size === size)?.satangPerEgg ?? null,
              ),
              connectNulls: true,
            })),
          };
          const label = `${t('dashboard.chartOf', { what: t('dashboard.negotiations.title') })}. ${t(
            'dashboard.negotiations.summary',
            {
              negotiationId: n.negotiationId,
              buyer: buyerName(n.buyerId),
              steps: stepLabels.length,
              outcome: t(`dashboard.outcomes.${n.status.toUpperCase()}`),
            },
          )}`;
          return (
            <>
              <Chart option={option} label={label} height={300} />
              <DataTable
                caption={t('dashboard.negotiations.roundsTable', { negotiationId: n.negotiationId })}
                filename={`negotiation-${n.negotiationId}`}
                rows={steps}
                rowKey={(s) => s.key}
                columns={[
                  { header: t('dashboard.negotiations.step'), cell: (s) => s.label, csv: (s) => s.label },
                  {
                    header: t('dashboard.negotiations.by'),
                    cell: (s) => t(`dashboard.negotiations.parties.${s.by}`),
                    csv: (s) => s.by,
                  },
                  {
                    header: t('dashboard.negotiations.day'),
                    cell: (s) => formatDay(s.day, language),
                    csv: (s) => s.day,
                  },
                  { header: t('dashboard.size'), cell: (s) => t('sizes.name', { size: s.size }), csv: (s) => s.size },
                  {
                    header: t('dashboard.negotiations.price'),
                    cell: (s) => baht(s.satangPerEgg, language),
                    csv: (s) => bahtOfSatang(s.satangPerEgg),
                    numeric: true,
                  },
                ]}
              />
            </>
          );
        }}
      </Panel>
    </>
  );
}
