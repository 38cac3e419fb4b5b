import type { RecordedEvent } from '@khai/event-sourcing';

import type { DocumentKey, DocumentProjection, ProjectionTx } from '../document-projection';
import { deepFreeze } from '../freeze';
import {
  type DocumentData,
  type ReadModelOp,
  type ReadModelStore,
  RESERVED_FIELDS,
  type StoredDocument,
} from '../read-model-store.port';

/** What the batch knows of one document: its latest version, read from the store or written by the batch. */
interface Slot {
  readonly collection: string;
  readonly id: string;
  /** Position of the event that made this version; -1 when the store had no document. */
  position: number;
  doc: StoredDocument | undefined;
  changed: boolean;
}

/**
 * One batch of a projection: the `ProjectionTx` its events are applied
 * through. It remembers the version of every document it has read or written,
 * so a later event in the batch reads its predecessor's write, and a write to a
 * document already at or after the event's position is dropped.
 */
export class ProjectionBatch implements ProjectionTx {
  /** By collection, then id: no key strings to build on the hot path. */
  private readonly slots = new Map<string, Map<string, Slot>>();
  private readonly changed: Slot[] = [];
  private current = 0;

  constructor(
    private readonly store: ReadModelStore,
    private readonly projection: DocumentProjection,
    /** True right after a reset: nothing is stored yet, so reads need not ask the store. */
    private readonly storeIsEmpty = false,
  ) {
    for (const collection of projection.collections) this.slots.set(collection, new Map());
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
    const docs = this.collection(collection);
    let slot = docs.get(id);
    if (!slot) {
      const doc = this.storeIsEmpty ? undefined : await this.store.get(collection, id);
      // Looked up again: another read of the same document may have finished while this one waited.
      slot = docs.get(id) ?? loaded(docs, collection, id, doc);
    }
    return slot.doc as StoredDocument<T> | undefined;
  }

  put(collection: string, id: string, doc: DocumentData): void {
    for (const field of RESERVED_FIELDS) {
      if (Object.hasOwn(doc, field)) throw new Error(`${this.projection.name}: ${field} is set by the store`);
    }
    this.write(collection, id, deepFreeze({ ...doc, _id: id, _position: this.current }));
  }

  delete(collection: string, id: string): void {
    this.write(collection, id, undefined);
  }

  /** The batch's changes: the last version of each document it changed. */
  ops(): ReadModelOp[] {
    return this.changed.map(({ collection, id, position, doc: version }): ReadModelOp => {
      if (version === undefined) return { kind: 'delete', collection, id, position };
      // The version itself, frozen, with its `_id` and `_position`: the in-memory store keeps it as it is, where a copy
      // without them for every changed document was garbage the moment it was stored.
      return { kind: 'put', collection, id, position, doc: version };
    });
  }

  private async prefetch(keys: readonly DocumentKey[]): Promise<void> {
    const missing = new Map<string, Set<string>>();
    for (const { collection, id } of keys) {
      const docs = this.collection(collection);
      if (docs.has(id)) continue;
      if (this.storeIsEmpty) loaded(docs, collection, id, undefined);
      else missing.set(collection, (missing.get(collection) ?? new Set()).add(id));
    }
    for (const [collection, ids] of missing) {
      const found = await this.store.getMany(collection, [...ids]);
      const docs = this.collection(collection);
      for (const id of ids) if (!docs.has(id)) loaded(docs, collection, id, found.get(id));
    }
  }

  private write(collection: string, id: string, doc: StoredDocument | undefined): void {
    const docs = this.collection(collection);
    const slot = docs.get(id);
    if (!slot) {
      const written: Slot = { collection, id, position: this.current, doc, changed: true };
      docs.set(id, written);
      this.changed.push(written);
      return;
    }
    // Already applied to this document (a replay after a crash): changing it again would count twice.
    if (slot.position >= this.current) return;
    slot.position = this.current;
    slot.doc = doc;
    if (!slot.changed) {
      slot.changed = true;
      this.changed.push(slot);
    }
  }

  private collection(collection: string): Map<string, Slot> {
    const docs = this.slots.get(collection);
    if (!docs) throw new Error(`${this.projection.name} does not own collection ${collection}`);
    return docs;
  }
}

function loaded(docs: Map<string, Slot>, collection: string, id: string, doc: StoredDocument | undefined): Slot {
  const slot: Slot = {
    collection,
    id,
    position: doc?._position ?? -1,
    doc: doc === undefined ? undefined : deepFreeze(doc),
    changed: false,
  };
  docs.set(id, slot);
  return slot;
}
