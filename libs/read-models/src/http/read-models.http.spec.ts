import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { InMemoryEventStore, StartupGate } from '@khai/event-sourcing';
import { createHttpTestApp, type HttpTestApp } from '@khai/testing';

import { InMemoryReadModelStore } from '../adapters/in-memory.read-model-store';
import { ReadModelsModule } from '../read-models.module';
import { ReadModelRunner } from '../runner/read-model-runner';
import { eggsPerFarmDay } from '../testing/eggs-per-farm-day.projection';
import { appendSteps } from '../testing/runner.properties';
import { fastPolling, settled } from '../testing/runner-harness';

describe('GET /read-models and GET /metrics', () => {
  let http: HttpTestApp;
  beforeAll(async () => {
    const events = fastPolling(new InMemoryEventStore());
    await appendSteps(events, [
      { kind: 'collect', lot: 1, farm: 0, day: 0, eggs: 30 },
      { kind: 'noise', lot: 1 },
    ]);
    http = await createHttpTestApp(
      [ReadModelsModule.forRoot({ store: new InMemoryReadModelStore(), projections: [eggsPerFarmDay] })],
      events,
    );
    await settled(http.app.get(ReadModelRunner), events);
  });
  afterAll(() => http.close());

  it('shows each read model’s position, lag and state', async () => {
    const res = await http.app.inject({ method: 'GET', url: '/read-models', headers: http.as('admin') });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      store: 'memory',
      readModels: [
        {
          name: 'eggs-per-farm-day',
          position: 2,
          head: 2,
          lag: 0,
          live: true,
          rebuilding: false,
          failed: null,
          eventsProcessed: 2,
        },
      ],
    });
  });

  it('exposes the same as Prometheus metrics', async () => {
    const res = await http.app.inject({ method: 'GET', url: '/metrics', headers: http.as('admin') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    const labels = '{projection="eggs-per-farm-day",store="memory"}';
    expect(res.body).toContain('# TYPE khai_read_model_lag_events gauge\n');
    expect(res.body).toContain(`khai_read_model_position${labels} 2\n`);
    expect(res.body).toContain(`khai_read_model_lag_events${labels} 0\n`);
    expect(res.body).toContain(`khai_read_model_live${labels} 1\n`);
    expect(res.body).toContain('khai_event_store_head_position 2\n');
  });
});

describe('the read models of a data dir at start', () => {
  const setUp = async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'khai-gate-')), 'read-models.snapshot');
    const events = fastPolling(new InMemoryEventStore());
    await appendSteps(events, [
      { kind: 'collect', lot: 1, farm: 0, day: 0, eggs: 30 },
      { kind: 'collect', lot: 2, farm: 1, day: 0, eggs: 60 },
    ]);
    const start = (store: InMemoryReadModelStore) =>
      createHttpTestApp(
        [ReadModelsModule.forRoot({ store, projections: [eggsPerFarmDay], snapshot: { file, everyMs: 0 } })],
        events,
      );
    return { events, start };
  };

  it('hold the start-up gate until they are rebuilt and live, on a first start (no snapshot)', async () => {
    const { start } = await setUp();
    const app = await start(new InMemoryReadModelStore());
    const gate = app.app.get(StartupGate);
    expect(gate.holding()).toBe(true);
    await gate.passed();
    await expect(app.app.get(ReadModelRunner).status()).resolves.toEqual([
      expect.objectContaining({ position: 2, live: true, eventsProcessed: 2 }),
    ]);
    await app.close();
  });

  it('hold the start-up gate until the snapshot is restored and they are live, so that catch-ups start after', async () => {
    const { events, start } = await setUp();
    const first = await start(new InMemoryReadModelStore());
    await settled(first.app.get(ReadModelRunner), events);
    await first.close(); // writes the snapshot
    await appendSteps(events, [{ kind: 'collect', lot: 3, farm: 0, day: 1, eggs: 90 }], 2);

    const restored = new InMemoryReadModelStore();
    const second = await start(restored);
    const gate = second.app.get(StartupGate);
    expect(gate.holding()).toBe(true);
    await gate.passed();
    // Restored at 2, then the one event after it applied: live at the head.
    await expect(second.app.get(ReadModelRunner).status()).resolves.toEqual([
      expect.objectContaining({ position: 3, live: true, eventsProcessed: 1 }),
    ]);
    await second.close();
  });
});
