import type { InboxKey } from '../inbox/inbox-store.port';
import type { InboundMessage } from '../integration-bus.port';

/**
 * A partner message that waits: refused because something it names is not there yet (`*_not_found`: a payment
 * that came before its order, on another topic), or behind such a message of its own key, kept until it is
 * tried again. It is the only copy once its offset is committed, so it is kept durably until it is applied or
 * dead-lettered.
 */
export interface WaitingMessage extends InboxKey {
  /** Order of arrival, across restarts: messages of one topic and key are tried in this order. */
  readonly seq: number;
  readonly message: InboundMessage;
  readonly bodyHash: string;
  /** When the cooperative first took it (ms since the epoch): the bound on waiting counts from here. */
  readonly since: number;
  /** How often it was tried: 0 while it waits behind another message of its key. */
  readonly attempts: number;
  /** When it is tried next, as the head of its key (ms since the epoch). */
  readonly dueAt: number;
  /** The refusal it waits out (`sales_order_not_found`), or null while it waits behind another message. */
  readonly code: string | null;
  readonly reason: string | null;
}

export interface WaitingStore {
  /** Every message that waits, in order of arrival (`seq`). */
  load(): Promise<WaitingMessage[]>;
  /** Keeps a message, or its new attempt, by its inbox key. Resolves once durable (synced to disk). */
  put(message: WaitingMessage): Promise<void>;
  /** Forgets a message once its outcome is recorded in the inbox. */
  remove(key: InboxKey): Promise<void>;
  close(): Promise<void>;
}

export const WAITING_STORE = Symbol('WaitingStore');
