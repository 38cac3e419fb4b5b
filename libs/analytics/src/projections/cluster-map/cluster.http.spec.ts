import { InMemoryEventStore } from '@khai/event-sourcing';
import { InMemoryReadModelStore, ReadModelRunner, ReadModelsModule } from '@khai/read-models';
import { createHttpTestApp, type HttpTestApp } from '@khai/testing';

import { AnalyticsModule } from '../../analytics.module';
import { analyticsProjections } from '../../analytics-projections';
import { clusterScenario, delivery } from '../../testing/cluster-scenario';
import { appendAll, fastPolling, settled } from '../../testing/harness';
import type { ConcentrationDto } from './concentration.query';
import type { ConcentrationSeriesDto } from './concentration-series.query';
import type { FeedSavingsDto } from './feed-savings.query';
import { type ClusterMapDto } from './index';

/** What the analytics module will list: here on its own, beside the module another engineer is changing. */

describe('cluster map, concentration and feed savings over HTTP', () => {
  let http: HttpTestApp;
  let events: ReturnType<typeof fastPolling>;
  const get = (url: string, headers = http.as('manager')) => http.app.inject({ method: 'GET', url, headers });
  const period = 'from=2024-01-01&to=2024-02-29';

  beforeAll(async () => {
    events = fastPolling(new InMemoryEventStore());
    await appendAll(events, clusterScenario);
    http = await createHttpTestApp(
      [
        ReadModelsModule.forRoot({
          store: new InMemoryReadModelStore(),
          projections: analyticsProjections(),
        }),
        AnalyticsModule,
      ],
      events,
    );
    await settled(http.app.get(ReadModelRunner), events);
  });
  afterAll(() => http.close());

  it('answers the cluster map (the figures are worked out in cluster-map.spec.ts)', async () => {
    const res = await get(`/analytics/cluster-map?${period}&minPosition=${clusterScenario.length}`);
    expect(res.statusCode).toBe(200);
    const map = res.json<ClusterMapDto>();
    expect(map.position).toBe(clusterScenario.length);
    expect(map.nodes).toHaveLength(9);
    expect(map.links.find((l) => l.from === 'partner:S-CPF')).toMatchObject({ kg: 3_100, valueSatang: 4_445_000 });
  });

  it('answers concentration and feed savings', async () => {
    const c = await get(`/analytics/concentration?${period}`);
    expect(c.statusCode).toBe(200);
    expect(c.json<ConcentrationDto>()).toMatchObject({
      buyers: { byVolume: { hhi: 7_024.79, band: 'HIGHLY_CONCENTRATED' } },
      feedSuppliers: { byVolume: { hhi: 7_608.02 } },
      contractShare: { contractSharePct: 72.73 },
    });
    const s = await get(`/analytics/feed-savings?${period}&source=oae`);
    expect(s.statusCode).toBe(200);
    expect(s.json<FeedSavingsDto>()).toMatchObject({
      source: 'oae',
      atSigning: { savingsSatang: 330_000, savingsPct: 5.98 },
      onDeliveryDay: { savingsSatang: 395_000, savingsPct: 7.4, kgWithoutMarketPrice: 200 },
    });
  });

  it('answers concentration per month, each period its own figures, the ends clipped to the range', async () => {
    const res = await get('/analytics/concentration/series?from=2024-01-15&to=2024-03-31&every=month');
    expect(res.statusCode).toBe(200);
    const series = res.json<ConcentrationSeriesDto>();
    expect(series).toMatchObject({ from: '2024-01-15', to: '2024-03-31', every: 'month' });
    expect(series.periods.map((p) => [p.period, p.from, p.to])).toEqual([
      ['2024-01', '2024-01-15', '2024-01-31'],
      ['2024-02', '2024-02-01', '2024-02-29'],
      ['2024-03', '2024-03-01', '2024-03-31'],
    ]);
    const [jan, feb, mar] = series.periods;
    // January from the 15th: SO1 (B-TOPS alone); C1's delivery of the 10th is before the range: no supplier.
    expect(jan?.buyers.byValue).toEqual({ hhi: 10_000, cr1Pct: 100, cr4Pct: 100, band: 'HIGHLY_CONCENTRATED' });
    expect(jan?.feedSuppliers.byVolume).toEqual({ hhi: null, cr1Pct: null, cr4Pct: null, band: null });
    // February: B-MAKRO 600 eggs for 204,000 satang, B-TOPS 300 for 111,000. By eggs 2/3 and 1/3:
    // 66.67² + 33.33² = 5,555.56; by value 204,000 / 315,000 = 64.76 %, 64.76² + 35.24² = 5,435.83.
    expect(feb?.buyers.byVolume).toEqual({ hhi: 5_555.56, cr1Pct: 66.67, cr4Pct: 100, band: 'HIGHLY_CONCENTRATED' });
    expect(feb?.buyers.byValue).toEqual({ hhi: 5_435.83, cr1Pct: 64.76, cr4Pct: 100, band: 'HIGHLY_CONCENTRATED' });
    // Suppliers: S-CPF 1,900 kg (D2 after its adjustment) × 14.50 + 200 kg × 12.00 = 2,995,000 satang, S-BETAGRO
    // 500 kg × 14.80 = 740,000: by kg 2,100 / 2,600 = 80.77 %, HHI 6,893.49; by value 80.19 %, HHI 6,822.56.
    expect(feb?.feedSuppliers.byVolume).toEqual({
      hhi: 6_893.49,
      cr1Pct: 80.77,
      cr4Pct: 100,
      band: 'HIGHLY_CONCENTRATED',
    });
    expect(feb?.feedSuppliers.byValue).toEqual({
      hhi: 6_822.56,
      cr1Pct: 80.19,
      cr4Pct: 100,
      band: 'HIGHLY_CONCENTRATED',
    });
    // March: SO4 to B-NEW alone; no feed delivered.
    expect(mar?.buyers.byVolume.hhi).toBe(10_000);
    expect(mar?.feedSuppliers.byValue.hhi).toBeNull();
    // Each period's figures are what the single-period question answers for it.
    for (const p of series.periods) {
      const one = (await get(`/analytics/concentration?from=${p.from}&to=${p.to}`)).json<ConcentrationDto>();
      for (const party of ['buyers', 'feedSuppliers'] as const)
        for (const by of ['byVolume', 'byValue'] as const)
          expect(p[party][by]).toEqual({
            hhi: one[party][by].hhi,
            cr1Pct: one[party][by].cr1Pct,
            cr4Pct: one[party][by].cr4Pct,
            band: one[party][by].band,
          });
    }
  });

  it('answers concentration per quarter and per year', async () => {
    const q = (
      await get('/analytics/concentration/series?from=2023-12-01&to=2024-03-31&every=quarter')
    ).json<ConcentrationSeriesDto>();
    expect(q.periods.map((p) => [p.period, p.from, p.to])).toEqual([
      ['2023-Q4', '2023-12-01', '2023-12-31'],
      ['2024-Q1', '2024-01-01', '2024-03-31'],
    ]);
    // Q1 2024 by eggs: B-TOPS 2,700, B-MAKRO 600, B-NEW 90 of 3,390: 79.65 %, HHI 6,663.80.
    expect(q.periods[1]?.buyers.byVolume).toEqual({
      hhi: 6_663.8,
      cr1Pct: 79.65,
      cr4Pct: 100,
      band: 'HIGHLY_CONCENTRATED',
    });
    expect(q.periods[0]?.buyers.byVolume.hhi).toBeNull();
    const y = (
      await get('/analytics/concentration/series?from=2023-06-01&to=2024-02-29&every=year')
    ).json<ConcentrationSeriesDto>();
    expect(y.periods.map((p) => [p.period, p.from, p.to])).toEqual([
      ['2023', '2023-06-01', '2023-12-31'],
      ['2024', '2024-01-01', '2024-02-29'],
    ]);
    // January and February together: the figures of the first test above (by eggs 7,024.79).
    expect(y.periods[1]?.buyers.byVolume.hhi).toBe(7_024.79);
  });

  it('reads its writes: a delivery appended now is in the answer that waits for its position', async () => {
    // 100 kg more from C2 on 20 Feb: S-BETAGRO 500 → 600 kg, saving 100 × (15.20 − 14.80) = 4,000 more at signing.
    await appendAll(events, [delivery('C2', 'D9', 'M2', '2024-02-20', 100, 1_480)], clusterScenario.length);
    const position = await events.headPosition();
    const s = await get(`/analytics/feed-savings?${period}&minPosition=${position}`);
    expect(s.json<FeedSavingsDto>()).toMatchObject({ position, atSigning: { kg: 3_700, savingsSatang: 334_000 } });
    const c = await get(`/analytics/concentration?${period}&minPosition=${position}`);
    expect(c.json<ConcentrationDto>().feedSuppliers.byVolume.shares).toContainEqual(
      expect.objectContaining({ id: 'S-BETAGRO', volume: 600 }),
    );
  });

  it.each([
    ['cluster-map', 'from=2024-13-01&to=2024-02-29', 'from'],
    ['cluster-map', 'from=2024-01-01&to=2024-02-30', 'to'],
    ['cluster-map', 'from=2024-01-01', 'to'],
    ['concentration', `${period}&minPosition=-1`, 'minPosition'],
    ['concentration', `${period}&minPosition=soon`, 'minPosition'],
    ['feed-savings', `${period}&source=-x`, 'source'],
    ['concentration/series', period, 'every'],
    ['concentration/series', `${period}&every=week`, 'every'],
    ['feed-savings', `${period}&buyerId=B-TOPS`, 'buyerId'],
  ])('refuses a bad %s query (%s) with 400 and the field', async (route, query, field) => {
    const res = await get(`/analytics/${route}?${query}`);
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain(field);
  });

  it.each(['cluster-map', 'concentration', 'concentration/series', 'feed-savings'])(
    'refuses a %s range that ends before it starts with 422',
    async (route) => {
      const every = route === 'concentration/series' ? '&every=month' : '';
      const res = await get(`/analytics/${route}?from=2024-02-29&to=2024-01-01${every}`);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'invalid_date_range' });
    },
  );

  it('shows the cluster read models under GET /read-models', async () => {
    const res = await get('/read-models', http.as('admin'));
    expect(res.json<{ readModels: { name: string }[] }>().readModels.map((r) => r.name)).toEqual(
      expect.arrayContaining(['cluster-members', 'cluster-flows', 'feed-market-prices']),
    );
  });
});
