import { InMemoryEventStore } from '@khai/event-sourcing';
import { InMemoryReadModelStore, ReadModelRunner, ReadModelsModule } from '@khai/read-models';
import { createHttpTestApp, type HttpTestApp } from '@khai/testing';

import { AnalyticsModule } from '../analytics.module';
import { analyticsProjections } from '../analytics-projections';
import { appendAll, fastPolling, settled } from '../testing/harness';
import { incomeScenario } from '../testing/income-scenario';
import { buyer, order, sale } from '../testing/scenario';
import type { ActionPlanDto } from './queries/get-action-plan/get-action-plan.dto';

/**
 * April 2026: the members of incomeScenario (IOFC per hen-day 147 and 114 satang,
 * hen-day 90.452 % and 84 %), and two sales of size 3 against the ladder's 3.50:
 * 600 eggs at 3.40 under contract and 300 at 3.57 spot.
 */
const sales = [
  buyer('B-TOPS', 'MODERN_TRADE'),
  buyer('B-MAKRO', 'WHOLESALER'),
  order('SO1', 'B-TOPS', '2026-04-10', 'CONTRACT', [[3, 600, 340]]),
  sale('SO1', 'B-TOPS', '2026-04-10', [[3, 600, 340]]),
  sale('SO2', 'B-MAKRO', '2026-04-20', [[3, 300, 357]]),
];

const goal = (goalId: string, metric: string, target: number, deadline: string, extra: object = {}) => ({
  goalId,
  metric,
  target,
  comparison: 'at_least',
  deadline,
  owner: 'CDA Chiang Mai',
  setOn: '2026-01-01',
  ...(metric === 'price_premium_pct' ? { referenceSource: 'coop-network' } : {}),
  ...extra,
});

describe('the action plan over HTTP', () => {
  let http: HttpTestApp;
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    http.app.inject({
      method: 'POST',
      url: `/analytics/action-plan/goals${url}`,
      payload,
      headers: { ...http.as('manager'), ...headers },
    });

  beforeAll(async () => {
    const events = fastPolling(new InMemoryEventStore());
    await appendAll(events, [...incomeScenario, ...sales]);
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

  it('sets, revises and retires goals, and judges each live one on the live read models', async () => {
    const set = [
      goal('G-PREMIUM', 'price_premium_pct', 0, '2026-12-31', { baseline: -5 }),
      goal('G-CONTRACT', 'contract_share_pct', 60, '2026-06-30'),
      goal('G-IOFC', 'iofc_per_hen_day_median_satang', 150, '2026-05-15'),
      goal('G-LAY', 'hen_day_production_pct_median', 90, '2026-04-15'),
      goal('G-OLD', 'contract_share_pct', 50, '2026-12-31'),
      // Against a source that announced nothing in the window: no value, nothing to show → at risk.
      goal('G-PREMIUM-DIT', 'price_premium_pct', 0, '2026-12-31', { baseline: -5, referenceSource: 'dit' }),
    ];
    for (const body of set) expect((await post('', body)).statusCode).toBe(201);
    const revised = await post('/G-IOFC/revisions', { target: 140, reason: 'feed rose 12 %', revisedOn: '2026-03-01' });
    expect(revised.json()).toMatchObject({ streamName: 'actionplangoal-G-IOFC', revision: 1 });
    const retired = await post('/G-OLD/retirement', { reason: 'replaced by G-CONTRACT', retiredOn: '2026-02-01' });
    expect(retired.statusCode).toBe(201);

    const res = await http.app.inject({
      method: 'GET',
      url: `/analytics/action-plan?asOf=2026-04-30&minPosition=${retired.json<{ position: number }>().position}`,
      headers: http.as('manager'),
    });
    expect(res.statusCode).toBe(200);
    const plan = res.json<ActionPlanDto>();
    expect(plan.position).toBe(await http.store.headPosition());
    // Each goal's window is its 30 days up to 30 Apr: 1 – 30 Apr; the year 2026 set on 1 Jan. Value, progress and
    // status come from the exact figures; value and progress are rounded once, in the answer.
    expect(plan.goals.map((g) => [g.goalId, g.value, g.progressPct, g.status, g.daysRemaining])).toEqual([
      // Median of hen-day (84 + 90.452261) / 2 = 87.226131 % → 87.23; 87.226131 / 90 = 96.918 % → 96.92 of the
      // way from 0; the deadline of 15 Apr has passed unmet.
      ['G-LAY', 87.23, 96.92, 'missed', -15],
      // Median IOFC per hen-day of the exact (114 + 146.934673) / 2 = 130.467337 satang → 130 (of the rounded 114
      // and 147 it was 130.5); 130.467337 / 140 = 93.191 % → 93.19 (from 130.5: 93.21); 119 of the 134 days from
      // 1 Jan to 15 May have passed, 88.81 % of the time: the progress keeps up → on track.
      ['G-IOFC', 130, 93.19, 'on_track', 15],
      // Contract share 600 / 900 = 66.6667 % → 66.67, ≥ 60: met; 66.6667 / 60 = 111.11 % (from 66.67: 111.12).
      ['G-CONTRACT', 66.67, 111.11, 'met', 61],
      // Premium, Σ over Σ: (600 × 340 + 300 × 357 − 900 × 350) / (900 × 350) = −3,900 / 315,000 = −1.238095 % → −1.24;
      //   from −5 towards 0: 3.761905 / 5 = 75.24 % (from −1.24: 75.2); 245 of 364 days left.
      ['G-PREMIUM', -1.24, 75.24, 'on_track', 245],
      ['G-PREMIUM-DIT', null, null, 'at_risk', 245],
    ]);
    expect(plan.goals.find((g) => g.goalId === 'G-PREMIUM')).toMatchObject({ referenceSource: 'coop-network' });
    const unsourced = await post('', {
      ...goal('G-NOSRC', 'price_premium_pct', 0, '2026-12-31'),
      referenceSource: undefined,
    });
    expect(unsourced.statusCode).toBe(422);
    expect(unsourced.json()).toMatchObject({ code: 'reference_source_required' });
    expect(plan.goals.find((g) => g.goalId === 'G-IOFC')).toMatchObject({
      elapsedPct: 88.81,
      target: 140,
      revisions: 1,
      window: { from: '2026-04-01', to: '2026-04-30' },
    });
  });

  it('answers 400 with the fields and writes nothing for a bad goal', async () => {
    const head = await http.store.headPosition();
    const res = await post('', { ...goal('G-BAD', 'buyer_hhi', 1.234, '2026-13-01'), extra: 1 });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['metric', 'target', 'deadline', 'extra']));
    expect((await post('/-x/retirement', { reason: 'r', retiredOn: '2026-02-01' })).statusCode).toBe(400);
    expect((await post('/G-PREMIUM/revisions', { target: 1, revisedOn: '2026-02-01' })).statusCode).toBe(400);
    expect(await http.store.headPosition()).toBe(head);
  });

  it('refuses a target or baseline of more than two decimals written with an exponent (1e-7) with 400, not 500', async () => {
    const head = await http.store.headPosition();
    const tiny = await post('', goal('G-TINY', 'price_premium_pct', 1e-7, '2026-12-31', { baseline: 2.5e-8 }));
    expect(tiny.statusCode).toBe(400);
    expect(tiny.json<{ errors: unknown[] }>().errors).toEqual([
      { field: 'target', messages: ['target must be a number with at most 2 decimal places'] },
      { field: 'baseline', messages: ['baseline must be a number with at most 2 decimal places'] },
    ]);
    const revised = await post('/G-PREMIUM/revisions', { target: 1e-7, reason: 'r', revisedOn: '2026-02-01' });
    expect(revised.statusCode).toBe(400);
    expect(JSON.stringify(revised.json())).toContain('target must be a number with at most 2 decimal places');
    expect((await post('', goal('G-BIG', 'price_premium_pct', 1e21, '2026-12-31'))).statusCode).toBe(400);
    expect(await http.store.headPosition()).toBe(head);
  });

  it('answers 422, 404 and 409 as problems and writes nothing', async () => {
    const head = await http.store.headPosition();
    const early = await post('', goal('G-NEW', 'price_premium_pct', 1, '2025-12-31'));
    expect(early.json()).toMatchObject({ status: 422, code: 'deadline_before_set' });
    const share = await post('', goal('G-NEW', 'contract_share_pct', 120, '2026-12-31'));
    expect(share.json()).toMatchObject({ status: 422, code: 'share_out_of_range' });
    const unknown = await post('/G-NONE/revisions', { target: 1, reason: 'r', revisedOn: '2026-02-01' });
    expect(unknown.json()).toMatchObject({ status: 404, code: 'goal_not_found' });
    const clash = await post('', goal('G-PREMIUM', 'price_premium_pct', 2, '2026-12-31'));
    expect(clash.json()).toMatchObject({ status: 409, code: 'goal_already_set' });
    const gone = await post('/G-OLD/revisions', { target: 55, reason: 'r', revisedOn: '2026-03-01' });
    expect(gone.json()).toMatchObject({ status: 409, code: 'goal_retired' });
    expect(await http.store.headPosition()).toBe(head);
  });

  it('answers the same for a repeated Idempotency-Key and appends once', async () => {
    const head = await http.store.headPosition();
    const headers = { 'idempotency-key': 'goal-g-eggs-1' };
    const body = goal('G-KEYED', 'price_premium_pct', 1, '2026-12-31');
    const first = await post('', body, headers);
    const second = await post('', body, headers);
    expect(first.statusCode).toBe(201);
    expect(second.json()).toEqual({ ...first.json(), repeated: true });
    expect(await http.store.headPosition()).toBe(head + 1);
  });

  it('refuses a bad asOf with 400', async () => {
    const res = await http.app.inject({
      method: 'GET',
      url: '/analytics/action-plan?asOf=30-04-2026',
      headers: http.as('manager'),
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('asOf');
  });
});
