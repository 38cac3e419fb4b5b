import { InMemoryEventStore } from '@khai/event-sourcing';
import { InMemoryReadModelStore, ReadModelRunner, ReadModelsModule } from '@khai/read-models';
import { createHttpTestApp, type HttpTestApp } from '@khai/testing';

import { AnalyticsModule } from './analytics.module';
import { analyticsProjections } from './analytics-projections';
import type { NegotiationsDto } from './projections/negotiations/negotiations.query';
import type { PricePremiumReportDto } from './projections/price-premium/price-premium.query';
import { appendAll, fastPolling, settled } from './testing/harness';
import { negotiationScenario, salesScenario } from './testing/scenario';

describe('analytics over HTTP', () => {
  let http: HttpTestApp;
  const get = (url: string, headers = http.as('manager')) => http.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    const events = fastPolling(new InMemoryEventStore());
    await appendAll(events, [...salesScenario, ...negotiationScenario.slice(2)]);
    http = await createHttpTestApp(
      [
        ReadModelsModule.forRoot({ store: new InMemoryReadModelStore(), projections: analyticsProjections() }),
        AnalyticsModule,
      ],
      events,
    );
    await settled(http.app.get(ReadModelRunner), events);
  });
  afterAll(() => http.close());

  it('answers negotiated prices by week, buyer and size, paged', async () => {
    const res = await get(
      '/analytics/negotiated-prices?from=2022-03-01&to=2022-04-30&granularity=week&pageSize=2&page=2&minPosition=9',
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      granularity: 'week',
      total: 4,
      page: 2,
      pageSize: 2,
      summary: { eggs: 1_050, premiumPct: -1.51, contractSharePct: 85.71 },
      rows: [
        { period: '2022-W13', buyerId: 'B-TOPS', size: 3, premiumPct: -2.72 },
        { period: '2022-W14', buyerId: 'B-MAKRO', channel: 'WHOLESALER', size: 5, premiumPct: -8.82 },
      ],
    });
  });

  it.each([
    ['granularity=year', 'granularity'],
    ['granularity=day&size=9', 'size'],
    ['granularity=day&size=two', 'size'],
    ['granularity=day&pageSize=0', 'pageSize'],
    ['granularity=day&pageSize=501', 'pageSize'],
    ['granularity=day&page=0', 'page'],
    ['granularity=day&channel=MARKET', 'channel'],
    ['granularity=day&buyerId=-x', 'buyerId'],
  ])('refuses a bad negotiated-prices query (%s) with 400 and the field', async (query, field) => {
    const res = await get(`/analytics/negotiated-prices?from=2022-03-01&to=2022-04-30&${query}`);
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain(field);
  });

  it('refuses a bad date with 400 and a range that ends before it starts with 422', async () => {
    expect((await get('/analytics/negotiated-prices?from=2022-13-01&to=2022-04-30&granularity=day')).statusCode).toBe(
      400,
    );
    expect((await get('/analytics/negotiated-prices?from=2022-04-30&to=2022-03-01&granularity=day')).statusCode).toBe(
      422,
    );
    expect((await get('/analytics/negotiations?from=2022-04-30&to=2022-03-01')).statusCode).toBe(422);
    expect((await get('/analytics/negotiations?from=2022-03-01')).statusCode).toBe(400);
  });

  it('bounds the work of a question: a period beyond its limit is 400 on `to`, in English and Thai', async () => {
    const tooLong = [
      '/analytics/negotiated-prices?from=1000-01-01&to=9999-12-31&granularity=day',
      '/analytics/negotiated-prices?from=2022-01-01&to=2023-01-02&granularity=day',
      '/analytics/negotiated-prices?from=2012-01-01&to=2022-01-08&granularity=month',
      '/analytics/negotiations?from=1000-01-01&to=9999-12-31',
      '/analytics/price-premium?from=2012-01-01&to=2022-01-08',
      '/analytics/members/income?from=2012-01-01&to=2022-01-08',
    ];
    for (const url of tooLong) {
      const res = await get(url);
      expect({ url, status: res.statusCode, errors: res.json<{ errors?: unknown }>().errors }).toEqual({
        url,
        status: 400,
        errors: [{ field: 'to', messages: [expect.stringMatching(/^to must be within (366|3660) days of from/)] }],
      });
    }
    const thai = await http.app.inject({
      method: 'GET',
      url: tooLong[0] as string,
      headers: { ...http.as('manager'), 'accept-language': 'th' },
    });
    expect(thai.json<{ errors: { messages: string[] }[] }>().errors[0]?.messages).toEqual([
      'to ต้องห่างจาก from ไม่เกิน 366 วัน (นับทั้งวันแรกและวันสุดท้าย)',
    ]);
    for (const url of [
      '/analytics/negotiated-prices?from=2022-01-01&to=2022-12-31&granularity=day',
      '/analytics/negotiated-prices?from=2012-01-01&to=2022-01-07&granularity=month',
      '/analytics/price-premium?from=2012-01-01&to=2022-01-07',
    ])
      expect({ url, status: (await get(url)).statusCode }).toEqual({ url, status: 200 });
  });

  it('answers negotiation outcomes per buyer', async () => {
    const res = await get('/analytics/negotiations?from=2022-03-01&to=2022-03-31&buyerId=B-TOPS');
    expect(res.statusCode).toBe(200);
    expect(res.json<NegotiationsDto>().buyers).toEqual([
      expect.objectContaining({ buyerId: 'B-TOPS', agreed: 1, meanConcessionRatio: 0.625, meanBargainingPower: 0.75 }),
    ]);
  });

  it('answers the price premium per sale and traces shipments (404 when nothing is allocated)', async () => {
    const premium = await get('/analytics/price-premium?from=2022-03-30&to=2022-03-30&minPosition=1');
    expect(premium.statusCode).toBe(200);
    expect(premium.json<PricePremiumReportDto>().sales.map((s) => s.saleId)).toEqual(['SO1']);
    expect((await get('/analytics/traceability/shipments/SH404')).statusCode).toBe(404);
  });

  const waiting = [
    '/analytics/price-premium?from=2022-03-30&to=2022-03-30&minPosition=',
    '/analytics/traceability/shipments/SH-1?minPosition=',
    '/analytics/action-plan?minPosition=',
  ];

  it.each(['1e300', '9007199254740992', '1e16'])(
    'refuses a minPosition past 2^53 (%s) with 400 and the field',
    async (minPosition) => {
      for (const url of waiting) {
        const res = await get(`${url}${minPosition}`);
        expect(res.statusCode).toBe(400);
        expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['minPosition']);
      }
    },
  );

  it('answers a minPosition past the head of the log at once: 422, no write has it', async () => {
    const head = await http.store.headPosition();
    const started = Date.now();
    for (const minPosition of [head + 1, Number.MAX_SAFE_INTEGER]) {
      for (const url of waiting) {
        const res = await get(`${url}${minPosition}`);
        expect(res.json()).toMatchObject({ status: 422, code: 'position_not_written', position: minPosition, head });
      }
    }
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('shows the analytics read models under GET /read-models', async () => {
    const res = await get('/read-models', http.as('admin'));
    expect(res.json<{ readModels: { name: string }[] }>().readModels.map((r) => r.name)).toEqual(
      analyticsProjections().map((p) => p.name),
    );
  });
});
