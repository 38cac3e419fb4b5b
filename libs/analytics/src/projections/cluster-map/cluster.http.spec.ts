import { InMemoryEventStore } from '@khai/event-sourcing';
import { InMemoryReadModelStore, ReadModelRunner, ReadModelsModule } from '@khai/read-models';
import { createHttpTestApp, type HttpTestApp } from '@khai/testing';

import { AnalyticsModule } from '../../analytics.module';
import { analyticsProjections } from '../../analytics-projections';
import { clusterScenario, delivery } from '../../testing/cluster-scenario';
import { appendAll, fastPolling, settled } from '../../testing/harness';
import type { ConcentrationDto } from './concentration.query';
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
    ['feed-savings', `${period}&buyerId=B-TOPS`, 'buyerId'],
  ])('refuses a bad %s query (%s) with 400 and the field', async (route, query, field) => {
    const res = await get(`/analytics/${route}?${query}`);
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain(field);
  });

  it.each(['cluster-map', 'concentration', 'feed-savings'])(
    'refuses a %s range that ends before it starts with 422',
    async (route) => {
      const res = await get(`/analytics/${route}?from=2024-02-29&to=2024-01-01`);
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
