/**
 * A feed supplier's side of the Khai Kafka integration, in one file. It listens for the
 * cooperative's feed purchase orders (`coop.feed-orders.v1`) addressed to it and answers
 * each with a delivery note; with NEGOTIATION_ID it also sends a quote, and with
 * INVOICE_DELIVERY_ID (+ CONTRACT_ID, PRICE, KG) an invoice. Dead letters of what it sent
 * are printed with their reason. Deduplicates by the `message-id` header.
 *
 *   KAFKA_BROKERS=127.0.0.1:9092 npx tsx examples/supplier-client.ts
 *
 * The cooperative takes messages only from a supplier it has registered as a FEED_SUPPLIER; else they come back as
 * dead letters (feed_supplier_not_registered). Against a local cooperative:
 *
 *   curl -X POST localhost:3000/partners -H 'content-type: application/json' \
 *     -d '{"partnerId":"SUP-CPF","name":"CP Feed","kind":"FEED_SUPPLIER","registeredOn":"2020-01-01"}'
 *
 * An invoice lists a delivery recorded on its contract (INVOICE_DELIVERY_ID of CONTRACT_ID) at the contract's price
 * (PRICE): else delivery_not_of_contract or contract_price_mismatch.
 *
 * Environment: KAFKA_BROKERS (required), SUPPLIER_ID (default SUP-CPF), NEGOTIATION_ID,
 * CONTRACT_ID, INVOICE_DELIVERY_ID, PRICE (satang/kg, default 1450), KG (default 2000),
 * KHAI_KAFKA_TOPIC_PREFIX, KAFKA_SASL_MECHANISM / KAFKA_SASL_USERNAME / KAFKA_SASL_PASSWORD and KAFKA_SSL (your
 * principal), PARTNER_TOPICS=true (your own topics), EXAMPLE_SECONDS (default 20). Only dependency: kafkajs.
 */
import { randomUUID } from 'node:crypto';

import { Kafka, logLevel, Partitioners, type Producer } from 'kafkajs';

const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
if (brokers.length === 0) {
  console.error('set KAFKA_BROKERS, e.g. KAFKA_BROKERS=127.0.0.1:9092 (deploy/local/kafka.sh start prints it)');
  process.exit(2);
}
const supplierId = process.env.SUPPLIER_ID ?? 'SUP-CPF';
const prefix = process.env.KHAI_KAFKA_TOPIC_PREFIX ?? '';
/**
 * PARTNER_TOPICS=true: the cooperative runs with per-partner topics (KHAI_KAFKA_PARTNERS), and this supplier writes to
 * its own `partners.<id>.in.<topic>` and reads its own `partners.<id>.out.<topic>` (its ACLs allow nothing else).
 */
const ownTopics = process.env.PARTNER_TOPICS === 'true';
/** A topic's name on the wire: the prefix, and on per-partner topics this supplier's own. */
function wire(topic: string): string {
  const out = topic.startsWith('coop.') || topic.endsWith('.dlq');
  return prefix + (ownTopics ? `partners.${supplierId}.${out ? 'out' : 'in'}.${topic}` : topic);
}
/** The topic a wire name stands for (`coop.orders.v1`). */
const nameOf = (topic: string) => topic.slice(prefix.length).replace(/^partners\.[^.]+\.(in|out)\./, '');
/** On a broker that authenticates: this supplier's principal (KAFKA_SASL_MECHANISM scram-sha-256 or -512, _USERNAME, _PASSWORD). */
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
const seconds = Number(process.env.EXAMPLE_SECONDS ?? 20);
const price = Number(process.env.PRICE ?? 1450);
const kg = Number(process.env.KG ?? 2000);
const today = new Date().toISOString().slice(0, 10);

const kafka = new Kafka({ clientId: `supplier-${supplierId}`, brokers, logLevel: logLevel.WARN, ...sasl });

function envelope(): { messageId: string; occurredAt: string; schemaVersion: 1 } {
  return { messageId: randomUUID(), occurredAt: new Date().toISOString(), schemaVersion: 1 };
}

async function send(
  producer: Producer,
  topic: string,
  key: string,
  body: { messageId: string } & Record<string, unknown>,
): Promise<void> {
  await producer.send({
    topic: wire(topic),
    acks: -1,
    messages: [{ key, value: JSON.stringify(body), headers: { 'message-id': body.messageId } }],
  });
  console.log(`sent ${topic} key=${key} (message ${body.messageId})`);
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
  await requireTopics(['suppliers.quotes.v1', 'coop.feed-orders.v1', 'suppliers.quotes.v1.dlq']);
  // Idempotent, one request in flight: retries keep the order per key. The partitioner is the Java client's (murmur2 of
  // the key), named so that kafkajs does not warn about its v2 default.
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();

  const negotiationId = process.env.NEGOTIATION_ID;
  if (negotiationId) {
    await send(producer, 'suppliers.quotes.v1', negotiationId, {
      ...envelope(),
      supplierId,
      negotiationId,
      quoteId: `Q-${Date.now()}`,
      pricePerKgSatang: price,
      volumeKg: 100_000,
      quotedOn: today,
    });
  }
  const contractId = process.env.CONTRACT_ID;
  const deliveryId = process.env.INVOICE_DELIVERY_ID;
  if (contractId && deliveryId) {
    const invoiceId = `INV-${Date.now()}`;
    const amount = kg * price;
    const vat = Math.round(amount * 0.07);
    await send(producer, 'suppliers.invoices.v1', invoiceId, {
      ...envelope(),
      supplierId,
      invoiceId,
      contractId,
      contractPricePerKgSatang: price,
      deliveryIds: [deliveryId],
      invoicedOn: today,
      dueOn: today,
      lines: [{ deliveryId, kg, pricePerKgSatang: price, amountSatang: amount }],
      vatSatang: vat,
      totalSatang: amount + vat,
    });
  }

  const consumer = kafka.consumer({ groupId: `${prefix}partners.${supplierId}.example` });
  await consumer.connect();
  const deadLetters = ['suppliers.quotes.v1.dlq', 'suppliers.delivery-notes.v1.dlq', 'suppliers.invoices.v1.dlq'];
  await consumer.subscribe({
    topics: ['coop.feed-orders.v1', 'coop.payments.v1', ...deadLetters].map(wire),
    fromBeginning: true,
  });
  const seen = new Set<string>();
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      const header = (name: string) => message.headers?.[name]?.toString();
      const id = header('message-id') ?? '';
      if (seen.has(id)) return;
      seen.add(id);
      const name = nameOf(topic);
      if (name.endsWith('.dlq')) {
        console.log(`DEAD LETTER ${name} ${id}: ${header('dlq-code')} — ${header('dlq-reason')}`);
        return;
      }
      const body = JSON.parse(message.value?.toString() ?? '{}') as Record<string, unknown>;
      if (body.supplierId !== supplierId && body.partnerId !== supplierId) return;
      console.log(`${name} key=${message.key?.toString()} ${JSON.stringify(body)}`);
      if (name === 'coop.feed-orders.v1') {
        // Deliver the order: the delivery note is keyed by contract, like the order.
        await send(producer, 'suppliers.delivery-notes.v1', String(body.contractId), {
          ...envelope(),
          supplierId,
          contractId: body.contractId,
          // Derived from the order's message id: a redelivered order gives the same delivery id.
          deliveryId: `D-${id.slice(0, 8)}`,
          orderId: body.orderId,
          farmId: body.farmId,
          memberId: body.memberId,
          feedType: body.feedType,
          kg: body.kg,
          deliveredOn: today,
        });
      }
    },
  });
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  await consumer.disconnect();
  await producer.disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
