import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, outcome } from '../api/client';
import { todayInBangkok } from '../format';
import {
  allPriceRows,
  type Channel,
  CHANNELS,
  type Filters,
  type Granularity,
  type Loaded,
  type Size,
  useLoaded,
} from './load';
import { type ClusterMap, Panel } from './Panel';
import {
  ClusterPanel,
  ConcentrationPanel,
  FeedPanel,
  GoalsPanel,
  IncomePanel,
  NegotiationsPanel,
  PremiumPanel,
  PricesPanel,
} from './panels';

/** The first day of the month eleven months before today's: a year of months, this one included. */
function defaultFilters(): Filters {
  const to = todayInBangkok();
  const [y, m] = to.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(y, m - 12, 1));
  return { from: start.toISOString().slice(0, 10), to, granularity: 'month' };
}

/** The managers' dashboard: one set of filters, and a panel per question, each a chart and its table (CSV). */
export default function Dashboard() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>(defaultFilters);
  const key = JSON.stringify(filters);
  const period = JSON.stringify([filters.from, filters.to]);

  const cluster = useLoaded(
    () => outcome(api.GET('/analytics/cluster-map', { params: { query: { from: filters.from, to: filters.to } } })),
    period,
  );
  const prices = useLoaded(() => allPriceRows(filters), key);
  const names = useMemo(() => namesOf(cluster), [cluster]);

  return (
    <section className="dashboard">
      <h1>{t('dashboard.title')}</h1>
      <FilterForm filters={filters} onApply={setFilters} buyers={buyersOf(cluster)} />
      <Panel title={t('dashboard.prices.title')} loaded={prices}>
        {(data) => <PricesPanel rows={data.rows} />}
      </Panel>
      <Panel title={t('dashboard.premium.title')} loaded={prices}>
        {(data) => <PremiumPanel rows={data.rows} summary={data.summary} names={names} />}
      </Panel>
      <ConcentrationPanel filters={filters} />
      <FeedPanel filters={filters} />
      <IncomePanel filters={filters} />
      <Panel title={t('dashboard.cluster.title')} loaded={cluster}>
        {(data) => <ClusterPanel map={data} />}
      </Panel>
      <GoalsPanel filters={filters} />
      <NegotiationsPanel filters={filters} names={names} />
    </section>
  );
}

/** Partners' and members' names by id (`B-makro`, `M001`), from the cluster map (the registry's names). */
function namesOf(cluster: Loaded<ClusterMap>): ReadonlyMap<string, string> {
  if (cluster.status !== 'loaded') return new Map();
  return new Map(cluster.data.nodes.map((n) => [n.id.replace(/^(partner|member):/, ''), n.name]));
}

function buyersOf(cluster: Loaded<ClusterMap>): { id: string; name: string }[] {
  if (cluster.status !== 'loaded') return [];
  return cluster.data.nodes
    .filter((n) => n.kind === 'BUYER')
    .map((n) => ({ id: n.id.replace(/^partner:/, ''), name: n.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function FilterForm({
  filters,
  onApply,
  buyers,
}: {
  filters: Filters;
  onApply: (filters: Filters) => void;
  buyers: { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(filters.from);
  const [to, setTo] = useState(filters.to);
  const [granularity, setGranularity] = useState<Granularity>(filters.granularity);
  const [size, setSize] = useState(filters.size === undefined ? '' : String(filters.size));
  const [buyerId, setBuyerId] = useState(filters.buyerId ?? '');
  const [channel, setChannel] = useState<string>(filters.channel ?? '');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      from,
      to,
      granularity,
      ...(size === '' ? {} : { size: Number(size) as Size }),
      ...(buyerId === '' ? {} : { buyerId }),
      ...(channel === '' ? {} : { channel: channel as Channel }),
    });
  };

  return (
    <form className="filters no-print" onSubmit={onSubmit} aria-label={t('dashboard.filters')}>
      <div className="field">
        <label htmlFor="from">{t('dashboard.from')}</label>
        <input id="from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor="to">{t('dashboard.to')}</label>
        <input id="to" type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor="granularity">{t('dashboard.granularity')}</label>
        <select id="granularity" value={granularity} onChange={(e) => setGranularity(e.target.value as Granularity)}>
          {(['month', 'week', 'day'] as const).map((g) => (
            <option key={g} value={g}>
              {t(`dashboard.granularities.${g}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="size">{t('dashboard.size')}</label>
        <select id="size" value={size} onChange={(e) => setSize(e.target.value)}>
          <option value="">{t('dashboard.allSizes')}</option>
          {[0, 1, 2, 3, 4, 5, 6].map((s) => (
            <option key={s} value={s}>
              {t('sizes.name', { size: s })} · {t(`sizes.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="buyer">{t('dashboard.buyer')}</label>
        <select id="buyer" value={buyerId} onChange={(e) => setBuyerId(e.target.value)}>
          <option value="">{t('dashboard.allBuyers')}</option>
          {buyers.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name} ({b.id})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="channel">{t('dashboard.channel')}</label>
        <select id="channel" value={channel} onChange={(e) => setChannel(e.target.value)}>
          <option value="">{t('dashboard.allChannels')}</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`dashboard.channels.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="primary">
        {t('dashboard.show')}
      </button>
      <p className="hint">{t('dashboard.filtersHint')}</p>
    </form>
  );
}
