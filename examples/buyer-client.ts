/**
 * A buyer's side of the Khai Kafka integration, in one file: what a partner's developer
 * writes. It sends a spot order (and, with NEGOTIATION_ID, an offer in that negotiation),
 * then listens to what the cooperative publishes for buyers and to the dead letters of
 * what it sent, deduplicating by the `message-id` header.
 *
 *   KAFKA_BROKERS=127.0.0.1:9092 npx tsx examples/buyer-client.ts
 *
 * The cooperative takes messages only from a buyer it has registered as a BUYER; else they come back as dead
 * letters (buyer_not_registered). Against a local cooperative:
 *
 *   curl -X POST localhost:3000/partners -H 'content-type: application/json' \
 *     -d '{"partnerId":"B-makro-cm","name":"Makro","kind":"BUYER","channel":"MODERN_TRADE","registeredOn":"2020-01-01"}'
 *
 * An offer goes to a negotiation opened with this buyer (else buyer_mismatch). An order naming a negotiation is
 * priced by its agreement: agreed, valid on the order day, each size at the agreed price (else
 * negotiation_not_agreed, outside_agreed_validity, size_not_agreed or contract_price_mismatch); this one is spot.
 *
 * Environment: KAFKA_BROKERS (required), BUYER_ID (default B-makro-cm), NEGOTIATION_ID
 * (optional), KHAI_KAFKA_TOPIC_PREFIX (when the cooperative runs with one), KAFKA_SASL_MECHANISM /
 * KAFKA_SASL_USERNAME / KAFKA_SASL_PASSWORD and KAFKA_SSL (your principal), PARTNER_TOPICS=true (your own topics),
 * EXAMPLE_SECONDS (how long to listen, default 20). Only dependency: kafkajs.
 */
import { randomUUID } from 'node:crypto';

import { Kafka, logLevel, Partitioners } from 'kafkajs';

const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
if (brokers.length === 0) {
  console.error('set KAFKA_BROKERS, e.g. KAFKA_BROKERS=127.0.0.1:9092 (deploy/local/kafka.sh start prints it)');
  process.exit(2);
}
const buyerId = process.env.BUYER_ID ?? 'B-makro-cm';
const prefix = process.env.KHAI_KAFKA_TOPIC_PREFIX ?? '';
/**
 * PARTNER_TOPICS=true: the cooperative runs with per-partner topics (KHAI_KAFKA_PARTNERS), and this buyer writes to
 * its own `partners.<id>.in.<topic>` and reads its own `partners.<id>.out.<topic>` (its ACLs allow nothing else).
 */
const ownTopics = process.env.PARTNER_TOPICS === 'true';
/** A topic's name on the wire: the prefix, and on per-partner topics this buyer's own. */
function wire(topic: string): string {
  const out = topic.startsWith('coop.') || topic.endsWith('.dlq');
  return prefix + (ownTopics ? `partners.${buyerId}.${out ? 'out' : 'in'}.${topic}` : topic);
}
/** The topic a wire name stands for (`coop.orders.v1`). */
const nameOf = (topic: string) => topic.slice(prefix.length).replace(/^partners\.[^.]+\.(in|out)\./, '');
/** On a broker that authenticates: this buyer's principal (KAFKA_SASL_MECHANISM scram-sha-256 or -512, _USERNAME, _PASSWORD). */
const sasl =
  process.env.KAFKA_SASL_USERNAME && process.env.KAFKA_SASL_PASSWORD
    ? {
        sasl: {
          mechanism:
            process.env.KAFKA_SASL_MECHANISM === 'scram-sha-256'
              ? ('scram-sha-256' as const)
              : ('scram-sha-512' as const),
          username: process.env.KAFKA_SASL_USERNAME,
          password: process.env.KAFKA_SASL_PASSWORD,
        },
        ...(process.env.KAFKA_SSL === 'true' ? { ssl: true } : {}),
      }
    : {};
const negotiationId = process.env.NEGOTIATION_ID;
const seconds = Number(process.env.EXAMPLE_SECONDS ?? 20);
const today = new Date().toISOString().slice(0, 10);

const kafka = new Kafka({ clientId: `buyer-${buyerId}`, brokers, logLevel: logLevel.WARN, ...sasl });

/** Every message: a fresh messageId, when, and the schema version. A retry resends the same body (id and occurredAt). */
function envelope(): { messageId: string; occurredAt: string; schemaVersion: 1 } {
  return { messageId: randomUUID(), occurredAt: new Date().toISOString(), schemaVersion: 1 };
}

/**
 * The cooperative creates its topics (with their partitions) when it starts. Check they are there
 * rather than let the broker auto-create them with one partition under a typo'd or unprefixed name.
 */
async function requireTopics(names: readonly string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  const existing = new Set(await admin.listTopics());
  await admin.disconnect();
  const missing = names.map(wire).filter((t) => !existing.has(t));
  if (missing.length > 0) {
    console.error(
      `missing topics ${missing.join(', ')}: is the cooperative running with Kafka (and the same KHAI_KAFKA_TOPIC_PREFIX)?`,
    );
    process.exit(2);
  }
}

async function main(): Promise<void> {
  await requireTopics(['buyers.orders.v1', 'buyers.offers.v1', 'coop.orders.v1', 'buyers.orders.v1.dlq']);
  // Idempotent, one request in flight: retries keep the order per key. The partitioner is the Java client's (murmur2 of
  // the key), named so that kafkajs does not warn about its v2 default.
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();

  const orderId = `SO-${buyerId}-${Date.now()}`;
  const order = {
    ...envelope(),
    buyerId,
    orderId,
    orderedOn: today,
    deliveryOn: today,
    lines: [{ size: 2, trays: 66, satangPerEgg: 365 }],
  };
  // The key is the order id: everything about one order stays in order.
  await send(producer, 'buyers.orders.v1', orderId, order);
  console.log(`sent order ${orderId} (message ${order.messageId})`);

  if (negotiationId) {
    const offer = {
      ...envelope(),
      kind: 'OFFER',
      buyerId,
      negotiationId,
      roundId: `R-${Date.now()}`,
      offeredOn: today,
      prices: [{ size: 2, satangPerEgg: 340 }],
      eggsPerWeek: 36_000,
    };
    await send(producer, 'buyers.offers.v1', negotiationId, offer);
    console.log(`sent offer in ${negotiationId} (message ${offer.messageId})`);
  }
  await producer.disconnect();

  // What the cooperative publishes for buyers, and our own dead letters.
  const consumer = kafka.consumer({ groupId: `${prefix}partners.${buyerId}.example-${randomUUID()}` });
  await consumer.connect();
  const topics = ['coop.offers.v1', 'coop.orders.v1', 'coop.shipments.v1', 'coop.payments.v1', 'coop.notices.v1'];
  const deadLetters = ['buyers.orders.v1.dlq', 'buyers.offers.v1.dlq'];
  await consumer.subscribe({ topics: [...topics, ...deadLetters].map(wire), fromBeginning: true });
  const seen = new Set<string>();
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      const header = (name: string) => message.headers?.[name]?.toString();
      const id = header('message-id') ?? '';
      if (seen.has(id)) return; // at least once: the same message-id twice is the same fact
      seen.add(id);
      const name = nameOf(topic);
      if (name.endsWith('.dlq')) {
        console.log(`DEAD LETTER ${name} ${id}: ${header('dlq-code')} — ${header('dlq-reason')}`);
        return;
      }
      const body = JSON.parse(message.value?.toString() ?? '{}') as Record<string, unknown>;
      if (body.buyerId !== buyerId && body.partnerId !== buyerId) return; // another buyer's
      console.log(`${name} key=${message.key?.toString()} ${JSON.stringify(body)}`);
    },
  });
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  await consumer.disconnect();
}

async function send(
  producer: ReturnType<Kafka['producer']>,
  topic: string,
  key: string,
  body: { messageId: string } & Record<string, unknown>,
): Promise<void> {
  await producer.send({
    topic: wire(topic),
    acks: -1,
    messages: [{ key, value: JSON.stringify(body), headers: { 'message-id': body.messageId } }],
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
