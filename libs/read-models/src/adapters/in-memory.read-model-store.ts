import { deepFreeze } from '../freeze';
import { comparator, latestOps, matches } from '../query-semantics';
import type {
  DocumentData,
  FindOptions,
  IndexSpec,
  LoadedDocument,
  ReadModelOp,
  ReadModelStore,
  StoredDocument,
} from '../read-model-store.port';

/**
 * Read models in memory: the embedded default, empty at start and rebuilt from
 * the log. Stored documents are deeply frozen (copied first unless they come
 * frozen, as a projection batch's do), so they are handed out without copying
 * and a caller cannot change the store behind the projection's back.
 */
export class InMemoryReadModelStore implements ReadModelStore {
  readonly kind = 'memory';
  private readonly collections = new Map<string, Map<string, StoredDocument>>();
  private readonly checkpoints = new Map<string, number>();
  private readonly unique = new Map<string, IndexSpec[]>();

  async get<T extends DocumentData>(collection: string, id: string): Promise<StoredDocument<T> | undefined> {
    const doc = this.collections.get(collection)?.get(id);
    return doc as StoredDocument<T> | undefined;
  }

  async getMany<T extends DocumentData>(
    collection: string,
    ids: readonly string[],
  ): Promise<Map<string, StoredDocument<T>>> {
    const docs = this.collections.get(collection);
    const found = new Map<string, StoredDocument<T>>();
    for (const id of ids) {
      const doc = docs?.get(id);
      if (doc !== undefined) found.set(id, doc as StoredDocument<T>);
    }
    return found;
  }

  async find<T extends DocumentData>(collection: string, options: FindOptions = {}): Promise<StoredDocument<T>[]> {
    const all = [...(this.collections.get(collection)?.values() ?? [])];
    const hits = all.filter((doc) => matches(doc, options.where)).sort(comparator(options.sort));
    const skip = options.skip ?? 0;
    const page = hits.slice(skip, options.limit === undefined ? undefined : skip + options.limit);
    return page as StoredDocument<T>[];
  }

  async count(collection: string, where?: FindOptions['where']): Promise<number> {
    let n = 0;
    for (const doc of this.collections.get(collection)?.values() ?? []) if (matches(doc, where)) n++;
    return n;
  }

  async write(projection: string, position: number, ops: readonly ReadModelOp[]): Promise<void> {
    const applied = this.checkpoints.get(projection) ?? 0;
    // At or before the checkpoint: applied already, so applying it again changes nothing.
    const accepted = latestOps(ops).filter((op) => {
      if (op.position <= applied) return false;
      const stored = this.collections.get(op.collection)?.get(op.id);
      return stored === undefined ? op.kind === 'put' : stored._position < op.position;
    });
    for (const op of accepted) if (op.kind === 'put') this.checkUnique(op);
    for (const op of accepted) {
      const docs = this.collection(op.collection);
      if (op.kind === 'delete') docs.delete(op.id);
      else docs.set(op.id, storedOf(op));
    }
    this.checkpoints.set(projection, Math.max(position, this.checkpoints.get(projection) ?? 0));
  }

  async checkpoint(projection: string): Promise<number> {
    return this.checkpoints.get(projection) ?? 0;
  }

  async reset(projection: string, collections: readonly string[]): Promise<void> {
    for (const name of collections) this.collections.delete(name);
    this.checkpoints.delete(projection);
  }

  async load(
    projection: string,
    collections: readonly string[],
    position: number,
    docs: Iterable<LoadedDocument>,
  ): Promise<void> {
    await this.reset(projection, collections);
    const owned = new Set(collections);
    for (const { collection, id, position: at, doc } of docs) {
      if (!owned.has(collection)) throw new Error(`${projection} does not own collection ${collection}`);
      this.collection(collection).set(id, stored(doc, id, at));
    }
    this.checkpoints.set(projection, position);
  }

  /**
   * Keeps documents a snapshot held as they are — each with its `_id` and `_position`, frozen here — in a collection of
   * a projection being restored (emptied by `reset` first; its checkpoint set by `restored` once all are in). Neither
   * copied nor checked: a snapshot holds what `documents` gave it.
   */
  adopt(collection: string, docs: readonly StoredDocument[]): void {
    const kept = this.collection(collection);
    for (const doc of docs) kept.set(doc._id, deepFreeze(doc));
  }

  /** A projection restored from a snapshot (`adopt`) is at `position`. */
  restored(projection: string, position: number): void {
    this.checkpoints.set(projection, position);
  }

  /** The stored documents of a collection, as they are (frozen): what a snapshot keeps. */
  documents(collection: string): Iterable<StoredDocument> {
    return this.collections.get(collection)?.values() ?? [];
  }

  async ensureIndexes(collection: string, indexes: readonly IndexSpec[]): Promise<void> {
    this.unique.set(
      collection,
      indexes.filter((index) => index.unique === true),
    );
  }

  async close(): Promise<void> {
    this.collections.clear();
    this.checkpoints.clear();
  }

  private collection(name: string): Map<string, StoredDocument> {
    let docs = this.collections.get(name);
    if (!docs) {
      docs = new Map();
      this.collections.set(name, docs);
    }
    return docs;
  }

  /** A unique index refuses a second document with the same values, as MongoDB does (code 11000 there). */
  private checkUnique(op: Extract<ReadModelOp, { kind: 'put' }>): void {
    for (const index of this.unique.get(op.collection) ?? []) {
      const key = JSON.stringify(index.fields.map(([field]) => op.doc[field] ?? null));
      for (const other of this.collections.get(op.collection)?.values() ?? []) {
        if (other._id === op.id) continue;
        if (JSON.stringify(index.fields.map(([field]) => other[field] ?? null)) === key) {
          throw new Error(`duplicate key in ${op.collection} on ${index.fields.map(([f]) => f).join(', ')}: ${key}`);
        }
      }
    }
  }
}

/** The op's document as kept: as it comes when it is a frozen version of this op's id and position, else a copy. */
function storedOf(op: Extract<ReadModelOp, { kind: 'put' }>): StoredDocument {
  const doc = op.doc;
  if (doc._id === op.id && doc._position === op.position && Object.isFrozen(doc)) return doc as StoredDocument;
  return stored(doc, op.id, op.position);
}

function stored(doc: DocumentData, id: string, position: number): StoredDocument {
  const data = Object.isFrozen(doc) ? doc : structuredClone(doc);
  return deepFreeze({ ...data, _id: id, _position: position });
}
