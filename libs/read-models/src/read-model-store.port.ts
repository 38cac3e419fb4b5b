/**
 * The read-model store port: documents by (collection, id), written only by
 * projections through `write`, read by queries through `get` / `find` / `count`.
 *
 * Every stored document carries `_id` and `_position`, the log position of the
 * last event that changed it. A write names the position of each operation, and
 * an operation whose document is already at that position or later is skipped:
 * replaying a batch after a crash changes nothing. The projection's checkpoint
 * (the last position it applied) is saved after its documents, so a crash in
 * between replays the batch, which is a no-op by `_position`.
 */

/** A plain JSON value: what every adapter stores and gives back unchanged. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A document as a projection writes it; `_id` and `_position` are set by the store. */
export type DocumentData = { readonly [key: string]: JsonValue };

/** A document as it is read back. */
export type StoredDocument<T extends DocumentData = DocumentData> = T & {
  readonly _id: string;
  readonly _position: number;
};

export type Scalar = string | number | boolean | null;

/** A condition on one top-level field: equality, or a range / set. */
export type FieldCondition =
  | Scalar
  | {
      readonly gte?: string | number;
      readonly gt?: string | number;
      readonly lte?: string | number;
      readonly lt?: string | number;
      readonly in?: readonly Scalar[];
    };

export interface FindOptions {
  /** Every condition must hold (AND), each on a top-level field (`_id` and `_position` included). */
  readonly where?: Readonly<Record<string, FieldCondition>>;
  /** Fields in order of precedence, 1 ascending, -1 descending; `_id` ascending breaks remaining ties. */
  readonly sort?: ReadonlyArray<readonly [field: string, direction: 1 | -1]>;
  readonly skip?: number;
  readonly limit?: number;
}

/** An idempotent change to one document, made by the event at `position`. */
export type ReadModelOp =
  | {
      readonly kind: 'put';
      readonly collection: string;
      readonly id: string;
      readonly position: number;
      /**
       * The document's fields. It may carry `_id` and `_position` too (a projection batch hands over the version it
       * holds, frozen, as it is to be read back), which the store sets from `id` and `position` in any case: a store
       * that keeps documents as objects (in memory) keeps such a version without copying it.
       */
      readonly doc: DocumentData;
    }
  | { readonly kind: 'delete'; readonly collection: string; readonly id: string; readonly position: number };

/** An index a projection needs for its queries; `unique` is the only option every adapter honours. */
export interface IndexSpec {
  readonly fields: ReadonlyArray<readonly [field: string, direction: 1 | -1]>;
  readonly unique?: boolean;
}

/** A document to load, with the position of the event that last changed it. */
export interface LoadedDocument {
  readonly collection: string;
  readonly id: string;
  readonly position: number;
  readonly doc: DocumentData;
}

export interface ReadModelStore {
  /** Which adapter this is ('memory', 'mongodb'), for status pages. */
  readonly kind: string;
  get<T extends DocumentData>(collection: string, id: string): Promise<StoredDocument<T> | undefined>;
  /** The documents that exist among `ids`, by id. */
  getMany<T extends DocumentData>(collection: string, ids: readonly string[]): Promise<Map<string, StoredDocument<T>>>;
  find<T extends DocumentData>(collection: string, options?: FindOptions): Promise<StoredDocument<T>[]>;
  count(collection: string, where?: FindOptions['where']): Promise<number>;
  /**
   * Applies `ops` (each skipped when its document is already at or after the
   * op's position), then records `position` as the projection's checkpoint.
   * The checkpoint never moves backwards (only `reset` clears it).
   */
  write(projection: string, position: number, ops: readonly ReadModelOp[]): Promise<void>;
  /** Last position the projection applied; 0 if none. Finishes a reset that was interrupted. */
  checkpoint(projection: string): Promise<number>;
  /** Empties the projection's collections and its checkpoint, for a rebuild. */
  reset(projection: string, collections: readonly string[]): Promise<void>;
  /**
   * Replaces the projection's read model with `docs` (a rebuild made
   * elsewhere) and sets its checkpoint to `position`: all or nothing — a crash
   * part-way leaves the projection reset, and it is rebuilt from the log.
   */
  load(
    projection: string,
    collections: readonly string[],
    position: number,
    docs: Iterable<LoadedDocument>,
  ): Promise<void>;
  ensureIndexes(collection: string, indexes: readonly IndexSpec[]): Promise<void>;
  close(): Promise<void>;
}

export const READ_MODEL_STORE = Symbol('ReadModelStore');

/** Field names a projection may not use: the store's own. */
export const RESERVED_FIELDS: ReadonlySet<string> = new Set(['_id', '_position']);
