import { type DomainEvent, InMemoryEventStore } from '@khai/event-sourcing';
import { InMemoryReadModelStore, ReadModelRunner, ReadModelsModule } from '@khai/read-models';
import { memberAccount, type MemberAccountState } from '@khai/settlement';
import { createHttpTestApp, type HttpTestApp } from '@khai/testing';

import { AnalyticsModule } from '../../analytics.module';
import { analyticsProjections } from '../../analytics-projections';
import { appendAll, envelopeOf, fastPolling, settled } from '../../testing/harness';
import { ev, reference } from '../../testing/scenario';
import type { PassbookDto } from './passbook.query';

type Command = Parameters<typeof memberAccount.decider.decide>[0];

/** The events of a member's account as its decider makes them from the commands. */
function accountEvents(commands: readonly Command[]): DomainEvent[] {
  let state: MemberAccountState = memberAccount.decider.initialState;
  const events: DomainEvent[] = [];
  for (const c of commands) {
    for (const e of memberAccount.decider.decide(c, state)) {
      events.push(e);
      state = memberAccount.decider.evolve(state, e);
    }
  }
  return events;
}

const grade = (memberId: string, lotId: string, collectedOn: string, eggs: number): Command => ({
  type: 'RecordEggDelivery',
  data: { memberId, lotId, collectedOn, gradedOn: collectedOn, sizes: [{ size: 2, eggs }] },
});

/*
 * M1 in October 2026: L1 (5 Oct, 1,000 × size 2) and L3 (6 Oct, 200) paid by S1 (settled 16 Oct) at the list's
 * 3.70, L3 voided on 21 Oct (not taken back yet); L2 (20 Oct, 500) not settled yet; feed D1 (8 Oct, 100 kg, ฿1,500)
 * charged by S1: S1's net 444,000 − 150,000 = 294,000. The reference for size 2 is 3.60 from 1 Oct. M2 delivered
 * L9 the same month: never in M1's passbook.
 */
const M1 = accountEvents([
  grade('M1', 'L1', '2026-10-05', 1_000),
  grade('M1', 'L3', '2026-10-06', 200),
  {
    type: 'RecordFeedCharge',
    data: { memberId: 'M1', deliveryId: 'D1', deliveredOn: '2026-10-08', kg: 100, amountSatang: 150_000 },
  },
  {
    type: 'SettleMember',
    data: {
      memberId: 'M1',
      settlementId: 'S1',
      periodFrom: '2026-10-01',
      periodTo: '2026-10-15',
      settledOn: '2026-10-16',
      priceLists: [
        {
          priceListId: 'PL-10',
          effectiveFrom: '2026-10-01',
          prices: [{ size: 2, satangPerEgg: 370 }],
          setOn: '2026-09-30',
        },
      ],
      deductions: [],
    },
  },
  grade('M1', 'L2', '2026-10-20', 500),
  { type: 'VoidEggDelivery', data: { memberId: 'M1', lotId: 'L3', reason: 'wrong member', voidedOn: '2026-10-21' } },
]);
const M2 = accountEvents([grade('M2', 'L9', '2026-10-06', 700)]);

describe('a member’s passbook over HTTP', () => {
  let http: HttpTestApp;
  const get = (url: string, headers: Record<string, string>) => http.app.inject({ method: 'GET', url, headers });
  const october = 'from=2026-10-01&to=2026-10-31';

  beforeAll(async () => {
    const events = fastPolling(new InMemoryEventStore());
    await appendAll(events, [reference('TEA', '2026-10-01', 340, [[2, 360]])]);
    // L1's collection and grading as production records them: 30 of its 1,030 eggs rejected.
    await appendAll(
      events,
      [
        ev('EggsCollected', {
          lotId: 'L1',
          memberId: 'M1',
          farmId: 'F1',
          flockId: 'FL1',
          collectedOn: '2026-10-05',
          eggs: 1_030,
        }),
        ev('LotGraded', {
          lotId: 'L1',
          gradedOn: '2026-10-05',
          grade: 'A',
          sizes: [{ size: 2, eggs: 1_000 }],
          rejects: [{ reason: 'CRACKED', eggs: 30 }],
          gradedEggs: 1_000,
          rejectedEggs: 30,
        }),
      ],
      20,
    );
    // L7 collected on 25 Oct and not graded; L8 graded on its stream, the member's account not yet told.
    const collected = (lotId: string, collectedOn: string, eggs: number) =>
      ev('EggsCollected', { lotId, memberId: 'M1', farmId: 'F1', flockId: 'FL1', collectedOn, eggs });
    await events.append('lot-L7', [envelopeOf(collected('L7', '2026-10-25', 820), 30)], 'no_stream');
    await events.append(
      'lot-L8',
      [
        envelopeOf(collected('L8', '2026-10-24', 400), 31),
        envelopeOf(
          ev('LotGraded', {
            lotId: 'L8',
            gradedOn: '2026-10-24',
            grade: 'A',
            sizes: [{ size: 2, eggs: 400 }],
            rejects: [],
            gradedEggs: 400,
            rejectedEggs: 0,
          }),
          32,
        ),
      ],
      'no_stream',
    );
    for (const [memberId, list] of [
      ['M1', M1],
      ['M2', M2],
    ] as const)
      await events.append(
        memberAccount.stream(memberId),
        list.map((e, i) => envelopeOf(e, 100 + i + (memberId === 'M2' ? 50 : 0))),
        'any',
      );
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

  it('shows the member their lots at the price paid beside the reference, their feed and settlements', async () => {
    const res = await get(`/analytics/members/M1/passbook?${october}`, http.as('member', 'M1'));
    expect(res.statusCode).toBe(200);
    const book = res.json<PassbookDto>();
    expect(book.deliveries.map((d) => [d.lotId, d.eggs, d.settlementId, d.sizes])).toEqual([
      [
        'L2',
        500,
        null,
        [{ size: 2, eggs: 500, paidSatangPerEgg: null, referenceSatangPerEgg: 360, referenceSource: 'TEA' }],
      ],
      [
        'L3',
        200,
        'S1',
        [{ size: 2, eggs: 200, paidSatangPerEgg: 370, referenceSatangPerEgg: 360, referenceSource: 'TEA' }],
      ],
      [
        'L1',
        1_000,
        'S1',
        [{ size: 2, eggs: 1_000, paidSatangPerEgg: 370, referenceSatangPerEgg: 360, referenceSource: 'TEA' }],
      ],
    ]);
    // Rejects from the income read model, which saw L1's grading only.
    expect(book.deliveries.map((d) => [d.lotId, d.rejectedEggs])).toEqual([
      ['L2', null],
      ['L3', null],
      ['L1', 30],
    ]);
    expect(book.deliveries.map((d) => [d.lotId, d.voided])).toEqual([
      ['L2', null],
      ['L3', { voidedOn: '2026-10-21', reason: 'wrong member', takenBackIn: null }],
      ['L1', null],
    ]);
    expect(book.feedCharges).toEqual([
      { deliveryId: 'D1', deliveredOn: '2026-10-08', kg: 100, amountSatang: 150_000, settlementId: 'S1' },
    ]);
    // Collected, not graded: as the lot's stream has it. L8, graded, waits for the account; L1 is there already.
    expect(book.awaitingGrading).toEqual([{ lotId: 'L7', collectedOn: '2026-10-25', flockId: 'FL1', eggs: 820 }]);
    expect(book.settlements).toEqual([
      expect.objectContaining({
        settlementId: 'S1',
        eggRevenueSatang: 444_000,
        feedChargeSatang: 150_000,
        netSatang: 294_000,
      }),
    ]);
  });

  it('keeps to the period asked', async () => {
    const res = await get(`/analytics/members/M1/passbook?from=2026-10-10&to=2026-10-31`, http.as('member', 'M1'));
    const book = res.json<PassbookDto>();
    expect(book.deliveries.map((d) => d.lotId)).toEqual(['L2']);
    expect(book.awaitingGrading.map((l) => l.lotId)).toEqual(['L7']);
    expect(
      (
        await get(`/analytics/members/M1/passbook?from=2026-10-01&to=2026-10-20`, http.as('member', 'M1'))
      ).json<PassbookDto>().awaitingGrading,
    ).toEqual([]);
    expect(book.feedCharges).toEqual([]);
    expect(book.settlements.map((s) => s.settlementId)).toEqual(['S1']);
  });

  it('refuses another member’s passbook to a member (403), showing nothing of it', async () => {
    const res = await get(`/analytics/members/M2/passbook?${october}`, http.as('member', 'M1'));
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ status: 403, code: 'forbidden' });
    expect(res.body).not.toContain('L9');
  });

  it('lets a manager read any member’s, and nobody else', async () => {
    const manager = await get(`/analytics/members/M2/passbook?${october}`, http.as('manager'));
    expect(manager.json<PassbookDto>().deliveries.map((d) => d.lotId)).toEqual(['L9']);
    for (const role of ['staff', 'agency'] as const)
      expect((await get(`/analytics/members/M1/passbook?${october}`, http.as(role))).statusCode).toBe(403);
    expect((await get(`/analytics/members/M1/passbook?${october}`, http.as('partner', 'M1'))).statusCode).toBe(403);
  });

  it('answers an empty passbook for a member with nothing yet, and 400 for a bad period', async () => {
    const empty = await get(`/analytics/members/M3/passbook?${october}`, http.as('member', 'M3'));
    expect(empty.json()).toEqual({
      memberId: 'M3',
      from: '2026-10-01',
      to: '2026-10-31',
      deliveries: [],
      awaitingGrading: [],
      feedCharges: [],
      settlements: [],
    });
    const bad = await get('/analytics/members/M1/passbook?from=2026-10-01&to=31-10-2026', http.as('member', 'M1'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['to']);
    const backwards = await get('/analytics/members/M1/passbook?from=2026-10-31&to=2026-10-01', http.as('manager'));
    expect(backwards.json()).toMatchObject({ status: 422, code: 'invalid_date_range' });
  });
});
