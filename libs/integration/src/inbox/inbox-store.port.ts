/**
 * What became of each inbound message, by message id: the record that a
 * redelivered message was already handled (applied, or dead-lettered), kept
 * durably so that it holds across restarts.
 */
export interface InboxEntry {
  readonly messageId: string;
  readonly topic: string;
  /** ISO 8601. */
  readonly receivedAt: string;
  /** `applied`, `repeated`, `no_change`, or `dead_lettered:<code>`. */
  readonly outcome: string;
}

export interface InboxStore {
  find(messageId: string): Promise<InboxEntry | undefined>;
  /** Records the first outcome of a message id; a later record of the same id changes nothing. Resolves once durable. */
  record(entry: InboxEntry): Promise<void>;
  close(): Promise<void>;
}

export const INBOX_STORE = Symbol('InboxStore');
