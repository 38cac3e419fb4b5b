import { Worker } from 'node:worker_threads';

import type Database from 'better-sqlite3';

/** How often the thread backfills the WAL into the database file, by default. */
export const WAL_CHECKPOINT_INTERVAL_MS = 100;
/**
 * The writer's own checkpoint, in pages, while a thread does them: only if the
 * thread falls this far behind (32 MiB of WAL at 4 KiB pages) does a commit pay
 * for one, so the WAL stays bounded even if the thread is gone.
 */
export const WRITER_FALLBACK_CHECKPOINT_PAGES = 8192;

// Plain CommonJS, run with `eval`: no file of its own to find in src/ or dist/.
const SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.filename, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
let failures = 0;
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    failures = 0;
  } catch (error) {
    failures += 1;
    if (failures === 1) parentPort.postMessage(String((error && error.message) || error));
  }
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * SQLite's checkpoints — copying the WAL's pages back into the database file
 * and syncing it — made on a thread of their own, over their own connection,
 * instead of inside whichever commit crosses the WAL's size limit. With
 * better-sqlite3 every statement runs on the calling thread: left to the
 * writer, a checkpoint stalls the event loop for tens of milliseconds every few
 * megabytes written, and every commit waiting behind it. A PASSIVE checkpoint
 * never blocks the writer; the writer keeps a checkpoint of its own at a far
 * larger WAL size as a fallback.
 */
export class WalCheckpointThread {
  private readonly worker: Worker;
  private ended: Promise<void>;
  /** The first failure the thread reported, if any (it keeps trying). */
  lastError: string | undefined;

  private constructor(filename: string, intervalMs: number) {
    this.worker = new Worker(SCRIPT, {
      eval: true,
      workerData: { driver: require.resolve('better-sqlite3'), filename, intervalMs },
    });
    this.worker.on('message', (message: string) => (this.lastError = message));
    this.worker.on('error', (error: Error) => (this.lastError = error.message));
    this.ended = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    // It must not keep a process alive that has nothing else to do.
    this.worker.unref();
  }

  /**
   * Moves the checkpoints of `db` (a file in WAL mode) to a new thread: its own
   * checkpoint moves out to the fallback size.
   */
  static start(db: Database.Database, intervalMs = WAL_CHECKPOINT_INTERVAL_MS): WalCheckpointThread {
    db.pragma(`wal_autocheckpoint = ${WRITER_FALLBACK_CHECKPOINT_PAGES}`);
    return new WalCheckpointThread(db.name, intervalMs);
  }

  /** Ends the thread and its connection; the writer's close then checkpoints what is left. */
  async stop(): Promise<void> {
    this.worker.ref(); // whoever awaits the stop is kept alive until the thread has ended
    this.worker.postMessage('stop');
    await this.ended;
  }
}
