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
  /**
   * A hash of the message's bytes, by which the same message sent again is told from another message under the same
   * key; null in records made before it was kept.
   */
  readonly bodyHash: string | null;
}

export interface InboxStore {
  /**
   * The entry recorded under this key — or under this message id with no time (''), as a body that could not be
   * read was recorded, and as inboxes made before the time was kept were migrated.
   */
  find(key: InboxKey): Promise<InboxEntry | undefined>;
  /**
   * Records the outcome of a key. A later record of the key replaces a dead letter (the message was tried again) and
   * nothing else: an applied message stays applied. Resolves once durable.
   */
  record(entry: InboxEntry): Promise<void>;
  close(): Promise<void>;
}

const DEAD_LETTERED = 'dead_lettered:';

/** The outcome of a message sent to the dead letters with this code. */
export function deadLettered(code: string): string {
  return `${DEAD_LETTERED}${code}`;
}

/** Whether an outcome is a dead letter: the message was not applied, and may be tried again. */
export function isDeadLettered(outcome: string): boolean {
  return outcome.startsWith(DEAD_LETTERED);
}

/** One string for an inbox key, for maps. */
export function inboxKeyString(key: InboxKey): string {
  return `${key.occurredAt}\u0000${key.messageId}`;
}

export const INBOX_STORE = Symbol('InboxStore');
