import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type EventStore, InMemoryEventStore } from '@khai/event-sourcing';

import { InMemoryReadModelStore } from '../adapters/in-memory.read-model-store';
import { ReadModelRunner } from '../runner/read-model-runner';
import { dumpEggsPerFarmDay, eggsPerFarmDay, FARM_DAYS, LOTS } from '../testing/eggs-per-farm-day.projection';
import { appendSteps, type Step } from '../testing/runner.properties';
import { fastPolling, settled } from '../testing/runner-harness';
import { ReadModelSnapshot } from './read-model-snapshot';

const collect = (lot: number, farm: number, day: number, eggs: number): Step => ({
  kind: 'collect',
  lot,
  farm,
  day,
  eggs,
});
const STEPS: readonly Step[] = [
  collect(1, 0, 0, 300),
  collect(2, 0, 0, 200),
  { kind: 'void', lot: 1 },
  collect(3, 1, 1, 50),
  collect(4, 1, 2, 10),
];

async function logOf(steps: readonly Step[], offset = 0, into: EventStore = new InMemoryEventStore()) {
  await appendSteps(into, steps, offset);
  return into;
}

/** The read model of `events`, caught up, with a snapshot of it written to a new file. */
async function snapshotted(events: EventStore): Promise<{ file: string; store: InMemoryReadModelStore }> {
  const store = new InMemoryReadModelStore();
  const runner = new ReadModelRunner(fastPolling(events), store, [eggsPerFarmDay]);
  await runner.start();
  await settled(runner, events);
  await runner.stop();
  const file = join(mkdtempSync(join(tmpdir(), 'khai-snapshot-')), 'read-models.snapshot');
  await new ReadModelSnapshot(file, events, [eggsPerFarmDay]).save(store);
  return { file, store };
}

describe('read-model snapshots', () => {
  it('restores the read models and their positions, and the runner goes on from there', async () => {
    const events = await logOf(STEPS);
    const { file, store } = await snapshotted(events);
    const restored = new InMemoryReadModelStore();
    expect(await new ReadModelSnapshot(file, events, [eggsPerFarmDay]).restore(restored)).toEqual({
      restored: [{ name: eggsPerFarmDay.name, position: 5 }],
      refused: [],
    });
    expect(await restored.checkpoint(eggsPerFarmDay.name)).toBe(5);
    expect(await dumpEggsPerFarmDay(restored)).toEqual(await dumpEggsPerFarmDay(store));

    await appendSteps(events, [collect(5, 0, 3, 70)], 5);
    const runner = new ReadModelRunner(fastPolling(events), restored, [eggsPerFarmDay]);
    await runner.start();
    await settled(runner, events);
    await runner.stop();
    const [status] = await runner.status();
    expect(status).toMatchObject({ position: 6, eventsProcessed: 1 });
    const rebuilt = await snapshotted(events);
    expect(await dumpEggsPerFarmDay(restored)).toEqual(await dumpEggsPerFarmDay(rebuilt.store));
  });

  const refusedBecause = async (file: string, events: EventStore, projection = eggsPerFarmDay) => {
    const store = new InMemoryReadModelStore();
    const { restored, refused } = await new ReadModelSnapshot(file, events, [projection]).restore(store);
    expect(restored).toEqual([]);
    expect(await store.checkpoint(eggsPerFarmDay.name)).toBe(0);
    return refused.map((r) => r.reason);
  };

  it('is not restored when it is of another log (another first event)', async () => {
    const { file } = await snapshotted(await logOf(STEPS));
    expect(await refusedBecause(file, await logOf(STEPS, 100))).toEqual(['the snapshot is of another log']);
  });

  it('is not restored when its position is past the log’s head (a log restored from an older backup)', async () => {
    const { file } = await snapshotted(await logOf(STEPS));
    expect(await refusedBecause(file, await logOf(STEPS.slice(0, 3)))).toEqual([
      "the snapshot's position 5 is past the log's head 3",
    ]);
  });

  it('is not restored when the log holds another event at its position', async () => {
    const { file } = await snapshotted(await logOf(STEPS));
    const other = await logOf(STEPS.slice(3), 50, await logOf(STEPS.slice(0, 3)));
    expect(await refusedBecause(file, other)).toEqual(["the log holds another event at the snapshot's position 5"]);
  });

  it('is not restored for another version of the projection', async () => {
    const events = await logOf(STEPS);
    const { file } = await snapshotted(events);
    expect(await refusedBecause(file, events, { ...eggsPerFarmDay, version: 2 })).toEqual([
      'the snapshot is of another version of the projection',
    ]);
    const changed = { ...eggsPerFarmDay, apply: () => undefined };
    expect(await refusedBecause(file, events, changed)).toEqual([
      'the snapshot is of another version of the projection',
    ]);
  });

  it('is not restored when it cannot be read: missing, garbage, cut short', async () => {
    const events = await logOf(STEPS);
    const { file } = await snapshotted(events);
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, whole.length - 3));
    expect(await refusedBecause(file, events)).toEqual([expect.stringMatching(/^the snapshot cannot be read: /)]);
    writeFileSync(file, 'not a snapshot');
    expect(await refusedBecause(file, events)).toEqual([expect.stringMatching(/^the snapshot cannot be read: /)]);
    expect(await refusedBecause(`${file}.missing`, events)).toEqual(['no snapshot']);
  });

  it('leaves nothing behind when it is cut short after some frames of documents were restored', async () => {
    // 2,100 lots and farm-days: more documents than a frame holds, so that the first frames are restored first.
    const events = await logOf(Array.from({ length: 2_100 }, (_, i) => collect(i + 1, 0, i, 10)));
    const { file } = await snapshotted(events);
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, whole.length - 3));
    const store = new InMemoryReadModelStore();
    const { restored } = await new ReadModelSnapshot(file, events, [eggsPerFarmDay]).restore(store);
    expect(restored).toEqual([]);
    expect({ lots: await store.count(LOTS), farmDays: await store.count(FARM_DAYS) }).toEqual({ lots: 0, farmDays: 0 });
    expect(await store.checkpoint(eggsPerFarmDay.name)).toBe(0);
  });
});
