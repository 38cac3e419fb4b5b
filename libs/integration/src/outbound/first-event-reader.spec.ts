import { randomUUID } from 'node:crypto';

import { InMemoryEventStore, type RecordedEvent } from '@khai/event-sourcing';

import { FirstEventReader } from './first-event-reader';

const collected = (lotId: string) => ({
  type: 'EggsCollected',
  data: { lotId, memberId: 'M-1', farmId: 'F-1', flockId: 'FL-1', collectedOn: '2026-11-19', eggs: 900 },
  metadata: {
    eventId: randomUUID(),
    schemaVersion: 1,
    occurredAt: '2026-11-19T03:00:00.000Z',
    actor: 'test',
    correlationId: 'corr-1',
    causationId: null,
    idempotencyKey: null,
  },
});

describe('FirstEventReader', () => {
  let store: InMemoryEventStore;
  let firstReads: string[];

  beforeEach(() => {
    store = new InMemoryEventStore();
    const read = store.readStream.bind(store);
    firstReads = [];
    jest.spyOn(store, 'readStream').mockImplementation((name, options) => {
      if (options?.maxCount === 1) firstReads.push(name);
      return read(name, options);
    });
  });

  /** Collects the lots, each in its own stream, and gives back their events as the log has them. */
  async function collect(...lotIds: string[]): Promise<RecordedEvent[]> {
    for (const lotId of lotIds) await store.append(`lot-${lotId}`, [collected(lotId)], 'no_stream');
    return store.readAll({ maxCount: 1000 });
  }

  it('answers an opening event it was passed without reading its stream', async () => {
    const reader = new FirstEventReader(store);
    for (const event of await collect('L-1')) reader.passed(event);
    expect(await reader.data('lot', 'L-1', 'EggsCollected')).toMatchObject({ memberId: 'M-1' });
    expect(firstReads).toEqual([]);
  });

  it('reads what it was not passed, once, and says when a stream does not open as asked', async () => {
    const reader = new FirstEventReader(store);
    await collect('L-1');
    await reader.data('lot', 'L-1', 'EggsCollected');
    await reader.data('lot', 'L-1', 'EggsCollected');
    expect(firstReads).toEqual(['lot-L-1']);
    await expect(reader.data('lot', 'L-1', 'ShipmentPlanned')).rejects.toThrow(
      'lot-L-1 starts with EggsCollected, not ShipmentPlanned',
    );
    await expect(reader.data('lot', 'L-9', 'EggsCollected')).rejects.toThrow('lot-L-9 has no events');
  });

  it('remembers only the first event of a stream, of a type the mappers look up', async () => {
    const reader = new FirstEventReader(store);
    const [first] = await collect('L-1');
    reader.passed({ ...first!, revision: 1 });
    reader.passed({ ...first!, type: 'LotGraded' });
    await reader.data('lot', 'L-1', 'EggsCollected');
    expect(firstReads).toEqual(['lot-L-1']);
  });

  it('keeps the last half to whole of its capacity: the older generation is dropped whole', async () => {
    const reader = new FirstEventReader(store, 4);
    for (const event of await collect('L-1', 'L-2', 'L-3', 'L-4', 'L-5')) reader.passed(event);
    // L-1 and L-2 made a generation, L-3 and L-4 the next, which pushed it out; L-5 begins another.
    for (const lotId of ['L-3', 'L-4', 'L-5']) await reader.data('lot', lotId, 'EggsCollected');
    expect(firstReads).toEqual([]);
    await reader.data('lot', 'L-1', 'EggsCollected');
    expect(firstReads).toEqual(['lot-L-1']);
  });
});
