/**
 * The integration bus port: how the cooperative talks with buyers and feed
 * suppliers. Kafka in production (kafkajs adapter), in-process by default.
 */
export interface OutboundMessage {
  readonly topic: string;
  /** Partition key: keeps one negotiation's, order's or contract's messages in order. */
  readonly key: string | null;
  /** The message body: serialised as JSON, except a Buffer, which is sent as is (dead letters keep the original bytes). */
  readonly value: unknown;
  /** Always includes `message-id` (the event id, for partners to dedupe). */
  readonly headers: Readonly<Record<string, string>>;
  /** The partner it is for: on per-partner topics it goes to that partner's topic, which only it may read. */
  readonly partner?: string;
}

export interface InboundMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  /** Raw bytes as received; parsing and validation are the consumer's job. */
  readonly value: Buffer | null;
  readonly headers: Readonly<Record<string, string>>;
  /**
   * On per-partner topics, the partner whose topic it came on: the broker lets only that partner's principal write
   * there, so it is the sender. Undefined on shared topics (anyone allowed to write the topic may have sent it).
   */
  readonly partner?: string;
}

/**
 * Handles one message. Resolving means its effect is durable; the adapter then
 * (and only then) commits the offset. Throwing means "not now" (the store is
 * down): the adapter retries the same message with backoff and never skips it.
 * Messages with the same key are handed over one at a time, in order; messages
 * with different keys may be handled concurrently.
 */
export type InboundHandler = (message: InboundMessage) => Promise<void>;

export interface Consumer {
  stop(): Promise<void>;
}

export interface IntegrationBus {
  /** Resolves once every message is acknowledged by the bus (Kafka: acks=all). */
  publish(messages: readonly OutboundMessage[]): Promise<void>;
  /** A new group starts at the earliest message; afterwards at its committed offsets. */
  consume(groupId: string, topics: readonly string[], handler: InboundHandler): Promise<Consumer>;
  close(): Promise<void>;
}

export const INTEGRATION_BUS = Symbol('IntegrationBus');

/** A message value as bytes: Buffers as they are, anything else as JSON. */
export function encodeValue(value: unknown): Buffer {
  return Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value));
}
