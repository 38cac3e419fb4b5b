import type { EventEnvelope } from '../envelope';

export type Row = [
  position: number,
  stream: string,
  revision: number,
  type: string,
  data: string,
  eventId: string,
  schemaVersion: number,
  occurredAt: string,
  actor: string,
  correlationId: string,
  causationId: string | null,
  idempotencyKey: string | null,
];

export const COLUMNS =
  'position, stream, revision, type, data, event_id, schema_version, occurred_at, actor, correlation_id, causation_id, idempotency_key';

export const SQLITE_INSERT_EVENT = `INSERT INTO events (stream, revision, type, data, event_id, schema_version, occurred_at, actor, correlation_id, causation_id, idempotency_key)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export const SQLITE_SELECT_ALL = `SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`;

export type InsertValues = [
  string,
  number,
  string,
  string,
  string,
  number,
  string,
  string,
  string,
  string | null,
  string | null,
];

/** The row values of one event, in SQLITE_INSERT_EVENT's order. */
export function sqliteEventRow(streamName: string, revision: number, event: EventEnvelope): InsertValues {
  const m = event.metadata;
  return [
    streamName,
    revision,
    event.type,
    JSON.stringify(event.data),
    m.eventId,
    m.schemaVersion,
    m.occurredAt,
    m.actor,
    m.correlationId,
    m.causationId,
    m.idempotencyKey,
  ];
}

// Metadata lives in columns, not JSON: building it from columns is several times
// cheaper than parsing it, and decoding dominates a catch-up read.
export const SQLITE_EVENTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position        INTEGER PRIMARY KEY AUTOINCREMENT,
  stream          TEXT    NOT NULL,
  revision        INTEGER NOT NULL,
  type            TEXT    NOT NULL,
  data            TEXT    NOT NULL,
  event_id        TEXT    NOT NULL,
  schema_version  INTEGER NOT NULL,
  occurred_at     TEXT    NOT NULL,
  actor           TEXT    NOT NULL,
  correlation_id  TEXT    NOT NULL,
  causation_id    TEXT,
  idempotency_key TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS events_stream_revision ON events (stream, revision);
CREATE UNIQUE INDEX IF NOT EXISTS events_event_id ON events (event_id);
`;
