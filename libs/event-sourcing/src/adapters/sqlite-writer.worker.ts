/**
 * The SQLite event store's writer thread (see `SqliteWriterThread`): opens the
 * store's file, commits each group it is sent with a `SqliteAppender`, answers
 * with plain data, and on `close` closes its connection and ends.
 */
import { parentPort, workerData } from 'node:worker_threads';

import Database from 'better-sqlite3';

import { SqliteAppender, toWire } from './sqlite-appender';
import type { FromWriter, ToWriter, WireOutcome, WriterThreadData } from './sqlite-writer-thread';

const data = workerData as WriterThreadData;
const port = parentPort;
if (!port) throw new Error('sqlite-writer.worker runs as a worker thread');

const db = new Database(data.filename, { fileMustExist: true });
db.pragma('journal_mode = WAL');
db.pragma(`synchronous = ${data.synchronous}`);
db.pragma('busy_timeout = 5000');
if (data.autocheckpointPages !== undefined) db.pragma(`wal_autocheckpoint = ${data.autocheckpointPages}`);
const appender = new SqliteAppender(db);

const send = (message: FromWriter) => port.postMessage(message);

port.on('message', (message: ToWriter | { type: 'close' }) => {
  if (message.type === 'close') {
    db.close();
    port.close();
    return;
  }
  let outcomes: WireOutcome[];
  try {
    outcomes = appender.commit(message.group).map((o) => (o instanceof Error ? { error: toWire(o) } : { ok: o }));
  } catch (error) {
    send({ type: 'failed', id: message.id, error: toWire(error instanceof Error ? error : new Error(String(error))) });
    return;
  }
  send({ type: 'committed', id: message.id, outcomes });
});
send({ type: 'ready' });
