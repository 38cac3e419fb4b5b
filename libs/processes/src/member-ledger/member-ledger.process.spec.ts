import { EVENT_STORE, type EventStore, type RecordedEvent, UseCaseRunner } from '@khai/event-sourcing';
import { lot } from '@khai/production';
import { SettlementModule } from '@khai/settlement';
import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, registerCluster, testEnvelope } from '@khai/testing';

import type { Handling } from '../runner/process-manager';
import { MemberLedgerProcess } from './member-ledger.process';

/** A handling of an event none of whose commands the log shows sent. */
const notSent: Handling = { sent: () => false };

/** A lot collected on the last day of October and graded on the first of November. */
describe('member-ledger process', () => {
  let t: HttpTestApp;
  beforeEach(async () => {
    t = await createHttpTestApp([SettlementModule, CLUSTER_REGISTRY]);
    await registerCluster(t.app, { members: [{ memberId: 'M-017', farmIds: ['F01'] }] });
  });
  afterEach(() => t.close());

  async function append(stream: string, type: string, data: object): Promise<RecordedEvent> {
    await t.store.append(stream, [testEnvelope(type, data)], 'any');
    const events = await t.store.readStream(stream);
    return events[events.length - 1] as RecordedEvent;
  }
  /** 600 eggs of size 3 graded on 2026-11-04. */
  const gradedOnTheFourth = (lotId: string): Promise<RecordedEvent> =>
    append(lot.stream(lotId), 'LotGraded', {
      lotId,
      gradedOn: '2026-11-04',
      grade: 'A',
      sizes: [{ size: 3, eggs: 600 }],
      rejects: [],
      gradedEggs: 600,
      rejectedEggs: 0,
    });

  it("records a grading with its lot's collection day, and the settlement pays it at the list in force then", async () => {
    const stream = lot.stream('L-31');
    await append(stream, 'EggsCollected', {
      lotId: 'L-31',
      memberId: 'M-017',
      farmId: 'F01',
      flockId: 'FL01',
      collectedOn: '2026-10-31',
      eggs: 1_000,
    });
    const graded = await append(stream, 'LotGraded', {
      lotId: 'L-31',
      gradedOn: '2026-11-01',
      grade: 'A',
      sizes: [{ size: 2, eggs: 1_000 }],
      rejects: [],
      gradedEggs: 1_000,
      rejectedEggs: 0,
    });
    const process = new MemberLedgerProcess(t.app.get(UseCaseRunner), t.app.get<EventStore>(EVENT_STORE));
    await process.handle(graded, notSent);

    const [recorded] = await t.store.readStream('memberaccount-M-017');
    expect(recorded?.data).toMatchObject({ lotId: 'L-31', gradedOn: '2026-11-01', collectedOn: '2026-10-31' });

    const post = (url: string, payload: object) =>
      t.app.inject({ method: 'POST', url, payload, headers: t.as('manager') });
    for (const [priceListId, effectiveFrom, satangPerEgg] of [
      ['PL-10', '2026-10-01', 370],
      ['PL-11', '2026-11-01', 380],
    ] as const) {
      await post('/member-price-lists', {
        priceListId,
        effectiveFrom,
        prices: [{ size: 2, satangPerEgg }],
        setOn: '2026-09-30',
      });
    }
    const settled = await post('/member-accounts/M-017/settlements', {
      settlementId: 'S-11',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      settledOn: '2026-12-01',
      deductions: [],
    });
    expect(settled.statusCode).toBe(201);
    const statement = await t.app.inject({
      method: 'GET',
      url: '/member-accounts/M-017/settlements/S-11',
      headers: t.as('manager'),
    });
    // 1,000 eggs × 3.70 THB: October's list, in force on the collection day.
    expect(statement.json()).toMatchObject({
      eggLines: [{ size: 2, eggs: 1_000, satangPerEgg: 370, amountSatang: 370_000, priceListId: 'PL-10' }],
      eggRevenueSatang: 370_000,
    });
  });

  it('names the member of a grading from the collection it read in the log, without reading the lot again', async () => {
    const process = new MemberLedgerProcess(t.app.get(UseCaseRunner), t.app.get<EventStore>(EVENT_STORE));
    // Handed to the process as the log's subscription hands it, but not in the lot's stream: only what the process
    // remembered can name the member.
    const collection = { lotId: 'L-40', memberId: 'M-017', farmId: 'F01', flockId: 'FL01', eggs: 600 };
    await process.handle(
      {
        ...testEnvelope('EggsCollected', { ...collection, collectedOn: '2026-11-03' }),
        streamName: lot.stream('L-40'),
        revision: 0,
        position: 1,
      },
      notSent,
    );
    const graded = await gradedOnTheFourth('L-40');
    await process.handle(graded, notSent);

    const [recorded] = await t.store.readStream('memberaccount-M-017');
    expect(recorded?.data).toMatchObject({ lotId: 'L-40', collectedOn: '2026-11-03', sizes: [{ size: 3, eggs: 600 }] });
  });

  it('passes over a grading whose ledger entry the log shows sent, without reading its lot', async () => {
    const process = new MemberLedgerProcess(t.app.get(UseCaseRunner), t.app.get<EventStore>(EVENT_STORE));
    // A lot with no collection in the log: sent again, the entry could not name its member (the process would stop).
    const graded = await gradedOnTheFourth('L-50');
    const asked: string[] = [];
    await process.handle(graded, { sent: (step) => asked.push(step) > 0 });
    expect(asked).toEqual(['ledger']);
    expect(await t.store.readStream('memberaccount-M-017')).toEqual([]);
    await expect(process.handle(graded, notSent)).rejects.toThrow('lot L-50 has no collection to name its member');
  });
});
