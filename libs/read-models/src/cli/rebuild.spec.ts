import { PassThrough } from 'node:stream';

import { InMemoryEventStore } from '@khai/event-sourcing';

import { InMemoryReadModelStore } from '../adapters/in-memory.read-model-store';
import { eggsPerFarmDay, FARM_DAYS, LOTS } from '../testing/eggs-per-farm-day.projection';
import { appendSteps } from '../testing/runner.properties';
import { rebuildReadModels } from './rebuild';

describe('rebuildReadModels', () => {
  it('empties and replays each read model, drawing a progress bar', async () => {
    const events = new InMemoryEventStore();
    await appendSteps(
      events,
      Array.from({ length: 40 }, (_, i) => ({ kind: 'collect', lot: i, farm: i % 4, day: i % 3, eggs: 12 }) as const),
    );
    const store = new InMemoryReadModelStore();
    await store.write(eggsPerFarmDay.name, 40, [
      { kind: 'put', collection: LOTS, id: 'left-over', position: 1, doc: { eggs: 1 } },
    ]);
    const stream = new PassThrough();
    let drawn = '';
    stream.on('data', (chunk: Buffer) => (drawn += chunk.toString()));

    const results = await rebuildReadModels(events, store, [eggsPerFarmDay], { progress: true, stream });

    expect(results).toEqual([expect.objectContaining({ name: 'eggs-per-farm-day', position: 40, events: 40 })]);
    expect(drawn).toContain('eggs-per-farm-day');
    expect(drawn).toContain('40/40 events');
    expect(await store.get(LOTS, 'left-over')).toBeUndefined();
    expect(await store.count(LOTS)).toBe(40);
    expect(await store.count(FARM_DAYS)).toBe(12);
  });

  it('names an unknown read model', async () => {
    await expect(
      rebuildReadModels(new InMemoryEventStore(), new InMemoryReadModelStore(), [eggsPerFarmDay], {
        progress: false,
        only: ['nope'],
      }),
    ).rejects.toThrow('no read model named nope');
  });
});
