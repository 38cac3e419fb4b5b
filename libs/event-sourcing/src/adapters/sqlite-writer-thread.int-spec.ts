import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { eventStoreContract } from '../testing/event-store.contract';
import { SqliteEventStore } from './sqlite.event-store';

// A worker thread runs JavaScript: the writer's script comes from the build (made by the integration tests' global setup).
const script = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  'dist',
  'libs',
  'event-sourcing',
  'src',
  'adapters',
  'sqlite-writer.worker.js',
);
const dir = mkdtempSync(join(tmpdir(), 'khai-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

eventStoreContract(
  'sqlite, commits on a writer thread, checkpoints on another',
  async () =>
    new SqliteEventStore({
      filename: join(dir, `events-${n++}.sqlite`),
      pollMs: 20,
      writerThread: true,
      writerScript: script,
      checkpointThread: true,
    }),
);

function tested(i: number) {
  return {
    type: 'Tested',
    data: { i },
    metadata: {
      eventId: `t-${i}`,
      schemaVersion: 1,
      occurredAt: '2026-12-06T00:00:00.000Z',
      actor: 'test',
      correlationId: 'c',
      causationId: null,
      idempotencyKey: null,
    },
  };
}

describe('sqlite writer thread', () => {
  it('refuses appends, never acknowledges them, when its thread cannot run', async () => {
    const store = new SqliteEventStore({
      filename: join(dir, 'broken.sqlite'),
      writerThread: true,
      writerScript: join(dir, 'no-such-worker.js'),
    });
    const envelope = {
      type: 'Tested',
      data: {},
      metadata: {
        eventId: 'e-1',
        schemaVersion: 1,
        occurredAt: '2026-12-06T00:00:00.000Z',
        actor: 'test',
        correlationId: 'c-1',
        causationId: null,
        idempotencyKey: null,
      },
    };
    await expect(store.append('tested-1', [envelope], 'no_stream')).rejects.toThrow(/writer thread/);
    expect(await store.readStream('tested-1')).toEqual([]);
    await store.close();
  });

  it('answers appends made while groups are being written, turn after turn', async () => {
    const store = new SqliteEventStore({
      filename: join(dir, 'turns.sqlite'),
      writerThread: true,
      writerScript: script,
    });
    const appends: Promise<unknown>[] = [];
    // One append a turn: each arrives while the group before it is on the thread, and goes in the next group.
    for (let i = 0; i < 300; i++) {
      appends.push(store.append(`turns-${i}`, [tested(i)], 'no_stream'));
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await Promise.all(appends)).toHaveLength(300);
    expect(await store.headPosition()).toBe(300);
    await store.close();
  });

  it('keeps what it acknowledged across a close and an open without the thread', async () => {
    const filename = join(dir, 'reopened.sqlite');
    const threaded = new SqliteEventStore({ filename, writerThread: true, writerScript: script });
    const appends = Array.from({ length: 200 }, (_, i) =>
      threaded.append(
        `tested-${i % 20}`,
        [
          {
            type: 'Tested',
            data: { i },
            metadata: {
              eventId: `e-${i}`,
              schemaVersion: 1,
              occurredAt: '2026-12-06T00:00:00.000Z',
              actor: 'test',
              correlationId: 'c',
              causationId: null,
              idempotencyKey: null,
            },
          },
        ],
        'any',
      ),
    );
    const results = await Promise.all(appends);
    expect(new Set(results.map((r) => r.position)).size).toBe(200);
    await threaded.close();
    const inline = new SqliteEventStore({ filename });
    expect(await inline.headPosition()).toBe(200);
    expect((await inline.readStream('tested-3')).map((e) => (e.data as { i: number }).i)).toEqual(
      Array.from({ length: 10 }, (_, k) => 3 + 20 * k),
    );
    await inline.close();
  });
});
