import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  type EventEnvelope,
  EventStoreFailed,
  InMemoryEventStore,
  SqliteEventStore,
  toProblem,
} from '@khai/event-sourcing';
import type Database from 'better-sqlite3';

import { loadConfig } from './config';
import { HealthController } from './health.controller';
import { createEventStore } from './platform';

describe('the platform’s embedded event store', () => {
  const synchronousOf = (store: SqliteEventStore) =>
    (store as unknown as { db: Database.Database }).db.pragma('synchronous', { simple: true });

  it('syncs its commits on libuv’s pool at FULL (the connection at NORMAL, the store syncing the WAL)', async () => {
    const store = createEventStore(loadConfig({ KHAI_DATA_DIR: mkdtempSync(join(tmpdir(), 'khai-platform-')) }));
    try {
      expect(store).toBeInstanceOf(SqliteEventStore);
      expect(synchronousOf(store as SqliteEventStore)).toBe(1);
      expect((store as unknown as { poolSync: unknown }).poolSync).toBeDefined();
    } finally {
      await store.close?.();
    }
  });

  it('syncs nothing at NORMAL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khai-platform-'));
    const store = createEventStore(loadConfig({ KHAI_DATA_DIR: dir, KHAI_SQLITE_SYNCHRONOUS: 'NORMAL' }));
    try {
      expect(synchronousOf(store as SqliteEventStore)).toBe(1);
      expect((store as unknown as { poolSync: unknown }).poolSync).toBeUndefined();
    } finally {
      await store.close?.();
    }
  });
});

describe('the platform’s launch commands', () => {
  const root = join(__dirname, '../../..');
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  /** The V8 flags before the platform's script in a command line. */
  const flagsOf = (command: string | undefined) =>
    /node ((?:--[\w-]+=\w+ )*)dist\/apps\/platform\/src\/main\.js/
      .exec(command ?? '')?.[1]
      ?.trim()
      .split(' ');

  it('give V8 the same young-generation size everywhere (run.sh, npm start, the Docker image)', () => {
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    const cmd = /^CMD (\[.*\])$/m.exec(read('deploy/Dockerfile'))?.[1];
    const docker = (JSON.parse(cmd ?? '[]') as string[]).join(' ');
    const expected = ['--min-semi-space-size=16', '--max-semi-space-size=16'];
    expect(flagsOf(read('scripts/run.sh'))).toEqual(expected);
    expect(flagsOf(pkg.scripts.start)).toEqual(expected);
    expect(flagsOf(docker)).toEqual(expected);
  });
});

describe('the platform’s health', () => {
  const envelope = (type: string, data: unknown): EventEnvelope => ({
    type,
    data,
    metadata: {
      eventId: randomUUID(),
      schemaVersion: 1,
      occurredAt: new Date().toISOString(),
      actor: 'test',
      correlationId: randomUUID(),
      causationId: null,
      idempotencyKey: null,
    },
  });

  it('answers ok while the event store writes, and 503 event_store_failed once it has failed', async () => {
    let fail: ((error: Error) => void) | undefined;
    const store = new SqliteEventStore({
      filename: join(mkdtempSync(join(tmpdir(), 'khai-platform-')), 'events.sqlite'),
      syncOn: 'pool',
      syncWal: () => new Promise((_resolve, reject) => (fail = reject)),
    });
    const health = new HealthController(store);
    try {
      expect(await health.health()).toEqual({
        status: 'ok',
        ready: true,
        headPosition: 0,
        readModelsLag: 0,
        processesLag: 0,
      });
      const append = store.append('lot-1', [envelope('X', {})], 'no_stream');
      while (!fail) await new Promise((r) => setImmediate(r));
      fail(new Error('EIO: i/o error, fdatasync'));
      await expect(append).rejects.toBeInstanceOf(EventStoreFailed);
      const refused = await health.health().then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(EventStoreFailed);
      expect(toProblem(refused, '/health')).toMatchObject({ status: 503, code: 'event_store_failed' });
    } finally {
      await store.close();
    }
  });

  it('is live while the read models catch up, and ready (200) only once they have', async () => {
    const store = new InMemoryEventStore();
    let lag = 1200;
    const status = {
      name: 'price-premium',
      position: 0,
      head: 1200,
      rebuilding: false,
      failed: null,
      eventsProcessed: 0,
    };
    const health = HealthController.over(store, {
      readModels: { status: async () => [{ ...status, lag, live: lag === 0 }] },
      processes: {
        status: async () => [{ name: 'member-ledger', checkpoint: 0, head: 1200, lag: 1200, failed: null }],
      },
    });
    expect(await health.health()).toMatchObject({
      status: 'ok',
      ready: false,
      readModelsLag: 1200,
      processesLag: 1200,
    });
    const refused = await health.ready().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(toProblem(refused, '/health/ready')).toMatchObject({
      status: 503,
      code: 'not_ready',
      readModelsLag: 1200,
    });
    lag = 0;
    expect(await health.ready()).toMatchObject({ status: 'ok', ready: true, readModelsLag: 0 });
  });
});
