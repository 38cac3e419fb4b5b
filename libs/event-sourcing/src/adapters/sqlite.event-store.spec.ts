import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import Database from 'better-sqlite3';

import { envelope, eventStoreContract } from '../testing/event-store.contract';
import { SQLITE_EVENTS_SCHEMA, SQLITE_INSERT_EVENT, sqliteEventRow, SqliteEventStore } from './sqlite.event-store';

eventStoreContract('sqlite (file, WAL, synchronous=FULL)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'khai-sqlite-'));
  return new SqliteEventStore({ filename: join(dir, 'events.sqlite'), pollMs: 20 });
});

eventStoreContract('sqlite (file, WAL, synchronous=FULL, checkpoints on their own thread)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'khai-sqlite-'));
  return new SqliteEventStore({ filename: join(dir, 'events.sqlite'), pollMs: 20, checkpointThread: true });
});

describe('sqlite event store, a file made before event ids were unique per stream', () => {
  it('replaces the log-wide event-id index on open, keeps the events, and still answers a retry', async () => {
    const filename = join(mkdtempSync(join(tmpdir(), 'khai-sqlite-')), 'events.sqlite');
    const old = new Database(filename);
    old.exec(
      SQLITE_EVENTS_SCHEMA.replace(
        /CREATE UNIQUE INDEX IF NOT EXISTS events_stream_event_id[^;]*;|DROP INDEX[^;]*;/g,
        '',
      ),
    );
    old.exec('CREATE UNIQUE INDEX events_event_id ON events (event_id)');
    const first = envelope('X', { n: 1 });
    old.prepare(SQLITE_INSERT_EVENT).run(...sqliteEventRow('lot-1', 0, first));
    old.close();

    const store = new SqliteEventStore({ filename });
    try {
      expect(await store.append('lot-1', [first], 'no_stream')).toEqual({
        nextExpectedRevision: 0,
        position: 1,
        retried: true,
      });
      await store.append('lot-2', [first], 'no_stream');
      expect((await store.readAll({ after: 0, maxCount: 10 })).map((e) => e.streamName)).toEqual(['lot-1', 'lot-2']);
    } finally {
      await store.close();
    }
    const db = new Database(filename, { readonly: true });
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'")
      .pluck()
      .all();
    db.close();
    expect(indexes.sort()).toEqual(['events_stream_event_id', 'events_stream_revision']);
  });
});

describe('sqlite event store, the events it reads', () => {
  it('parses data once, on first read, and shows it to spreading, JSON, cloning and deep equality', async () => {
    const store = new SqliteEventStore({
      filename: join(mkdtempSync(join(tmpdir(), 'khai-sqlite-')), 'events.sqlite'),
    });
    try {
      const written = envelope('EggsCollected', { lotId: 'L-1', eggs: [360, 12] });
      await store.append('lot-1', [written], 'no_stream');
      const [event] = await store.readAll({ after: 0, maxCount: 10 });
      const expected = { position: 1, streamName: 'lot-1', revision: 0, ...written };
      expect(Object.keys(event!)).toEqual(['position', 'streamName', 'revision', 'type', 'data', 'metadata']);
      expect(event!.data).toBe(event!.data);
      expect(event).toEqual(expected);
      expect({ ...event }).toEqual(expected);
      expect(structuredClone(event)).toEqual(expected);
      expect(JSON.parse(JSON.stringify(event))).toEqual(expected);
      expect(Object.getOwnPropertyDescriptor(event, 'data')?.enumerable).toBe(true);
    } finally {
      await store.close();
    }
  });
});

describe('sqlite event store, appends committed together', () => {
  let store: SqliteEventStore;
  beforeEach(() => {
    store = new SqliteEventStore({ filename: join(mkdtempSync(join(tmpdir(), 'khai-sqlite-')), 'events.sqlite') });
  });
  afterEach(() => store.close());

  it('undoes all of an append that fails partway, and nothing of the appends committed with it', async () => {
    const stored = envelope('X', { n: 1 });
    await store.append('lot-1', [stored], 'no_stream');
    // Made in one turn, the three appends share a commit. The middle one's first event is new and is inserted
    // (on the first try, and again with every check), then its second, an id the stream holds, is refused.
    const [before, failed, after] = await Promise.allSettled([
      store.append('lot-0', [envelope('X', { n: 0 })], 'no_stream'),
      store.append('lot-1', [envelope('X', { n: 2 }), envelope('Y', {}, stored.metadata.eventId)], 'any'),
      store.append('lot-2', [envelope('X', { n: 3 })], 'no_stream'),
    ]);
    expect(before.status).toBe('fulfilled');
    expect(failed.status).toBe('rejected');
    expect(after.status).toBe('fulfilled');
    expect((await store.readStream('lot-1')).map((e) => e.data)).toEqual([{ n: 1 }]);
    expect((await store.readAll({ after: 0, maxCount: 10 })).map((e) => e.streamName)).toEqual([
      'lot-1',
      'lot-0',
      'lot-2',
    ]);
  });

  it('answers one-event appends refused in a group (no savepoint of their own) and keeps the others', async () => {
    const stored = envelope('X', { n: 1 });
    await store.append('lot-1', [stored], 'no_stream');
    // One commit: a new stream, a stream that exists (its first revision is taken), a retry of the stored event,
    // a stale expected revision, another new stream.
    const outcomes = await Promise.allSettled([
      store.append('lot-0', [envelope('X', { n: 0 })], 'no_stream'),
      store.append('lot-1', [envelope('X', { n: 2 })], 'no_stream'),
      store.append('lot-1', [stored], 'no_stream'),
      store.append('lot-1', [envelope('X', { n: 3 })], 5),
      store.append('lot-2', [envelope('X', { n: 4 })], 'no_stream'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
    expect(outcomes[1]).toMatchObject({ reason: { name: 'ConcurrencyError' } });
    expect(outcomes[2]).toMatchObject({ value: { retried: true, nextExpectedRevision: 0, position: 1 } });
    expect(outcomes[3]).toMatchObject({ reason: { name: 'ConcurrencyError' } });
    expect((await store.readStream('lot-1')).map((e) => e.data)).toEqual([{ n: 1 }]);
    expect((await store.readAll({ after: 0, maxCount: 10 })).map((e) => [e.streamName, e.position])).toEqual([
      ['lot-1', 1],
      ['lot-0', 2],
      ['lot-2', 3],
    ]);
  });

  it('fails the whole group when SQLite ends its transaction (as it may on a full disk): nothing answered, nothing kept', async () => {
    await store.append('lot-0', [envelope('X', { n: 0 })], 'no_stream');
    // The insert of lot-2's event fails the way SQLite fails when it has to roll the whole transaction back.
    const internals = store as unknown as { db: Database.Database; insert: Database.Statement };
    const insert = internals.insert;
    internals.insert = new Proxy(insert, {
      get(target, property) {
        if (property !== 'run') return Reflect.get(target, property, target) as unknown;
        return (...values: unknown[]) => {
          if (values[0] === 'lot-2') {
            internals.db.exec('ROLLBACK');
            throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
          }
          return target.run(...values);
        };
      },
    });
    const outcomes = await Promise.allSettled(
      ['lot-1', 'lot-2', 'lot-3', 'lot-4'].map((stream, i) =>
        store.append(stream, [envelope('X', { n: i + 1 })], 'no_stream'),
      ),
    );
    internals.insert = insert;
    // What each append was told is what the log holds: none of the four.
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
    expect((await store.readAll({ after: 0, maxCount: 10 })).map((e) => e.streamName)).toEqual(['lot-0']);
    // And the store goes on.
    await store.append('lot-5', [envelope('X', { n: 5 })], 'no_stream');
    expect(await store.headPosition()).toBe(2);
  });
});

describe('sqlite event store read by another store over the same file (a worker thread)', () => {
  it("wakes the reader's subscription on the writer's commits through the shared signal, not a poll", async () => {
    const filename = join(mkdtempSync(join(tmpdir(), 'khai-sqlite-')), 'events.sqlite');
    const writer = new SqliteEventStore({ filename });
    // A minute between polls: only the writer's signal can bring the event in time.
    const reader = new SqliteEventStore({ filename, signal: writer.appendSignal, pollMs: 60_000 });
    const seen: string[] = [];
    const subscription = reader.subscribeToAll(async (event) => {
      seen.push(event.streamName);
    });
    try {
      await new Promise((r) => setTimeout(r, 50)); // caught up on the empty log, and waiting
      const started = Date.now();
      await writer.append('lot-1', [envelope('X', { n: 1 })], 'no_stream');
      while (seen.length === 0 && Date.now() - started < 5000) await new Promise((r) => setTimeout(r, 2));
      expect(seen).toEqual(['lot-1']);
    } finally {
      await subscription.stop();
      await reader.close();
      await writer.close();
    }
  });
});

eventStoreContract("sqlite (file, WAL, synchronous=FULL, synced on libuv's pool)", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'khai-sqlite-'));
  return new SqliteEventStore({ filename: join(dir, 'events.sqlite'), pollMs: 20, syncOn: 'pool' });
});

describe("sqlite event store synced on libuv's pool (syncOn: 'pool')", () => {
  /** Syncs the test lets finish, one by one, in the order they were asked for. */
  function heldSyncs() {
    const calls: Array<{ fd: number; finish: () => void; fail: (error: Error) => void }> = [];
    const sync = (fd: number) =>
      new Promise<void>((resolve, reject) => calls.push({ fd, finish: resolve, fail: reject }));
    return { calls, sync };
  }
  const settled = () => new Promise((r) => setImmediate(r));
  const tempFile = () => join(mkdtempSync(join(tmpdir(), 'khai-sqlite-')), 'events.sqlite');

  it("commits at NORMAL and makes each group durable with fdatasync of the WAL's descriptor", async () => {
    const fs = jest.requireActual<typeof import('node:fs')>('node:fs');
    const synced: string[] = [];
    const spy = jest.spyOn(fs, 'fdatasync').mockImplementation((fd: number, callback: (e: Error | null) => void) => {
      synced.push(fs.readlinkSync(`/proc/self/fd/${fd}`));
      callback(null);
    });
    const filename = tempFile();
    const store = new SqliteEventStore({ filename, syncOn: 'pool' });
    try {
      await store.append('lot-1', [envelope('X', { n: 1 })], 'no_stream');
      const db = (store as unknown as { db: Database.Database }).db;
      expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL: SQLite syncs no commit itself
      expect(synced).toEqual([`${filename}-wal`]);
    } finally {
      spy.mockRestore();
      await store.close();
    }
  });

  it("syncs the WAL's directory entry when it opens, so that the WAL itself survives a power loss", async () => {
    const fs = jest.requireActual<typeof import('node:fs')>('node:fs');
    const synced: string[] = [];
    const spy = jest.spyOn(fs, 'fsyncSync').mockImplementation((fd: number) => {
      synced.push(fs.readlinkSync(`/proc/self/fd/${fd}`));
    });
    const filename = tempFile();
    let store: SqliteEventStore | undefined;
    try {
      store = new SqliteEventStore({ filename, syncOn: 'pool' });
    } finally {
      spy.mockRestore();
      await store?.close();
    }
    expect(synced).toEqual([dirname(filename)]);
  });

  it('answers an append, and shows its event to readers of $all on every thread, only once it is synced', async () => {
    const filename = tempFile();
    const syncs = heldSyncs();
    const store = new SqliteEventStore({ filename, syncOn: 'pool', syncWal: syncs.sync });
    const reader = new SqliteEventStore({ filename, signal: store.appendSignal, pollMs: 10 });
    const seen: string[] = [];
    const subscription = store.subscribeToAll(async (e) => void seen.push(e.streamName));
    try {
      const first = store.append('lot-0', [envelope('X', { n: 0 })], 'no_stream');
      while (syncs.calls.length < 1) await settled();
      syncs.calls[0]!.finish();
      await first;
      let answered = false;
      const append = store.append('lot-1', [envelope('X', { n: 1 })], 'no_stream').then((r) => {
        answered = true;
        return r;
      });
      while (syncs.calls.length < 2) await settled();
      // Committed, not yet synced: its command may build on it, nobody else may see it.
      await new Promise((r) => setTimeout(r, 30));
      expect(answered).toBe(false);
      expect((await store.readStream('lot-1')).length).toBe(1);
      for (const s of [store, reader]) {
        expect((await s.readAll({ maxCount: 10 })).map((e) => e.streamName)).toEqual(['lot-0']);
        expect(await s.headPosition()).toBe(1);
      }
      expect(seen).toEqual(['lot-0']);

      syncs.calls[1]!.finish();
      expect(await append).toEqual({ nextExpectedRevision: 0, position: 2 });
      for (const s of [store, reader]) {
        expect((await s.readAll({ maxCount: 10 })).map((e) => e.streamName)).toEqual(['lot-0', 'lot-1']);
        expect(await s.headPosition()).toBe(2);
      }
      while (seen.length < 2) await settled();
      expect(seen).toEqual(['lot-0', 'lot-1']);
    } finally {
      await subscription.stop();
      await reader.close();
      const closing = store.close();
      for (const call of syncs.calls) call.finish();
      await closing;
    }
  });

  it('answers the appends committed while a sync runs with the next sync, one sync for all of them', async () => {
    const syncs = heldSyncs();
    const store = new SqliteEventStore({ filename: tempFile(), syncOn: 'pool', syncWal: syncs.sync });
    try {
      const answered: string[] = [];
      const append = (stream: string) =>
        store.append(stream, [envelope('X', {})], 'no_stream').then(() => void answered.push(stream));
      const first = append('lot-1');
      while (syncs.calls.length < 1) await settled();
      // Three commits (three turns of the loop) while the first sync runs.
      const later = [];
      for (const stream of ['lot-2', 'lot-3', 'lot-4']) {
        later.push(append(stream));
        await settled();
      }
      expect(syncs.calls.length).toBe(1);
      expect((await store.readAll({ maxCount: 10 })).length).toBe(0);
      syncs.calls[0]!.finish();
      await first;
      expect(answered).toEqual(['lot-1']);
      // The first sync covered lot-1 only: the later three wait for the second.
      expect((await store.readAll({ maxCount: 10 })).map((e) => e.streamName)).toEqual(['lot-1']);
      while (syncs.calls.length < 2) await settled();
      syncs.calls[1]!.finish();
      await Promise.all(later);
      expect(answered).toEqual(['lot-1', 'lot-2', 'lot-3', 'lot-4']);
      expect(syncs.calls.length).toBe(2);
      expect((await store.readAll({ maxCount: 10 })).length).toBe(4);
    } finally {
      await store.close();
    }
  });

  it('answers appends made answeringBeforeSync once committed; synced waits for the sync that covers them', async () => {
    const syncs = heldSyncs();
    const store = new SqliteEventStore({ filename: tempFile(), syncOn: 'pool', syncWal: syncs.sync });
    try {
      const results = await store.answeringBeforeSync(async () => [
        await store.append('lot-1', [envelope('X', {})], 'no_stream'),
        await store.append('lot-1', [envelope('X', {})], 0),
      ]);
      expect(results.map((r) => r.position)).toEqual([1, 2]);
      // Answered, not synced: readers of $all see nothing yet, and synced() waits.
      expect(await store.headPosition()).toBe(0);
      let synced = false;
      const waiting = store.synced().then(() => (synced = true));
      let other = false;
      const otherAppend = store.append('lot-2', [envelope('X', {})], 'no_stream').then(() => (other = true));
      while (syncs.calls.length < 1) await settled();
      await new Promise((r) => setTimeout(r, 20));
      expect({ synced, other }).toEqual({ synced: false, other: false });
      for (const call of syncs.calls) call.finish();
      while (syncs.calls.length < 2 && !(synced && other)) await settled();
      for (const call of syncs.calls) call.finish();
      await Promise.all([waiting, otherAppend]);
      expect(await store.headPosition()).toBe(3);
    } finally {
      await store.close();
    }
  });

  it('refuses the appends of a failed sync and every append after it, and never shows their events', async () => {
    const syncs = heldSyncs();
    const store = new SqliteEventStore({ filename: tempFile(), syncOn: 'pool', syncWal: syncs.sync });
    try {
      const kept = store.append('lot-1', [envelope('X', {})], 'no_stream');
      expect(store.failure()).toBeUndefined();
      while (syncs.calls.length < 1) await settled();
      syncs.calls[0]!.finish();
      await kept;
      const lost = store.append('lot-2', [envelope('X', {})], 'no_stream');
      while (syncs.calls.length < 2) await settled();
      const waiting = store.append('lot-3', [envelope('X', {})], 'no_stream');
      await settled();
      syncs.calls[1]!.fail(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
      await expect(lost).rejects.toThrow(/could not sync its log to disk.*EIO/);
      await expect(lost).rejects.toMatchObject({ name: 'EventStoreFailed', status: 503 });
      expect(store.failure()).toMatchObject({ code: 'event_store_failed' });
      await expect(waiting).rejects.toThrow(/could not sync its log to disk/);
      await expect(store.append('lot-4', [envelope('X', {})], 'no_stream')).rejects.toThrow(/takes no more appends/);
      expect((await store.readAll({ maxCount: 10 })).map((e) => e.streamName)).toEqual(['lot-1']);
      expect(await store.headPosition()).toBe(1);
      expect(syncs.calls.length).toBe(2);
    } finally {
      await store.close();
    }
  });

  it('lets readers see the whole log again once every commit is synced, appends by other processes too', async () => {
    const filename = tempFile();
    const store = new SqliteEventStore({ filename, syncOn: 'pool' });
    const other = new SqliteEventStore({ filename });
    try {
      await store.append('lot-1', [envelope('X', {})], 'no_stream');
      await other.append('lot-2', [envelope('X', {})], 'no_stream');
      expect((await store.readAll({ maxCount: 10 })).map((e) => e.streamName)).toEqual(['lot-1', 'lot-2']);
    } finally {
      await other.close();
      await store.close();
    }
  });

  it('finishes the running sync before it closes, and answers its appends', async () => {
    const filename = tempFile();
    const syncs = heldSyncs();
    const store = new SqliteEventStore({ filename, syncOn: 'pool', syncWal: syncs.sync });
    const append = store.append('lot-1', [envelope('X', {})], 'no_stream');
    while (syncs.calls.length < 1) await settled();
    let closed = false;
    const closing = store.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(closed).toBe(false);
    syncs.calls[0]!.finish();
    await closing;
    await expect(append).resolves.toEqual({ nextExpectedRevision: 0, position: 1 });
    const reopened = new SqliteEventStore({ filename });
    expect((await reopened.readAll({ maxCount: 10 })).length).toBe(1);
    await reopened.close();
  });
});
