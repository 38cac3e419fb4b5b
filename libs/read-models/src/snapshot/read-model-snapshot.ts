import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { type FileHandle, open, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';

import type { EventStore } from '@khai/event-sourcing';

import type { InMemoryReadModelStore } from '../adapters/in-memory.read-model-store';
import type { DocumentProjection } from '../document-projection';
import type { StoredDocument } from '../read-model-store.port';

/** Raised when the file's layout changes: a snapshot of another layout is not read. */
const FORMAT = 1;

/** Which log a snapshot was made of, and where in it. */
interface LogMark {
  /** The id of the log's first event: another log (a restored backup of another site, a new data dir) has another. */
  readonly firstEventId: string;
}

interface ProjectionSnapshot {
  readonly name: string;
  readonly version: number;
  /** A digest of `apply`'s source: a changed projection whose version was not raised is still rebuilt. */
  readonly code: string;
  readonly position: number;
  /** The id of the event at `position`: the log must still hold it there. */
  readonly eventId: string | null;
}

/** The first frame of the file; the documents follow in frames of their own. */
interface SnapshotHeader {
  readonly format: number;
  readonly log: LogMark;
  readonly projections: readonly ProjectionSnapshot[];
}

interface DocumentsFrame {
  readonly projection: string;
  readonly collection: string;
  readonly docs: readonly StoredDocument[];
}

/** Documents per frame: each frame is (de)serialized in one go, and the event loop gets a turn between frames. */
const DOCS_PER_FRAME = 2000;

export interface RestoredSnapshot {
  /** Projections restored, with their positions. */
  readonly restored: ReadonlyArray<{ readonly name: string; readonly position: number }>;
  /** Projections left to be rebuilt from the log, with why. */
  readonly refused: ReadonlyArray<{ readonly name: string; readonly reason: string }>;
}

/**
 * A durable copy of the in-memory read models with the log position each was at, so that a start restores them
 * and replays only what came after instead of the whole log. Checked against the log before use: a snapshot of
 * another log, of a position past the log's head or no longer holding the same event, of an older projection
 * version, or that cannot be read, is not restored (that projection, or all, is rebuilt from the log).
 */
export class ReadModelSnapshot {
  constructor(
    readonly file: string,
    private readonly events: EventStore,
    private readonly projections: readonly DocumentProjection[],
  ) {}

  /**
   * Writes the store's read models and checkpoints as they are now. The documents and positions are taken in one
   * synchronous step (documents are immutable, and a store write never interleaves), so the copy is consistent; it
   * is then serialized a frame at a time, giving the event loop a turn between frames, and the file replaced
   * atomically (write, sync, rename).
   */
  async save(store: InMemoryReadModelStore): Promise<void> {
    const firstEventId = await this.eventIdAt(1);
    if (firstEventId === null) return;
    const taken = await Promise.all(
      this.projections.map(async (projection) => ({
        projection,
        position: await store.checkpoint(projection.name),
        collections: projection.collections.map((c) => [c, [...store.documents(c)]] as const),
      })),
    );
    const projections: ProjectionSnapshot[] = [];
    for (const { projection, position } of taken) {
      const { name } = projection;
      const version = projection.version ?? 1;
      projections.push({ name, version, code: codeOf(projection), position, eventId: await this.eventIdAt(position) });
    }
    const header: SnapshotHeader = { format: FORMAT, log: { firstEventId }, projections };
    const frames: Buffer[] = [frame(serialize(header))];
    for (const { projection, collections } of taken) {
      for (const [collection, docs] of collections) {
        for (let i = 0; i < docs.length; i += DOCS_PER_FRAME) {
          const chunk: DocumentsFrame = {
            projection: projection.name,
            collection,
            docs: docs.slice(i, i + DOCS_PER_FRAME),
          };
          frames.push(frame(serialize(chunk)));
          await turn();
        }
      }
    }
    const temporary = `${this.file}.tmp`;
    await writeFile(temporary, frames);
    const handle = await open(temporary, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, this.file);
    syncDirectory(dirname(this.file));
  }

  /**
   * Loads what the snapshot holds that the log confirms into `store`, a frame at a time (a turn of the event loop
   * between frames); the rest is left to the runner to rebuild from the log.
   */
  async restore(store: InMemoryReadModelStore): Promise<RestoredSnapshot> {
    const all = (reason: string): RestoredSnapshot => ({
      restored: [],
      refused: this.projections.map((p) => ({ name: p.name, reason })),
    });
    // Read a frame at a time: twenty years of read models make a snapshot past the 2 GiB a file read whole may be.
    let file: FileHandle;
    try {
      file = await open(this.file, 'r');
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      return all(code === 'ENOENT' ? 'no snapshot' : `the snapshot cannot be read: ${String(error)}`);
    }
    try {
      return await this.restoreFrom(file, store, all);
    } finally {
      await file.close();
    }
  }

  private async restoreFrom(
    file: FileHandle,
    store: InMemoryReadModelStore,
    all: (reason: string) => RestoredSnapshot,
  ): Promise<RestoredSnapshot> {
    const size = (await file.stat()).size;
    let header: SnapshotHeader;
    let offset: number;
    try {
      const first = await frameIn(file, 0, size);
      header = deserialize(first.body) as SnapshotHeader;
      offset = first.end;
      if (header?.format !== FORMAT) return all(`the snapshot's format is not ${FORMAT}`);
    } catch (error) {
      return all(`the snapshot cannot be read: ${String(error)}`);
    }
    if (header.log.firstEventId !== (await this.eventIdAt(1))) return all('the snapshot is of another log');
    const head = await this.events.headPosition();
    const accepted = new Map<string, { projection: DocumentProjection; position: number }>();
    const refused: Array<{ name: string; reason: string }> = [];
    for (const projection of this.projections) {
      const saved = header.projections.find((p) => p.name === projection.name);
      const reason = !saved
        ? 'not in the snapshot'
        : saved.version !== (projection.version ?? 1) || saved.code !== codeOf(projection)
          ? 'the snapshot is of another version of the projection'
          : saved.position > head
            ? `the snapshot's position ${saved.position} is past the log's head ${head}`
            : saved.eventId !== (await this.eventIdAt(saved.position))
              ? `the log holds another event at the snapshot's position ${saved.position}`
              : undefined;
      if (!saved || reason) refused.push({ name: projection.name, reason: reason ?? 'not in the snapshot' });
      else accepted.set(projection.name, { projection, position: saved.position });
    }
    // The documents go into the store frame by frame, each kept as it was saved: a list of them all first, or a copy
    // of each, would double the memory at the peak. The positions are set once every frame is in, and a snapshot that
    // cannot be read to its end leaves every read model to rebuild.
    for (const { projection } of accepted.values()) await store.reset(projection.name, projection.collections);
    try {
      while (offset < size) {
        const { body, end } = await frameIn(file, offset, size);
        offset = end;
        const chunk = deserialize(body) as DocumentsFrame;
        const target = accepted.get(chunk.projection);
        if (!target || !target.projection.collections.includes(chunk.collection)) continue;
        store.adopt(chunk.collection, chunk.docs);
        await turn();
      }
    } catch (error) {
      for (const { projection } of accepted.values()) await store.reset(projection.name, projection.collections);
      return all(`the snapshot cannot be read: ${String(error)}`);
    }
    const restored: Array<{ name: string; position: number }> = [];
    for (const { projection, position } of accepted.values()) {
      store.restored(projection.name, position);
      restored.push({ name: projection.name, position });
    }
    return { restored, refused };
  }

  private async eventIdAt(position: number): Promise<string | null> {
    if (position < 1) return null;
    const [event] = await this.events.readAll({ after: position - 1, maxCount: 1 });
    return event?.position === position ? event.metadata.eventId : null;
  }
}

/** A frame: its length (4 bytes, big-endian), then its bytes. */
function frame(body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  return Buffer.concat([length, body]);
}

/** The frame at `offset` of a snapshot file of `size` bytes, read from the file. */
async function frameIn(file: FileHandle, offset: number, size: number): Promise<{ body: Buffer; end: number }> {
  if (offset + 4 > size) throw new Error('the snapshot ends inside a frame');
  const length = Buffer.alloc(4);
  await file.read(length, 0, 4, offset);
  const end = offset + 4 + length.readUInt32BE(0);
  if (end > size) throw new Error('the snapshot ends inside a frame');
  const body = Buffer.alloc(end - offset - 4);
  const { bytesRead } = await file.read(body, 0, body.length, offset + 4);
  if (bytesRead !== body.length) throw new Error('the snapshot ends inside a frame');
  return { body, end };
}

function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function codeOf(projection: DocumentProjection): string {
  return createHash('sha256').update(projection.apply.toString()).digest('hex').slice(0, 16);
}

function syncDirectory(directory: string): void {
  const fd = openSync(directory, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
