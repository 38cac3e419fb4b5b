import { InMemoryEventStore } from '@khai/event-sourcing';
import { InMemoryReadModelStore, ReadModelRunner, ReadModelsModule } from '@khai/read-models';
import { createHttpTestApp, type HttpTestApp } from '@khai/testing';

import { AnalyticsModule } from '../../analytics.module';
import { analyticsProjections } from '../../analytics-projections';
import { appendAll, fastPolling, settled } from '../../testing/harness';
import { collected, graded, incomeScenario } from '../../testing/income-scenario';
import type { MemberIncomeReportDto } from './member-income.dto';

describe('member income over HTTP', () => {
  let http: HttpTestApp;
  const get = (url: string) => http.app.inject({ method: 'GET', url, headers: http.as('manager') });

  beforeAll(async () => {
    const events = fastPolling(new InMemoryEventStore());
    await appendAll(events, incomeScenario);
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

  it('answers each member’s income for the period and the cluster distribution', async () => {
    const res = await get('/analytics/members/income?from=2026-04-01&to=2026-04-30');
    expect(res.statusCode).toBe(200);
    const report = res.json<MemberIncomeReportDto>();
    // The arithmetic is in member-income.spec.ts.
    expect(report.members.map((m) => [m.memberId, m.iofcPerHenDaySatang, m.revenueBasis])).toEqual([
      ['M1', 147, 'member-price'],
      ['M2', 114, 'mixed'],
    ]);
    // The median of the exact 146.93 and 114, 130.47, to the satang (not of 147 and 114: 130.5).
    expect(report.cluster.iofcPerHenDaySatang).toMatchObject({ n: 2, median: 130 });
    expect(report.cluster.henDayPct).toMatchObject({ n: 2, median: 87.23 });
  });

  it('waits for a position it was given (read your writes)', async () => {
    // A third lot for M2 on 28 Apr: 500 × size 3 at the member list's 3.50 = 175,000 more revenue.
    await appendAll(
      http.store,
      [collected('L6', 'M2', '2026-04-28', 500), graded('L6', '2026-04-28', [[3, 500]])],
      incomeScenario.length,
    );
    const head = await http.store.headPosition();
    const res = await get(`/analytics/members/income?from=2026-04-01&to=2026-04-30&memberId=M2&minPosition=${head}`);
    expect(res.statusCode).toBe(200);
    expect(res.json<MemberIncomeReportDto>()).toMatchObject({
      position: head,
      members: [{ memberId: 'M2', eggs: 11_000, eggRevenueSatang: 3_850_000 }],
    });
  });

  it.each([
    ['from=2026-13-01&to=2026-04-30', 'from'],
    ['from=2026-04-01&to=30-04-2026', 'to'],
    ['from=2026-04-01', 'to'],
    ['from=2026-04-01&to=2026-04-30&memberId=-M1', 'memberId'],
    ['from=2026-04-01&to=2026-04-30&minPosition=-1', 'minPosition'],
  ])('refuses a bad query (%s) with 400 and the field', async (query, field) => {
    const res = await get(`/analytics/members/income?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
  });

  it('answers 422 for a range that ends before it starts and 404 for an unknown member', async () => {
    const backwards = await get('/analytics/members/income?from=2026-04-30&to=2026-04-01');
    expect(backwards.json()).toMatchObject({ status: 422, code: 'invalid_date_range' });
    const unknown = await get('/analytics/members/income?from=2026-04-01&to=2026-04-30&memberId=M404');
    expect(unknown.json()).toMatchObject({ status: 404, code: 'not_found' });
  });
});
