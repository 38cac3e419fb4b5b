import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { SqliteEventStore } from '@khai/event-sourcing';
import type Database from 'better-sqlite3';

import { loadConfig } from './config';
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
