import { Worker } from 'node:worker_threads';

import type { AppendResult } from '../event-store.port';
import { type AppendRequest, fromWire, type WireError } from './sqlite-appender';

/** What the writer thread is started with. */
export interface WriterThreadData {
  readonly filename: string;
  readonly synchronous: 'FULL' | 'NORMAL';
  /** The writer's own checkpoint size in pages (SQLite's `wal_autocheckpoint`); SQLite's default when absent. */
  readonly autocheckpointPages?: number;
}

export type ToWriter = { readonly type: 'commit'; readonly id: number; readonly group: readonly AppendRequest[] };

export type WireOutcome = { readonly ok: AppendResult } | { readonly error: WireError };

export type FromWriter =
  | { readonly type: 'ready' }
  | { readonly type: 'committed'; readonly id: number; readonly outcomes: readonly WireOutcome[] }
  | { readonly type: 'failed'; readonly id: number; readonly error: WireError };

interface Waiting {
  readonly resolve: (outcomes: Array<AppendResult | Error>) => void;
  readonly reject: (error: Error) => void;
}

/**
 * The SQLite event store's writer on a thread of its own: a `SqliteAppender`
 * over its own connection, committing the groups it is sent one after another.
 * better-sqlite3 runs every statement on the calling thread, so on the store's
 * thread each commit — the inserts into three B-trees and the fsync — stops the
 * event loop; here the loop goes on (validating, deciding) while the group is
 * written. A thread that fails fails every commit after it: appends are
 * refused, never acknowledged unwritten.
 */
export class SqliteWriterThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private failure: Error | undefined;
  private readonly exited: Promise<void>;

  constructor(script: string, data: WriterThreadData) {
    this.worker = new Worker(script, { workerData: data });
    this.worker.on('message', (message: FromWriter) => {
      if (message.type === 'ready') return;
      const waiting = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.type === 'failed') waiting?.reject(fromWire(message.error));
      else waiting?.resolve(message.outcomes.map((o) => ('ok' in o ? o.ok : fromWire(o.error))));
    });
    this.worker.on('error', (error: Error) =>
      this.fail(new Error(`the event store's writer thread failed: ${error.message}`)),
    );
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', (code) => {
        this.fail(new Error(`the event store's writer thread exited (${code})`));
        resolve();
      }),
    );
  }

  /** Commits the group on the thread: each append's result or error, in order; rejects if the commit failed. */
  commit(group: readonly AppendRequest[]): Promise<Array<AppendResult | Error>> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ type: 'commit', id, group } satisfies ToWriter);
    });
  }

  /** Ends the thread once the commits sent are answered. */
  async close(): Promise<void> {
    this.worker.postMessage({ type: 'close' });
    await this.exited;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(this.failure);
    this.waiting.clear();
  }
}
