import type { RecordedEvent } from '@khai/event-sourcing';

import type { DocumentData, IndexSpec, StoredDocument } from './read-model-store.port';

export interface DocumentKey {
  readonly collection: string;
  readonly id: string;
}

/**
 * What `apply` sees of the read model: reads go through the batch's pending
 * writes to the store; writes stay pending until the runner writes the batch.
 *
 * Documents are frozen: build a new object and `put` it. A `put` or `delete`
 * of a document already at or after the event's position is dropped — the
 * event was applied to it before (a replay after a crash), which is what makes
 * applying an event twice change nothing.
 */
export interface ProjectionTx {
  /** Log position of the event being applied. */
  readonly position: number;
  get<T extends DocumentData>(collection: string, id: string): Promise<StoredDocument<T> | undefined>;
  put(collection: string, id: string, doc: DocumentData): void;
  delete(collection: string, id: string): void;
}

/**
 * A read model kept as documents in a `ReadModelStore`. It holds no state of
 * its own, so the same instance serves any store and survives restarts.
 *
 * Rule that makes replays converge: a document is computed from its own
 * previous version and the event only. Other documents may be read for facts
 * that never change once written (a lot's farm and day), not for running
 * figures: after a crash, a read can see a later version than the event's.
 */
export interface DocumentProjection {
  /** Unique among projections; names the checkpoint. */
  readonly name: string;
  /** The collections it writes; no other projection writes them. Emptied by a rebuild. */
  readonly collections: readonly string[];
  /** Event types `apply` is called for; the checkpoint moves past every other event. */
  readonly handles: ReadonlySet<string>;
  /**
   * Raised whenever `apply` changes what it makes of the log (default 1): a snapshot of the read model made by an
   * older version is not restored, and the read model is rebuilt from the log.
   */
  readonly version?: number;
  /** Indexes its queries need, created at start. */
  readonly indexes?: Readonly<Record<string, readonly IndexSpec[]>>;
  /**
   * The documents `apply` will read for this event, if known up front: the
   * runner then fetches a whole batch's in one query per collection.
   */
  keys?(event: RecordedEvent): readonly DocumentKey[];
  apply(event: RecordedEvent, tx: ProjectionTx): void | Promise<void>;
}
