/**
 * How the inbox knows a message: its id, and the `occurredAt` it carries ('' when
 * its body cannot be read). A redelivery carries the same bytes, so the same key.
 * The time comes first so that the keys a SQLite inbox writes follow one another
 * (a random id alone dirtied an index page per message: docs/benchmarks.md).
 */
export interface InboxKey {
  readonly messageId: string;
  readonly occurredAt: string;
}

/**
 * What became of each inbound message: the record that a redelivered message
 * was already handled (applied, or dead-lettered), kept durably so that it
 * holds across restarts.
 */
export interface InboxEntry extends InboxKey {
  readonly topic: string;
  /** ISO 8601. */
  readonly receivedAt: string;
  /** `applied`, `repeated`, `no_change`, or `dead_lettered:<code>`. */
  readonly outcome: string;
}

export interface InboxStore {
  /**
   * The entry recorded under this key — or under this message id with no time (''), as a body that could not be
   * read was recorded, and as inboxes made before the time was kept were migrated.
   */
  find(key: InboxKey): Promise<InboxEntry | undefined>;
  /** Records the first outcome of a key; a later record of the same key changes nothing. Resolves once durable. */
  record(entry: InboxEntry): Promise<void>;
  close(): Promise<void>;
}

/** One string for an inbox key, for maps. */
export function inboxKeyString(key: InboxKey): string {
  return `${key.occurredAt}\u0000${key.messageId}`;
}

export const INBOX_STORE = Symbol('InboxStore');
