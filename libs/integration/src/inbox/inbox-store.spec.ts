import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { killAfterAcks } from '@khai/testing';
import Database from 'better-sqlite3';

import { InMemoryInboxStore } from './in-memory.inbox-store';
import type { InboxStore } from './inbox-store.port';
import { SqliteInboxStore } from './sqlite.inbox-store';

const AT = '2026-11-20T09:59:58.000+07:00';
const entry = (messageId: string, outcome = 'applied', occurredAt = AT, bodyHash: string | null = 'hash-1') => ({
  messageId,
  occurredAt,
  topic: 'buyers.orders.v1',
  receivedAt: '2026-11-20T03:00:00.000Z',
  outcome,
  bodyHash,
});
/** The key a redelivery of the message looks up. */
const key = (messageId: string, occurredAt = AT) => ({ messageId, occurredAt });

/** The one contract every inbox adapter keeps. */
function inboxContract(name: string, open: () => InboxStore): void {
  describe(`inbox store contract: ${name}`, () => {
    let inbox: InboxStore;
    beforeEach(() => (inbox = open()));
    afterEach(() => inbox.close());

    it('finds what it recorded, and nothing else', async () => {
      await inbox.record(entry('m-1'));
      expect(await inbox.find(key('m-1'))).toEqual(entry('m-1'));
      expect(await inbox.find(key('m-2'))).toBeUndefined();
      // The same id at another time is another key.
      expect(await inbox.find(key('m-1', '2026-11-20T10:00:00.000+07:00'))).toBeUndefined();
    });

    it('finds a message recorded with no time by its id, whatever time it is asked with', async () => {
      await inbox.record(entry('m-1', 'dead_lettered:malformed_json', ''));
      expect(await inbox.find(key('m-1'))).toEqual(entry('m-1', 'dead_lettered:malformed_json', ''));
      expect(await inbox.find(key('m-1', ''))).toEqual(entry('m-1', 'dead_lettered:malformed_json', ''));
    });

    it('keeps the outcome of a message that was applied, whatever is recorded after it', async () => {
      await inbox.record(entry('m-1', 'applied'));
      await inbox.record(entry('m-1', 'dead_lettered:sales_order_not_found', AT, 'hash-2'));
      await inbox.record(entry('m-2', 'no_change'));
      await inbox.record(entry('m-2', 'applied'));
      expect(await inbox.find(key('m-1'))).toEqual(entry('m-1', 'applied'));
      expect(await inbox.find(key('m-2'))).toEqual(entry('m-2', 'no_change'));
    });

    it('replaces a dead letter with the outcome of the message tried again', async () => {
      await inbox.record(entry('m-1', 'dead_lettered:sales_order_not_found', AT, null));
      await inbox.record(entry('m-1', 'dead_lettered:buyer_mismatch'));
      expect(await inbox.find(key('m-1'))).toEqual(entry('m-1', 'dead_lettered:buyer_mismatch'));
      await inbox.record(entry('m-1', 'applied'));
      await inbox.record(entry('m-1', 'dead_lettered:sales_order_not_found'));
      expect(await inbox.find(key('m-1'))).toEqual(entry('m-1', 'applied'));
    });

    it('answers a look-up made while the replacement of a dead letter is being recorded with the replacement', async () => {
      await inbox.record(entry('m-1', 'dead_lettered:sales_order_not_found'));
      const recording = inbox.record(entry('m-1', 'applied'));
      expect((await inbox.find(key('m-1')))?.outcome).toBe('applied');
      await recording;
      expect((await inbox.find(key('m-1')))?.outcome).toBe('applied');
    });

    it('answers many look-ups made together, each its own', async () => {
      await Promise.all(Array.from({ length: 100 }, (_, i) => inbox.record(entry(`m-${i}`, `applied-${i}`))));
      const ids = Array.from({ length: 200 }, (_, i) => `m-${i}`);
      const found = await Promise.all([...ids, 'm-7'].map((id) => inbox.find(key(id))));
      expect(found.slice(0, 100).map((e) => e?.outcome)).toEqual(ids.slice(0, 100).map((_, i) => `applied-${i}`));
      expect(found.slice(100, 200).every((e) => e === undefined)).toBe(true);
      expect(found[200]).toEqual(entry('m-7', 'applied-7'));
    });

    it('records many at once, each durable when its promise resolves', async () => {
      await Promise.all(Array.from({ length: 500 }, (_, i) => inbox.record(entry(`m-${i}`))));
      for (const i of [0, 250, 499]) expect(await inbox.find(key(`m-${i}`))).toBeDefined();
    });
  });
}

inboxContract('in memory', () => new InMemoryInboxStore());

const dir = mkdtempSync(join(tmpdir(), 'khai-inbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
inboxContract('sqlite', () => new SqliteInboxStore(join(dir, `inbox-${n++}.sqlite`)));
inboxContract(
  'sqlite, checkpoints on their own thread',
  () => new SqliteInboxStore(join(dir, `inbox-${n++}.sqlite`), { checkpointThread: true }),
);

describe('sqlite inbox look-ups', () => {
  it('answers the look-ups of one turn with one query', async () => {
    const inbox = new SqliteInboxStore(join(dir, 'lookups.sqlite'));
    await inbox.record(entry('m-1'));
    const probe = new Database(':memory:');
    const statement = Object.getPrototypeOf(probe.prepare('SELECT 1')) as { get: () => unknown; all: () => unknown };
    const get = jest.spyOn(statement, 'get');
    const all = jest.spyOn(statement, 'all');
    try {
      const found = await Promise.all(Array.from({ length: 50 }, (_, i) => inbox.find(key(`m-${i + 1}`))));
      expect(found.filter((e) => e !== undefined)).toEqual([entry('m-1')]);
      expect(get.mock.calls.length + all.mock.calls.length).toBe(1);
    } finally {
      get.mockRestore();
      all.mockRestore();
      probe.close();
      await inbox.close();
    }
  });
});

describe('sqlite inbox across a restart', () => {
  it('still knows a message after the file is closed and opened again', async () => {
    const file = join(dir, 'restart.sqlite');
    const first = new SqliteInboxStore(file);
    await first.record(entry('m-restart'));
    await first.close();
    const second = new SqliteInboxStore(file);
    expect(await second.find(key('m-restart'))).toEqual(entry('m-restart'));
    await second.close();
  });
});

describe('sqlite inbox under SIGKILL', () => {
  // Commits are not synced one by one (synchronous=NORMAL): what a killed process had recorded is still there.
  it('keeps every record whose promise resolved, dead letters replaced too, when the process is killed mid-load', async () => {
    const file = join(dir, 'killed.sqlite');
    const acked = await killAfterAcks(resolve(__dirname, '../testing/sqlite-inbox-writer.child.ts'), [file], 3000);
    const inbox = new SqliteInboxStore(file);
    const found = await Promise.all(
      acked.map((line) => {
        const [occurredAt = '', messageId = ''] = line.split(' ');
        return inbox.find({ messageId, occurredAt });
      }),
    );
    await inbox.close();
    expect(acked.length).toBeGreaterThanOrEqual(3000);
    // Every acknowledged message is there with the outcome it was acknowledged with: about half a replacement.
    expect(acked.filter((line, i) => line.split(' ')[2] !== found[i]?.outcome)).toEqual([]);
    expect(acked.filter((line) => line.endsWith(' applied')).length).toBeGreaterThanOrEqual(1000);
  }, 60_000);
});

describe('sqlite inbox made before the time was part of the key', () => {
  it('moves its entries over on open, with no time, and finds them by id', async () => {
    const file = join(dir, 'by-message-id.sqlite');
    const old = new Database(file);
    old.exec(
      'CREATE TABLE inbox (message_id TEXT PRIMARY KEY, topic TEXT NOT NULL, received_at TEXT NOT NULL, outcome TEXT NOT NULL)',
    );
    old
      .prepare('INSERT INTO inbox VALUES (?, ?, ?, ?)')
      .run('m-old', 'buyers.orders.v1', '2026-11-20T03:00:00.000Z', 'applied');
    old.close();
    const inbox = new SqliteInboxStore(file);
    try {
      expect(await inbox.find(key('m-old'))).toEqual(entry('m-old', 'applied', '', null));
      await inbox.record(entry('m-new'));
      expect(await inbox.find(key('m-new'))).toEqual(entry('m-new'));
    } finally {
      await inbox.close();
    }
    const db = new Database(file, { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    db.close();
    expect(tables).toEqual(['inbox']);
  });
});

describe('sqlite inbox made before the hash of the bytes was kept', () => {
  it('gets the column on open: its records have no hash, new ones have theirs', async () => {
    const file = join(dir, 'no-hash.sqlite');
    const old = new Database(file);
    old.exec(
      `CREATE TABLE inbox (
         occurred_at TEXT NOT NULL, message_id TEXT NOT NULL, topic TEXT NOT NULL, received_at TEXT NOT NULL, outcome TEXT NOT NULL,
         PRIMARY KEY (occurred_at, message_id)
       ) WITHOUT ROWID`,
    );
    old
      .prepare('INSERT INTO inbox VALUES (?, ?, ?, ?, ?)')
      .run(AT, 'm-old', 'buyers.orders.v1', '2026-11-20T03:00:00.000Z', 'dead_lettered:sales_order_not_found');
    old.close();
    const inbox = new SqliteInboxStore(file);
    try {
      expect(await inbox.find(key('m-old'))).toEqual(entry('m-old', 'dead_lettered:sales_order_not_found', AT, null));
      await inbox.record(entry('m-old', 'applied'));
      expect(await inbox.find(key('m-old'))).toEqual(entry('m-old', 'applied'));
    } finally {
      await inbox.close();
    }
  });
});
