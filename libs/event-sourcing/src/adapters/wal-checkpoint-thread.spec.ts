import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';

import { WalCheckpointThread, WRITER_FALLBACK_CHECKPOINT_PAGES } from './wal-checkpoint-thread';

const dir = mkdtempSync(join(tmpdir(), 'khai-wal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes about `mib` MiB in 64 KiB commits, pausing `pauseMs` after each MiB; returns the WAL's largest size. */
async function write(db: Database.Database, mib: number, pauseMs: number): Promise<number> {
  const insert = db.prepare('INSERT INTO blobs (body) VALUES (?)');
  const body = Buffer.alloc(64 * 1024, 7);
  let largest = 0;
  for (let i = 0; i < mib * 16; i++) {
    insert.run(body);
    largest = Math.max(largest, statSync(`${db.name}-wal`).size);
    if (i % 16 === 15) await new Promise((r) => setTimeout(r, pauseMs));
  }
  return largest;
}

function open(name: string): Database.Database {
  const db = new Database(join(dir, name));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE blobs (id INTEGER PRIMARY KEY, body BLOB NOT NULL)');
  return db;
}

describe('WAL checkpoints on their own thread', () => {
  it('keeps the WAL small while the writer never checkpoints below the fallback size', async () => {
    const db = open('threaded.sqlite');
    const thread = WalCheckpointThread.start(db, 5);
    try {
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(WRITER_FALLBACK_CHECKPOINT_PAGES);
      // 12 MiB, under the writer's own 32 MiB threshold: only the thread's checkpoints let the WAL start over.
      const largest = await write(db, 12, 30);
      expect(largest).toBeLessThan(6 * 1024 * 1024);
      expect(thread.lastError).toBeUndefined();
    } finally {
      await thread.stop();
      db.close();
    }
  });

  it('(the same writer without the thread: the WAL grows with everything written)', async () => {
    const db = open('unthreaded.sqlite');
    db.pragma(`wal_autocheckpoint = ${WRITER_FALLBACK_CHECKPOINT_PAGES}`);
    try {
      expect(await write(db, 12, 30)).toBeGreaterThan(11 * 1024 * 1024);
    } finally {
      db.close();
    }
  });
});

describe('stopping the thread', () => {
  it('keeps the process alive until the thread has ended, so that what follows the stop runs', () => {
    // With nothing else pending, an unreferenced worker let the process exit inside stop(): `npm run
    // load:prices` ended with status 0 before printing its report.
    const script = [
      "const Database = require('better-sqlite3');",
      "const { WalCheckpointThread } = require('./libs/event-sourcing/src/adapters/wal-checkpoint-thread.ts');",
      `const db = new Database(${JSON.stringify(join(dir, 'stop.sqlite'))});`,
      "db.pragma('journal_mode = WAL');",
      'const thread = WalCheckpointThread.start(db, 10);',
      "thread.stop().then(() => { db.close(); console.log('after stop'); });",
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--eval', script], {
      cwd: join(__dirname, '../../../..'),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('after stop\n');
  });
});
