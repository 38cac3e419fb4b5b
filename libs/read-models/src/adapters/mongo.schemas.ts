import { type Connection, type Model, Schema } from 'mongoose';

import type { ReadModelOp } from '../read-model-store.port';

/** Where each projection's checkpoint lives, one document per projection. */
export const CHECKPOINTS_COLLECTION = 'read_model_checkpoints';

export interface CheckpointDoc {
  /** The projection's name. */
  _id: string;
  /** Last log position applied (0 after a reset). */
  position: number;
  /**
   * Collections still being emptied by a reset. Set before the documents are
   * deleted and cleared after: a crash in between leaves it set, and the next
   * `checkpoint()` finishes the reset before anything is applied on top.
   */
  resetting: string[];
  /**
   * A batch whose journal is complete but whose documents may not all be
   * written yet: `checkpoint()` writes them again (a no-op by `_position` for
   * those that landed) and then moves `position` to the batch's.
   */
  pending: { batchId: string; parts: number; position: number } | null;
  updatedAt: Date;
}

const checkpointSchema = new Schema<CheckpointDoc>(
  {
    _id: { type: String, required: true },
    position: { type: Number, required: true, min: 0 },
    resetting: { type: [String], default: [] },
    pending: {
      type: new Schema({ batchId: String, parts: Number, position: Number }, { _id: false }),
      default: null,
    },
    updatedAt: { type: Date, required: true },
  },
  { collection: CHECKPOINTS_COLLECTION, versionKey: false, autoIndex: false },
);

export function checkpointModel(connection: Connection): Model<CheckpointDoc> {
  return (
    (connection.models.ReadModelCheckpoint as Model<CheckpointDoc> | undefined) ??
    connection.model<CheckpointDoc>('ReadModelCheckpoint', checkpointSchema)
  );
}

/** The redo journal: a batch's ops, in parts, written before any of its documents. */
export const JOURNAL_COLLECTION = 'read_model_journal';

export interface JournalPart {
  /** `<projection>:<batchId>:<part>` */
  _id: string;
  projection: string;
  batchId: string;
  ops: ReadModelOp[];
}

/** What the store knows of every projection document; the rest is the projection's. */
export interface ReadModelRow {
  _id: string;
  _position: number;
}

/**
 * Projection documents have the shape their projection gives them; the schema
 * names only what the store itself adds, and queries pass other fields through
 * uncast (strict: false).
 */
const documentSchema = new Schema<ReadModelRow>(
  { _id: { type: String, required: true }, _position: { type: Number, required: true } },
  { strict: false, strictQuery: false, versionKey: false, autoIndex: false, autoCreate: false },
);

export function documentModel(connection: Connection, collection: string): Model<ReadModelRow> {
  const name = `ReadModel:${collection}`;
  return (
    (connection.models[name] as Model<ReadModelRow> | undefined) ??
    connection.model<ReadModelRow>(name, documentSchema, collection)
  );
}
