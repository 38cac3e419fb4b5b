import type { RecordedEvent } from '@khai/event-sourcing';

import type { DocumentKey, DocumentProjection, ProjectionTx } from '../document-projection';
import {
  type DocumentData,
  type ReadModelOp,
  type ReadModelStore,
  RESERVED_FIELDS,
  type StoredDocument,
} from '../read-model-store.port';

interface Version {
  /** Position of the event that made this version; -1 when the store had no document. */
  readonly position: number;
  readonly doc: StoredDocument | undefined;
}

/**
 * One batch of a projection: the `ProjectionTx` its events are applied
 * through. It remembers the version of every document it has read or written,
 * so a later event in the batch reads its predecessor's write, and a write to a
 * document already at or after the event's position is dropped.
 */
export class ProjectionBatch implements ProjectionTx {
  private readonly versions = new Map<string, Version>();
  private readonly changed = new Set<string>();
  private readonly collections: ReadonlySet<string>;
  private current = 0;

  constructor(
    private readonly store: ReadModelStore,
    private readonly projection: DocumentProjection,
    /** True right after a reset: nothing is stored yet, so reads need not ask the store. */
    private readonly storeIsEmpty = false,
  ) {
    this.collections = new Set(projection.collections);
  }

  get position(): number {
    return this.current;
  }

  /** Applies the projection's events in order. */
  async applyAll(events: readonly RecordedEvent[]): Promise<void> {
    // Fetching ahead saves round trips to a server; in memory a read is a map lookup, and fetching ahead costs more.
    if (this.projection.keys && this.store.kind !== 'memory') {
      await this.prefetch(events.flatMap((e) => this.projection.keys?.(e) ?? []));
    }
    for (const event of events) {
      this.current = event.position;
      await this.projection.apply(event, this);
    }
  }

  async get<T extends DocumentData>(collection: string, id: string): Promise<StoredDocument<T> | undefined> {
    const key = this.keyOf(collection, id);
    let version = this.versions.get(key);
    if (!version) {
      const doc = this.storeIsEmpty ? undefined : await this.store.get(collection, id);
      version = loaded(doc);
      this.versions.set(key, version);
    }
    return version.doc as StoredDocument<T> | undefined;
  }

  put(collection: string, id: string, doc: DocumentData): void {
    for (const field of Object.keys(doc)) {
      if (RESERVED_FIELDS.has(field)) throw new Error(`${this.projection.name}: ${field} is set by the store`);
    }
    this.write(collection, id, deepFreeze({ ...doc, _id: id, _position: this.current }));
  }

  delete(collection: string, id: string): void {
    this.write(collection, id, undefined);
  }

  /** The batch's changes: the last version of each document it changed. */
  ops(): ReadModelOp[] {
    const ops: ReadModelOp[] = [];
    for (const key of this.changed) {
      const version = this.versions.get(key) as Version;
      const [collection, id] = splitKey(key);
      if (version.doc === undefined) ops.push({ kind: 'delete', collection, id, position: version.position });
      else {
        const { _id, _position, ...doc } = version.doc;
        // Frozen like the rest of it, so the in-memory store keeps it without a copy.
        ops.push({ kind: 'put', collection, id, position: version.position, doc: Object.freeze(doc) });
      }
    }
    return ops;
  }

  private async prefetch(keys: readonly DocumentKey[]): Promise<void> {
    const missing = new Map<string, Set<string>>();
    for (const { collection, id } of keys) {
      const key = this.keyOf(collection, id);
      if (this.versions.has(key)) continue;
      if (this.storeIsEmpty) this.versions.set(key, loaded(undefined));
      else missing.set(collection, (missing.get(collection) ?? new Set()).add(id));
    }
    for (const [collection, ids] of missing) {
      const found = await this.store.getMany(collection, [...ids]);
      for (const id of ids) this.versions.set(this.keyOf(collection, id), loaded(found.get(id)));
    }
  }

  private write(collection: string, id: string, doc: StoredDocument | undefined): void {
    const key = this.keyOf(collection, id);
    const known = this.versions.get(key);
    // Already applied to this document (a replay after a crash): changing it again would count twice.
    if (known && known.position >= this.current) return;
    this.versions.set(key, { position: this.current, doc });
    this.changed.add(key);
  }

  private keyOf(collection: string, id: string): string {
    if (!this.collections.has(collection)) {
      throw new Error(`${this.projection.name} does not own collection ${collection}`);
    }
    return `${collection}\u0000${id}`;
  }
}

function loaded(doc: StoredDocument | undefined): Version {
  return { position: doc?._position ?? -1, doc: doc === undefined ? undefined : deepFreeze(doc) };
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf('\u0000');
  return [key.slice(0, at), key.slice(at + 1)];
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
