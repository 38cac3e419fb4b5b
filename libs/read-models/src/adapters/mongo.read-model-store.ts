import { randomUUID } from 'node:crypto';

import {
  type AnyBulkWriteOperation,
  type Collection,
  type Document,
  MongoBulkWriteError,
  MongoServerError,
  type WriteError,
} from 'mongodb';
import mongoose, { type Connection, type QueryFilter } from 'mongoose';

import { latestOps } from '../query-semantics';
import type {
  DocumentData,
  FindOptions,
  IndexSpec,
  LoadedDocument,
  ReadModelOp,
  ReadModelStore,
  StoredDocument,
} from '../read-model-store.port';
import {
  checkpointModel,
  documentModel,
  JOURNAL_COLLECTION,
  type JournalPart,
  type ReadModelRow,
} from './mongo.schemas';
import { unwrapNestedArrays, wrapNestedArrays } from './nested-arrays';

/**
 * FerretDB v1 hangs on a `bulkWrite` holding 100 or more updates of existing
 * documents (deploy/local/README.md); MongoDB has no such limit. Replacements
 * and deletes go in chunks of this size, inserts in larger ones.
 */
export const MAX_UPDATES_PER_BULK = 50;
const MAX_INSERTS_PER_BULK = 1000;
/** Ids per `$in` lookup. */
const LOOKUP_CHUNK = 1000;
/** A concurrent insert of the same id makes a chunk fail; the collection's ops are then looked up and sent again. */
const WRITE_ATTEMPTS = 3;
const MAJORITY = { w: 'majority' } as const;

/** Ops per journal document (well under the 16 MB document limit for read-model documents of a few kB). */
const JOURNAL_PART_OPS = 500;

/** The steps of a write, in order; `chunk` follows each bulkWrite of documents. */
export type WriteStep = 'journaled' | 'committed' | 'chunk' | 'checkpointed';
type Stored = Document & { _id: string; _position: number };

export interface MongoReadModelStoreOptions {
  /** Database name; defaults to the one in the URL, else `khai`. */
  readonly dbName?: string;
}

/**
 * Read models in MongoDB (or a MongoDB-wire server such as FerretDB): mongoose
 * for the checkpoint schema and for queries, the driver's `bulkWrite` (unordered,
 * majority write concern) for projection writes.
 *
 * A write first looks up the stored `_position` of the documents it touches,
 * then inserts the new ones and replaces or deletes only those still older than
 * the op (`{ _id, _position: { $lt: p } }`). An upsert with that filter would do
 * it in one step on MongoDB, but FerretDB stops an unordered bulk at its first
 * duplicate-key error (the upsert of a document that is already newer), so the
 * writes behind it would be lost: the look-up keeps every op error-free.
 * Arrays inside arrays are wrapped on the way in and unwrapped on the way out
 * (`nested-arrays.ts`): FerretDB v1 refuses them.
 */
export class MongoReadModelStore implements ReadModelStore {
  readonly kind = 'mongodb';
  private readonly checkpoints;

  constructor(
    private readonly connection: Connection,
    private readonly ownsConnection = false,
  ) {
    this.checkpoints = checkpointModel(connection);
  }

  /** Connects with mongoose and waits until the server answers. */
  static async connect(url: string, options: MongoReadModelStoreOptions = {}): Promise<MongoReadModelStore> {
    const connection = mongoose.createConnection(url, {
      ...(options.dbName ? { dbName: options.dbName } : {}),
      autoIndex: false,
      autoCreate: false,
    });
    await connection.asPromise();
    return new MongoReadModelStore(connection, true);
  }

  async get<T extends DocumentData>(collection: string, id: string): Promise<StoredDocument<T> | undefined> {
    const doc = await documentModel(this.connection, collection).findById(id).lean<StoredDocument<T>>().exec();
    return doc ? unwrapNestedArrays(doc) : undefined;
  }

  async getMany<T extends DocumentData>(
    collection: string,
    ids: readonly string[],
  ): Promise<Map<string, StoredDocument<T>>> {
    const found = new Map<string, StoredDocument<T>>();
    const model = documentModel(this.connection, collection);
    for (const part of chunks([...new Set(ids)], LOOKUP_CHUNK)) {
      const docs = await model
        .find({ _id: { $in: part } })
        .lean<StoredDocument<T>[]>()
        .exec();
      for (const doc of docs) found.set(doc._id, unwrapNestedArrays(doc));
    }
    return found;
  }

  async find<T extends DocumentData>(collection: string, options: FindOptions = {}): Promise<StoredDocument<T>[]> {
    let query = documentModel(this.connection, collection)
      .find(mongoFilter(options.where))
      .sort(mongoSort(options.sort));
    if (options.skip) query = query.skip(options.skip);
    if (options.limit !== undefined) query = query.limit(options.limit);
    return (await query.lean<StoredDocument<T>[]>().exec()).map(unwrapNestedArrays);
  }

  async count(collection: string, where?: FindOptions['where']): Promise<number> {
    return documentModel(this.connection, collection).countDocuments(mongoFilter(where)).exec();
  }

  async write(projection: string, position: number, ops: readonly ReadModelOp[]): Promise<void> {
    const applied = await this.checkpoint(projection);
    // At or before the checkpoint: applied already, so applying it again changes nothing.
    const fresh = latestOps(ops).filter((op) => op.position > applied);
    if (fresh.length > 0) {
      const batchId = randomUUID();
      const parts = chunks(fresh, JOURNAL_PART_OPS).map((list, i) => ({
        _id: `${projection}:${batchId}:${i}`,
        projection,
        batchId,
        ops: wrapNestedArrays(list),
      }));
      await this.journal().insertMany(parts, { writeConcern: MAJORITY });
      await this.reached('journaled');
      // The commit point: from here on a crash is finished by checkpoint(), before it the batch never happened.
      await this.checkpoints
        .updateOne(
          { _id: projection },
          {
            $set: { pending: { batchId, parts: parts.length, position }, updatedAt: new Date() },
            $setOnInsert: { position: 0, resetting: [] },
          },
          { upsert: true, writeConcern: MAJORITY },
        )
        .exec();
      await this.reached('committed');
      await this.applyOps(fresh);
    }
    await this.checkpoints
      .updateOne(
        { _id: projection },
        { $max: { position }, $set: { pending: null, updatedAt: new Date() }, $setOnInsert: { resetting: [] } },
        { upsert: true, writeConcern: MAJORITY },
      )
      .exec();
    await this.reached('checkpointed');
    if (fresh.length > 0) await this.journal().deleteMany({ projection }, { writeConcern: MAJORITY });
  }

  async checkpoint(projection: string): Promise<number> {
    const doc = await this.checkpoints.findById(projection).lean().exec();
    if (!doc) return 0;
    // Fields may be missing: FerretDB leaves out an empty array given in $setOnInsert.
    const resetting = doc.resetting ?? [];
    if (resetting.length > 0) {
      await this.reset(projection, resetting);
      return 0;
    }
    if (!doc.pending) return doc.position;
    // A batch interrupted after its commit point: write it again from the journal.
    const { batchId, parts, position } = doc.pending;
    const journal = await this.journal().find({ projection, batchId }).toArray();
    if (journal.length !== parts) {
      throw new Error(`read model ${projection}: journal of batch ${batchId} has ${journal.length} of ${parts} parts`);
    }
    await this.applyOps(journal.flatMap((part) => unwrapNestedArrays(part.ops)));
    await this.checkpoints
      .updateOne(
        { _id: projection },
        { $max: { position }, $set: { pending: null, updatedAt: new Date() } },
        { writeConcern: MAJORITY },
      )
      .exec();
    await this.journal().deleteMany({ projection }, { writeConcern: MAJORITY });
    return Math.max(doc.position, position);
  }

  async reset(projection: string, collections: readonly string[]): Promise<void> {
    await this.checkpoints
      .replaceOne(
        { _id: projection },
        { position: 0, resetting: [...collections], pending: null, updatedAt: new Date() },
        { upsert: true, writeConcern: MAJORITY },
      )
      .exec();
    await this.journal().deleteMany({ projection }, { writeConcern: MAJORITY });
    for (const collection of collections) await this.empty(collection);
    await this.checkpoints
      .updateOne({ _id: projection }, { $set: { resetting: [], updatedAt: new Date() } }, { writeConcern: MAJORITY })
      .exec();
  }

  async load(
    projection: string,
    collections: readonly string[],
    position: number,
    docs: Iterable<LoadedDocument>,
  ): Promise<void> {
    // The reset's marker stays set while loading: a crash leaves the projection to be reset and rebuilt.
    await this.checkpoints
      .replaceOne(
        { _id: projection },
        { position: 0, resetting: [...collections], pending: null, updatedAt: new Date() },
        { upsert: true, writeConcern: MAJORITY },
      )
      .exec();
    await this.journal().deleteMany({ projection }, { writeConcern: MAJORITY });
    for (const collection of collections) await this.empty(collection);
    const owned = new Set(collections);
    const pending = new Map<string, Stored[]>();
    const flush = async (collection: string, list: Stored[]): Promise<void> => {
      const inserts = list.map((document) => ({ insertOne: { document } }));
      await this.driver(collection).bulkWrite(inserts, { ordered: false, writeConcern: MAJORITY });
      await this.reached('chunk');
    };
    for (const { collection, id, position: at, doc } of docs) {
      if (!owned.has(collection)) throw new Error(`${projection} does not own collection ${collection}`);
      const list = pending.get(collection) ?? [];
      list.push({ ...wrapNestedArrays(doc), _id: id, _position: at });
      pending.set(collection, list);
      if (list.length >= MAX_INSERTS_PER_BULK) {
        pending.set(collection, []);
        await flush(collection, list);
      }
    }
    for (const [collection, list] of pending) if (list.length > 0) await flush(collection, list);
    await this.checkpoints
      .updateOne(
        { _id: projection },
        { $set: { position, resetting: [], updatedAt: new Date() } },
        { writeConcern: MAJORITY },
      )
      .exec();
  }

  async ensureIndexes(collection: string, indexes: readonly IndexSpec[]): Promise<void> {
    for (const index of indexes) {
      await this.driver(collection).createIndex(Object.fromEntries(index.fields), { unique: index.unique === true });
    }
  }

  async close(): Promise<void> {
    if (this.ownsConnection) await this.connection.close();
  }

  /** The mongoose connection, for a second store over the same database in tests. */
  connectionForTests(): Connection {
    return this.connection;
  }

  private driver(collection: string): Collection<Stored> {
    const db = this.connection.db;
    if (!db) throw new Error('the MongoDB connection is not open');
    return db.collection<Stored>(collection);
  }

  /**
   * Drops the collection and creates its indexes again. Not `deleteMany({})`:
   * FerretDB v1 deletes by listing every id in one SQL statement, which fails
   * beyond SQLite's 32,766 variables ("too many SQL variables").
   */
  private async empty(collection: string): Promise<void> {
    const target = this.driver(collection);
    const indexes = await target.indexes().catch((error: unknown) => {
      if (namespaceMissing(error)) return [];
      throw error;
    });
    await target.drop({ writeConcern: MAJORITY }).catch((error: unknown) => {
      if (!namespaceMissing(error)) throw error;
    });
    for (const { key, name, unique } of indexes) {
      if (name === '_id_') continue;
      await target.createIndex(key, { ...(name ? { name } : {}), unique: unique === true });
    }
  }

  /** Test seam: called after each step of a write, so a test can crash the adapter there. */
  protected async reached(_step: WriteStep): Promise<void> {}

  private journal(): Collection<JournalPart> {
    const db = this.connection.db;
    if (!db) throw new Error('the MongoDB connection is not open');
    return db.collection<JournalPart>(JOURNAL_COLLECTION);
  }

  private async applyOps(ops: readonly ReadModelOp[]): Promise<void> {
    const byCollection = new Map<string, ReadModelOp[]>();
    for (const op of latestOps(ops)) {
      const list = byCollection.get(op.collection) ?? [];
      list.push(op);
      byCollection.set(op.collection, list);
    }
    for (const [collection, list] of byCollection) await this.writeCollection(collection, list);
  }

  private async writeCollection(collection: string, ops: readonly ReadModelOp[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.writeOnce(collection, ops);
        return;
      } catch (error) {
        if (attempt >= WRITE_ATTEMPTS || !onlyDuplicateKeys(error)) throw error;
      }
    }
  }

  private async writeOnce(collection: string, ops: readonly ReadModelOp[]): Promise<void> {
    const target = this.driver(collection);
    const stored = new Map<string, number>();
    for (const part of chunks(
      ops.map((op) => op.id),
      LOOKUP_CHUNK,
    )) {
      const docs = await target.find({ _id: { $in: part } }, { projection: { _position: 1 } }).toArray();
      for (const doc of docs) stored.set(doc._id, doc._position);
    }
    const inserts: AnyBulkWriteOperation<Stored>[] = [];
    const updates: AnyBulkWriteOperation<Stored>[] = [];
    for (const op of ops) {
      const at = stored.get(op.id);
      if (at !== undefined && at >= op.position) continue;
      const filter = { _id: op.id, _position: { $lt: op.position } };
      if (op.kind === 'delete') {
        if (at !== undefined) updates.push({ deleteOne: { filter } });
        continue;
      }
      // Without the `_id` and `_position` a batch's version carries: the store sets its own.
      const { _id, _position, ...fields } = op.doc;
      const doc = wrapNestedArrays(fields);
      if (at === undefined) inserts.push({ insertOne: { document: { ...doc, _id: op.id, _position: op.position } } });
      else updates.push({ replaceOne: { filter, replacement: { ...doc, _position: op.position } } });
    }
    for (const part of chunks(inserts, MAX_INSERTS_PER_BULK)) {
      await target.bulkWrite(part, { ordered: false, writeConcern: MAJORITY });
      await this.reached('chunk');
    }
    for (const part of chunks(updates, MAX_UPDATES_PER_BULK)) {
      await target.bulkWrite(part, { ordered: false, writeConcern: MAJORITY });
      await this.reached('chunk');
    }
  }
}

/** The collection does not exist (yet): nothing to empty. */
function namespaceMissing(error: unknown): boolean {
  return error instanceof MongoServerError && (error.code === 26 || /ns not found|does not exist/i.test(error.message));
}

function onlyDuplicateKeys(error: unknown): boolean {
  if (!(error instanceof MongoBulkWriteError)) return false;
  const errors: readonly WriteError[] = ([] as WriteError[]).concat(error.writeErrors);
  return errors.length > 0 && errors.every((e) => e.code === 11000);
}

function mongoFilter(where: FindOptions['where']): QueryFilter<ReadModelRow> {
  // Fields other than _id and _position are the projection's, unknown to the schema (strictQuery: false).
  const filter: QueryFilter<ReadModelRow> = {};
  for (const [field, condition] of Object.entries(where ?? {})) {
    if (condition === null || typeof condition !== 'object') {
      filter[field] = condition;
      continue;
    }
    const operators: Record<string, unknown> = {};
    if (condition.in !== undefined) operators.$in = condition.in;
    if (condition.gte !== undefined) operators.$gte = condition.gte;
    if (condition.gt !== undefined) operators.$gt = condition.gt;
    if (condition.lte !== undefined) operators.$lte = condition.lte;
    if (condition.lt !== undefined) operators.$lt = condition.lt;
    // An empty condition holds for every document (MongoDB would match only `{}` values).
    if (Object.keys(operators).length > 0) filter[field] = operators;
  }
  return filter;
}

function mongoSort(sort: FindOptions['sort']): Record<string, 1 | -1> {
  const spec: Record<string, 1 | -1> = {};
  for (const [field, direction] of sort ?? []) spec[field] = direction;
  if (!('_id' in spec)) spec._id = 1;
  return spec;
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}
