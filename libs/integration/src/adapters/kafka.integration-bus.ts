import { parsePartnerTopic, partnerTopic, type TopicPartner, topicServes, topicSpec } from '@khai/contracts';
import { Logger } from '@nestjs/common';
import {
  type Admin,
  type EachBatchPayload,
  Kafka,
  type KafkaConfig,
  type KafkaMessage,
  logLevel,
  Partitioners,
  type Producer,
} from 'kafkajs';

import { CoalescedWrites } from '../coalesced-writes';
import {
  type Consumer,
  encodeValue,
  type InboundHandler,
  type InboundMessage,
  type IntegrationBus,
  type OutboundMessage,
} from '../integration-bus.port';
import { fixKafkajsIdleLoop } from './kafkajs-request-queue';
import { describe, retryUntilDone } from './retry';

/** One partition's next offset to read (the one after the last message whose effect is durable), as Kafka commits it. */
interface PartitionOffset {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

/** How a client proves who it is to the brokers: SASL (the principal), over TLS or not. Plain data: it crosses to the relay thread. */
export interface KafkaSecurity {
  readonly sasl?: {
    readonly mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512';
    readonly username: string;
    readonly password: string;
  };
  /** TLS to the brokers: true trusts the system's CAs; `ca` (PEM) trusts that CA only. */
  readonly ssl?: boolean | { readonly ca: string };
}

/** The kafkajs settings of a `KafkaSecurity`. */
export function kafkajsSecurity(security: KafkaSecurity | undefined): Pick<KafkaConfig, 'sasl' | 'ssl'> {
  const ssl = security?.ssl;
  const sasl = security?.sasl;
  return {
    ...(ssl === undefined || ssl === false ? {} : { ssl: ssl === true ? true : { ca: [ssl.ca] } }),
    ...(sasl === undefined
      ? {}
      : sasl.mechanism === 'plain'
        ? { sasl: { mechanism: 'plain', username: sasl.username, password: sasl.password } }
        : sasl.mechanism === 'scram-sha-256'
          ? { sasl: { mechanism: 'scram-sha-256', username: sasl.username, password: sasl.password } }
          : { sasl: { mechanism: 'scram-sha-512', username: sasl.username, password: sasl.password } }),
  };
}

/** The kinds of topic the cooperative creates: what partners write, what it writes them, and the dead letters. */
export type TopicKind = 'inbound' | 'outbound' | 'deadLetter';

/** `retention.ms` per kind of topic. */
export type TopicRetention = Readonly<Record<TopicKind, number>>;

const DAY_MS = 86_400_000;

/**
 * Inbound: 7 days, Kafka's default, made explicit (the cooperative reads them in seconds; a week covers an outage
 * of ours). Outbound and dead letters: 30 days, so a partner whose consumer was down over a month's end still finds
 * its confirmations, notices and dead letters (docs/integration.md, "Retention").
 */
export const TOPIC_RETENTION: TopicRetention = { inbound: 7 * DAY_MS, outbound: 30 * DAY_MS, deadLetter: 30 * DAY_MS };

/** The kind of a topic (by its name without prefix or partner). */
export function topicKind(topic: string): TopicKind {
  if (topic.endsWith('.dlq')) return 'deadLetter';
  return topicSpec(topic)?.direction === 'inbound' ? 'inbound' : 'outbound';
}

/**
 * The configuration a topic of this kind is created with. `cleanup.policy=delete`, never `compact`: a key's
 * messages are a history (each round of a negotiation, each payment of an order), not a latest value, and
 * compaction would keep only the last of them.
 */
export function topicConfig(kind: TopicKind, retention: TopicRetention = TOPIC_RETENTION): Record<string, string> {
  return { 'cleanup.policy': 'delete', 'retention.ms': String(retention[kind]) };
}

export interface KafkaBusOptions {
  readonly brokers: readonly string[];
  readonly clientId?: string;
  /** How many keys of one fetched batch are handled at once (messages of one key: always in order). */
  readonly keyConcurrency?: number;
  readonly partitionsConsumedConcurrently?: number;
  /** How long a fetch waits for data on an idle partition (kafkajs default 5000 ms); lower it for latency. */
  readonly maxWaitTimeInMs?: number;
  /**
   * How often a consumer commits the offsets of messages whose effects are durable (default 1000 ms; 0: after
   * every fetched batch). Longer: fewer commit requests; a restart reads up to this much again, which the inbox answers.
   */
  readonly commitIntervalMs?: number;
  /** kafkajs' own log level; WARN by default (it is chatty about retriable errors). */
  readonly logLevel?: logLevel;
  /**
   * Put before every topic name on the wire (`staging.` → `staging.buyers.offers.v1`), and taken off
   * again on the way in: several environments (or test runs) share one cluster without seeing each other.
   */
  readonly topicPrefix?: string;
  /**
   * Per-partner topics (docs/integration.md, "Connecting"): each of these partners writes to its own
   * `partners.<id>.in.<topic>` and reads its own `partners.<id>.out.<topic>`, and the broker's ACLs keep them
   * apart. Unset: the shared topics (`buyers.orders.v1`, …), where the broker cannot tell partners apart.
   */
  readonly partnerTopics?: readonly TopicPartner[];
  /** The cooperative's principal (SASL) and TLS. */
  readonly security?: KafkaSecurity;
  /** How long each kind of topic it creates keeps its messages (`retention.ms`); `TOPIC_RETENTION` by default. */
  readonly retention?: TopicRetention;
  /** Passed through to kafkajs (timeouts); after `security`. */
  readonly kafka?: Partial<KafkaConfig>;
}

/**
 * Kafka through kafkajs 2.2.4. Producer: idempotent, acks=all, one request in
 * flight (order per partition survives retries). Consumer: no auto-commit; a
 * fetched batch is handled (in order per key, keys concurrently), and only then
 * is the offset after its last message resolved, and committed with the
 * others at most every `commitIntervalMs` (`CoalescedWrites`), also when the
 * consumer idles, and when it stops. A failing handler is retried with backoff in
 * place; a failing commit restarts the consumer from the last committed
 * offset, so messages may come again (the inbox answers them) but are never
 * skipped.
 */
export class KafkaIntegrationBus implements IntegrationBus {
  private readonly logger = new Logger(KafkaIntegrationBus.name);
  private readonly kafka: Kafka;
  private producer: Promise<Producer> | undefined;
  private readonly consumers = new Set<Consumer>();
  private readonly prefix: string;

  constructor(private readonly options: KafkaBusOptions) {
    fixKafkajsIdleLoop();
    this.prefix = options.topicPrefix ?? '';
    this.kafka = new Kafka({
      clientId: options.clientId ?? 'khai-cooperative',
      brokers: [...options.brokers],
      logLevel: options.logLevel ?? logLevel.WARN,
      ...kafkajsSecurity(options.security),
      ...options.kafka,
    });
  }

  async publish(messages: readonly OutboundMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const producer = await this.connectedProducer();
    const byTopic = new Map<string, { key: string | null; value: Buffer; headers: Record<string, string> }[]>();
    for (const m of messages) {
      const topic = this.outboundWireTopic(m);
      const list = byTopic.get(topic) ?? [];
      list.push({ key: m.key, value: encodeValue(m.value), headers: { ...m.headers } });
      byTopic.set(topic, list);
    }
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({ topic, messages: list })),
    });
  }

  async consume(groupId: string, topics: readonly string[], handler: InboundHandler): Promise<Consumer> {
    const consumer = this.kafka.consumer({
      groupId,
      allowAutoTopicCreation: true,
      maxWaitTimeInMs: this.options.maxWaitTimeInMs ?? 100,
    });
    let running = true;
    const commits = new CoalescedWrites<PartitionOffset>({
      write: (offsets) => consumer.commitOffsets(offsets),
      intervalMs: this.options.commitIntervalMs ?? 1000,
      onTimerError: (error) => this.logger.warn(`offset commit failed: ${describe(error)}`),
    });
    const inflight = new Set<Promise<void>>();
    // Offsets of partitions the group gave another consumer are not committed: its inbox answers what it reads again.
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) =>
      commits.retain((o) => payload.memberAssignment[o.topic]?.includes(o.partition) ?? false),
    );
    const wireTopics = this.inboundWireTopics(topics);
    const handle: Consumer = {
      stop: async () => {
        if (!this.consumers.delete(handle)) return;
        running = false;
        // No new batch starts; the ones under way finish; what they made durable is committed before leaving.
        try {
          consumer.pause(wireTopics.map((topic) => ({ topic })));
        } catch {
          // not running (not started yet, or kafkajs gave up on it): no batch is under way
        }
        await Promise.allSettled([...inflight]);
        commits.stopTimer();
        await commits
          .flush()
          .catch((error: unknown) => this.logger.warn(`last offset commit failed: ${describe(error)}`));
        await consumer.disconnect();
      },
    };
    this.consumers.add(handle);
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: wireTopics, fromBeginning: true });
      await consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
        eachBatch: (payload) => {
          const handled = this.handleBatch(commits, payload, handler, () => running);
          inflight.add(handled);
          return handled.finally(() => inflight.delete(handled));
        },
      });
    } catch (error) {
      this.consumers.delete(handle);
      commits.stopTimer();
      throw error;
    }
    return handle;
  }

  /**
   * Creates the topics that do not exist yet (and their dead-letter topics, when asked); on per-partner topics, each
   * partner's of them; each with the `cleanup.policy` and `retention.ms` of its kind (`topicConfig`).
   */
  async ensureTopics(topics: readonly string[], numPartitions = 3): Promise<void> {
    const admin: Admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const wire = topics.flatMap((t) =>
        (this.options.partnerTopics
          ? topicSpec(t)?.direction === 'inbound'
            ? this.inboundWireTopics([t])
            : this.outboundWireTopicsOf(t)
          : [this.prefix + t]
        ).map((name) => ({ name, kind: topicKind(t) })),
      );
      const missing = wire.filter((t) => !existing.has(t.name));
      if (missing.length > 0) {
        // Existing topics keep what they have: an operator may have set theirs (kafka-configs --alter).
        await admin.createTopics({
          // Waited for below: kafkajs' own wait gives up when the broker does not know a topic it just made yet.
          waitForLeaders: false,
          topics: missing.map(({ name, kind }) => ({
            topic: name,
            numPartitions,
            replicationFactor: -1,
            configEntries: Object.entries(topicConfig(kind, this.options.retention)).map(([k, v]) => ({
              name: k,
              value: v,
            })),
          })),
        });
        await leadersOf(
          admin,
          missing.map((t) => t.name),
        );
      }
    } finally {
      await admin.disconnect();
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((c) => c.stop()));
    const producer = this.producer;
    this.producer = undefined;
    if (producer) await (await producer).disconnect();
  }

  /** Where a message goes: its partner's topic on per-partner topics, else the shared one. */
  private outboundWireTopic(m: OutboundMessage): string {
    return this.prefix + (this.options.partnerTopics && m.partner ? partnerTopic(m.partner, 'out', m.topic) : m.topic);
  }

  /** The topics the cooperative reads a partner topic's messages from: its partners' own, or the shared one. */
  private inboundWireTopics(topics: readonly string[]): string[] {
    const partners = this.options.partnerTopics;
    if (!partners) return topics.map((t) => this.prefix + t);
    return topics.flatMap((t) =>
      partners.filter((p) => topicServes(t, p.kind)).map((p) => this.prefix + partnerTopic(p.id, 'in', t)),
    );
  }

  private outboundWireTopicsOf(topic: string): string[] {
    return (this.options.partnerTopics ?? [])
      .filter((p) => topicServes(topic, p.kind))
      .map((p) => this.prefix + partnerTopic(p.id, 'out', topic));
  }

  /** A message as the consumer hands it over: its topic's name without the prefix, and on a partner's topic, the partner. */
  private inbound(topic: string, partition: number, m: KafkaMessage): InboundMessage {
    const name = topic.slice(this.prefix.length);
    const own = this.options.partnerTopics ? parsePartnerTopic(name) : undefined;
    const message = toInbound(own?.topic ?? name, partition, m);
    return own ? { ...message, partner: own.partnerId } : message;
  }

  private connectedProducer(): Promise<Producer> {
    if (!this.producer) {
      const producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        // Named, not left to kafkajs (which then warns at every start): murmur2 of the key, as the Java client, so a
        // key lands on the same partition whichever client sends it.
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      this.producer = producer.connect().then(
        () => producer,
        (error: unknown) => {
          this.producer = undefined;
          throw error;
        },
      );
    }
    return this.producer;
  }

  private async handleBatch(
    commits: CoalescedWrites<PartitionOffset>,
    payload: EachBatchPayload,
    handler: InboundHandler,
    running: () => boolean,
  ): Promise<void> {
    const { batch } = payload;
    const last = batch.messages[batch.messages.length - 1];
    if (!last) return;
    const stillOurs = () => running() && payload.isRunning() && !payload.isStale();
    const byKey = new Map<string, KafkaMessage[]>();
    for (const m of batch.messages) {
      // Messages without a key have no order to keep with each other; one queue keeps them in offset order anyway.
      const key = m.key === null ? '\u0000' : m.key.toString();
      const list = byKey.get(key) ?? [];
      list.push(m);
      byKey.set(key, list);
    }
    const queues = [...byKey.values()];
    const workers = Math.min(this.options.keyConcurrency ?? 64, queues.length);
    let next = 0;
    await Promise.all(
      Array.from({ length: workers }, async () => {
        for (let q = queues[next++]; q; q = queues[next++]) {
          for (const m of q) {
            const message = this.inbound(batch.topic, batch.partition, m);
            await retryUntilDone(
              () => handler(message),
              stillOurs,
              (error, attempt) =>
                this.logger.warn(
                  `${batch.topic}[${batch.partition}]@${m.offset} failed (attempt ${attempt + 1}): ${describe(error)}`,
                ),
            );
          }
        }
      }),
    );
    // Every message of the batch is durable: only now may the group move past them.
    const offset = (BigInt(last.offset) + 1n).toString();
    commits.set(`${batch.partition}\u0000${batch.topic}`, { topic: batch.topic, partition: batch.partition, offset });
    payload.resolveOffset(last.offset);
    await commits.flushIfDue();
    await payload.heartbeat();
  }
}

function toInbound(topic: string, partition: number, m: KafkaMessage): InboundMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(m.headers ?? {})) {
    if (value === undefined) continue;
    headers[name.toLowerCase()] = (Array.isArray(value) ? value[0] : value)?.toString() ?? '';
  }
  return { topic, partition, offset: m.offset, key: m.key?.toString() ?? null, value: m.value, headers };
}

/**
 * Waits until every partition of the topics has a leader (30 s at most). Right after they are made the broker may
 * still answer that it does not host them (UNKNOWN_TOPIC_OR_PARTITION): asked again until it does.
 */
async function leadersOf(admin: Admin, topics: readonly string[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const { topics: described } = await admin.fetchTopicMetadata({ topics: [...topics] });
      if (described.length === topics.length && described.every((t) => t.partitions.every((p) => p.leader >= 0))) {
        return;
      }
    } catch (error) {
      const type = (error as { type?: unknown }).type;
      if (type !== 'UNKNOWN_TOPIC_OR_PARTITION' && type !== 'LEADER_NOT_AVAILABLE') throw error;
    }
    if (Date.now() > deadline) throw new Error(`topics without a leader after 30 s: ${topics.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
