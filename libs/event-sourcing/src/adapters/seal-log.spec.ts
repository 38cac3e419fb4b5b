import { ERASED, type EventEnvelope, type EventStore, isSealed } from '@khai/core';

import { InMemoryEventStore } from './in-memory.event-store';
import { PersonalDataEventStore } from './personal-data.event-store';
import { sealLog } from './seal-log';
import { SqlitePersonalDataVault } from './sqlite.personal-data-vault';

const FIELDS = {
  Joined: { subject: 'id', fields: ['name', 'citizenId'] },
  Erased: { subject: 'id', fields: [], erases: true },
};

function event(type: string, data: Record<string, unknown>, n: number): EventEnvelope {
  return {
    type,
    data,
    metadata: {
      eventId: `e-${n}`,
      schemaVersion: 1,
      occurredAt: '2026-01-15T00:00:00.000Z',
      actor: 'test',
      correlationId: `c-${n}`,
      causationId: null,
      idempotencyKey: n === 1 ? 'register-M1' : null,
    },
  };
}

/** The log of an installation whose first members were registered before sealing, one of them erased since. */
async function olderLog(vault: SqlitePersonalDataVault): Promise<InMemoryEventStore> {
  const log = new InMemoryEventStore();
  // In the clear, as written before sealing: M1 (still a member), M2 (erased since).
  await log.append(
    'member-M1',
    [event('Joined', { id: 'M1', name: 'สมชาย ใจดี', citizenId: '1234567890121' }, 1)],
    'no_stream',
  );
  await log.append(
    'member-M2',
    [event('Joined', { id: 'M2', name: 'สมหญิง ดีใจ', citizenId: '3100500123458' }, 2)],
    'no_stream',
  );
  await log.append('lot-L1', [event('Collected', { lotId: 'L1', memberId: 'M1', eggs: 300 }, 3)], 'no_stream');
  await log.append('member-M1', [event('FarmAdded', { id: 'M1', farmId: 'F2' }, 4)], 0);
  // Sealed, as written since: M3.
  const sealed = new PersonalDataEventStore(log, vault, FIELDS);
  await sealed.append(
    'member-M3',
    [event('Joined', { id: 'M3', name: 'มานี มีนา', citizenId: '1101700203451' }, 5)],
    'no_stream',
  );
  await sealed.append('member-M2', [event('Erased', { id: 'M2' }, 6)], 0);
  return log;
}

const everything = async (store: EventStore) => store.readAll({ maxCount: 1_000 });

describe('sealing a log written before sealing', () => {
  let vault: SqlitePersonalDataVault;
  beforeEach(() => {
    vault = new SqlitePersonalDataVault();
  });
  afterEach(() => vault.close());

  it('copies every event in place, its clear personal fields sealed or, for an erased member, gone', async () => {
    const source = await olderLog(vault);
    const m3Sealed = (await everything(source)).find((e) => e.streamName === 'member-M3')!.data;
    const target = new InMemoryEventStore();

    expect(await sealLog(source, target, vault, FIELDS)).toEqual({ events: 6, sealed: 2, erased: 2 });

    const [before, after] = [await everything(source), await everything(target)];
    expect(after.map((e) => [e.position, e.streamName, e.revision, e.type, e.metadata])).toEqual(
      before.map((e) => [e.position, e.streamName, e.revision, e.type, e.metadata]),
    );
    const text = JSON.stringify(after);
    for (const clear of ['สมชาย', '1234567890121', 'สมหญิง', '3100500123458', 'มานี', '1101700203451'])
      expect({ clear, found: text.includes(clear) }).toEqual({ clear, found: false });
    // M1 opens to what it was; M2's were erased before and stay so; M3's sealed envelopes are copied as they were.
    const opened = new PersonalDataEventStore(target, vault, FIELDS);
    expect((await opened.readStream('member-M1'))[0]!.data).toEqual({
      id: 'M1',
      name: 'สมชาย ใจดี',
      citizenId: '1234567890121',
    });
    expect((await opened.readStream('member-M2'))[0]!.data).toEqual({ id: 'M2', name: ERASED, citizenId: ERASED });
    expect(after.find((e) => e.streamName === 'member-M3')!.data).toEqual(m3Sealed);
    expect(isSealed((after[0]!.data as { name: string }).name)).toBe(true);
    expect(after.find((e) => e.type === 'Collected')!.data).toEqual({ lotId: 'L1', memberId: 'M1', eggs: 300 });
  });

  it('refuses a target that holds events, and a log written to while it is copied', async () => {
    const source = await olderLog(vault);
    const target = new InMemoryEventStore();
    await target.append('x-1', [event('Other', {}, 9)], 'no_stream');
    await expect(sealLog(source, target, vault, FIELDS)).rejects.toThrow('not empty');

    let reads = 0;
    // The same log, but one more event appended by the time the copy ends (a platform still running).
    const moving: EventStore = {
      append: (stream, events, expected) => source.append(stream, events, expected),
      readStream: (stream, options) => source.readStream(stream, options),
      readAll: (options) => source.readAll(options),
      subscribeToAll: (handler, options) => source.subscribeToAll(handler, options),
      headPosition: () => Promise.resolve(reads++ === 0 ? 6 : 7),
      close: () => source.close(),
    };
    await expect(sealLog(moving, new InMemoryEventStore(), vault, FIELDS)).rejects.toThrow('written to while');
  });
});
