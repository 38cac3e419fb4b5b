import { InMemoryEventStore } from '@khai/event-sourcing';
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
