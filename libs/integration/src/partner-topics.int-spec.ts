import { randomUUID } from 'node:crypto';

import { partnerTopic, TOPICS } from '@khai/contracts';
import {
  AccessGuard,
  AUTHENTICATOR,
  EventStoreModule,
  InMemoryCheckpointStore,
  InMemoryEventStore,
  khaiValidationPipe,
  ProblemDetailsFilter,
} from '@khai/event-sourcing';
import { FeedModule } from '@khai/feed';
import { SalesModule } from '@khai/sales';
import {
  CLUSTER_REGISTRY,
  kafkajsSasl,
  type KafkaTestPrincipal,
  type KafkaTestServer,
  kafkaTestServer,
  registerCluster,
  TestIdentities,
} from '@khai/testing';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  Kafka,
  type Kafka as KafkaClient,
  logLevel,
  ResourcePatternTypes,
} from 'kafkajs';

import { KafkaIntegrationBus } from './adapters/kafka.integration-bus';
import { fixKafkajsIdleLoop } from './adapters/kafkajs-request-queue';
import { IntegrationModule } from './integration.module';
import { buyerOrder, supplierQuote } from './testing/partner-messages';

const asManager = () => identities.headersOf('manager');

/**
 * Per-partner topics on a broker that authenticates (SASL/SCRAM) and authorizes (ACLs), as deploy/local/kafka.sh
 * runs it: each partner's principal may write only its own `partners.<id>.in.*` topics and read only its own
 * `partners.<id>.out.*` ones, so the cooperative takes the sender from the topic; a message naming another partner
 * than its topic's is dead-lettered `sender_mismatch`.
 */
const server = kafkaTestServer();

const identities = new TestIdentities();
@Global()
@Module({
  providers: [
    { provide: AUTHENTICATOR, useValue: identities },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AUTHENTICATOR],
})
class TestAccessModule {}

interface Record_ {
  readonly topic: string;
  readonly key: string | null;
  readonly value: string;
  readonly headers: Record<string, string>;
}

function suite(broker: KafkaTestServer & { admin: KafkaTestPrincipal }): void {
  const run = `khai-acl-${Date.now().toString(36)}-${randomUUID().slice(0, 6)}`;
  const prefix = `${run}.`;
  const tag = randomUUID().slice(0, 6);
  // Partner ids of this run: ACLs granted on them do not reach another run's topics.
  const buyerA = `B-a-${tag}`;
  const buyerB = `B-b-${tag}`;
  const supplier = `SUP-${tag}`;
  const [principalA, principalB, principalS] = broker.partners;
  const orders = TOPICS.buyerOrders.name;
  fixKafkajsIdleLoop();
  const client = (clientId: string, principal: KafkaTestPrincipal): KafkaClient =>
    new Kafka({
      clientId,
      brokers: [...broker.brokers],
      logLevel: logLevel.NOTHING,
      // A refusal is final: no retries that would only wait for the same answer.
      retry: { retries: 0 },
      ...kafkajsSasl(principal),
    });
  const admin = client(`${run}-admin`, broker.admin);
  const asA = client(`${run}-buyer-a`, principalA as KafkaTestPrincipal);
  const topicOf = (partner: string, direction: 'in' | 'out', topic: string) =>
    prefix + partnerTopic(partner, direction, topic);
  let app: NestFastifyApplication;

  /** The ACLs of docs/integration.md for a partner's principal: write its `in`, read its `out`, its groups. */
  async function grant(principal: KafkaTestPrincipal, partner: string): Promise<void> {
    const a = admin.admin();
    await a.connect();
    const entry = {
      principal: `User:${principal.username}`,
      host: '*',
      permissionType: AclPermissionTypes.ALLOW,
      resourcePatternType: ResourcePatternTypes.PREFIXED,
    };
    try {
      await a.createAcls({
        acl: [
          ...[AclOperationTypes.WRITE, AclOperationTypes.DESCRIBE].map((operation) => ({
            ...entry,
            operation,
            resourceType: AclResourceTypes.TOPIC,
            resourceName: topicOf(partner, 'in', ''),
          })),
          ...[AclOperationTypes.READ, AclOperationTypes.DESCRIBE].map((operation) => ({
            ...entry,
            operation,
            resourceType: AclResourceTypes.TOPIC,
            resourceName: topicOf(partner, 'out', ''),
          })),
          {
            ...entry,
            operation: AclOperationTypes.READ,
            resourceType: AclResourceTypes.GROUP,
            resourceName: `${prefix}partners.${partner}.`,
          },
        ],
      });
      // The controller has them once createAcls answers; the broker authorizes from its copy of the metadata, a
      // moment later: wait until the broker describes all five (else the first request may still be refused).
      const deadline = Date.now() + 10_000;
      for (;;) {
        const { resources } = await a.describeAcls({
          principal: `User:${principal.username}`,
          resourceType: AclResourceTypes.ANY,
          resourcePatternType: ResourcePatternTypes.ANY,
          operation: AclOperationTypes.ANY,
          permissionType: AclPermissionTypes.ANY,
        });
        const mine = resources.filter((r) => r.resourceName.startsWith(`${prefix}partners.${partner}.`));
        if (mine.reduce((n, r) => n + r.acls.length, 0) >= 5) break;
        if (Date.now() > deadline) throw new Error(`the ACLs of ${principal.username} did not show on the broker`);
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await a.disconnect();
    }
  }

  async function send(as: KafkaClient, topic: string, body: Record<string, unknown>, key: string): Promise<void> {
    // Idempotent, as a partner should: kafkajs then needs retries (an authorization error is not retried).
    const producer = as.producer({ idempotent: true, maxInFlightRequests: 1, retry: { retries: 2 } });
    await producer.connect();
    try {
      await producer.send({
        topic,
        acks: -1,
        messages: [{ key, value: JSON.stringify(body), headers: { 'message-id': String(body.messageId) } }],
      });
    } finally {
      await producer.disconnect();
    }
  }

  /** Reads a topic from the start as a principal, in a group of its own, until `done` or the time is up. */
  async function read(
    as: KafkaClient,
    group: string,
    topic: string,
    done: (records: readonly Record_[]) => boolean,
    timeoutMs = 30_000,
  ): Promise<Record_[]> {
    const records: Record_[] = [];
    const consumer = as.consumer({ groupId: group, maxWaitTimeInMs: 100, retry: { retries: 0 } });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ topic: from, message }) => {
          records.push({
            topic: from,
            key: message.key?.toString() ?? null,
            value: message.value?.toString() ?? '',
            headers: Object.fromEntries(
              Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(Array.isArray(v) ? v[0] : v)]),
            ),
          });
        },
      });
      const deadline = Date.now() + timeoutMs;
      while (!done(records)) {
        if (Date.now() > deadline) throw new Error(`timed out reading ${topic} (${records.length} records)`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return records;
    } finally {
      await consumer.disconnect();
    }
  }

  /**
   * `refused` when the broker refused the request as not authorized (kafkajs says so as the error's type, or, when
   * the metadata request is refused, in its message), else what went wrong, or `allowed`.
   */
  async function refusal(attempt: () => Promise<unknown>): Promise<string> {
    try {
      await attempt();
    } catch (error) {
      const type = (error as { type?: unknown }).type;
      const said = `${typeof type === 'string' ? type : ''} ${error instanceof Error ? error.message : String(error)}`;
      return /AUTHORIZATION_FAILED|Not authorized/.test(said) ? 'refused' : said;
    }
    return 'allowed';
  }

  beforeAll(async () => {
    await grant(principalA as KafkaTestPrincipal, buyerA);
    await grant(principalB as KafkaTestPrincipal, buyerB);
    await grant(principalS as KafkaTestPrincipal, supplier);
    const bus = new KafkaIntegrationBus({
      brokers: broker.brokers,
      clientId: `${run}-coop`,
      topicPrefix: prefix,
      security: { sasl: broker.admin },
      partnerTopics: [
        { id: buyerA, kind: 'buyer' },
        { id: buyerB, kind: 'buyer' },
        { id: supplier, kind: 'supplier' },
      ],
      logLevel: logLevel.NOTHING,
    });
    const moduleRef = await Test.createTestingModule({
      imports: [
        CqrsModule.forRoot(),
        EventStoreModule.forRoot(new InMemoryEventStore(), new InMemoryCheckpointStore()),
        TestAccessModule,
        SalesModule,
        FeedModule,
        CLUSTER_REGISTRY,
        IntegrationModule.forRoot({ bus, groupId: `${run}-coop`, partitions: 1 }),
      ],
    }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: ['error'] });
    app.useGlobalPipes(khaiValidationPipe());
    app.useGlobalFilters(new ProblemDetailsFilter());
    await app.init();
    await registerCluster(app, {
      partners: [
        { partnerId: buyerA, kind: 'BUYER' },
        { partnerId: buyerB, kind: 'BUYER' },
        { partnerId: supplier, kind: 'FEED_SUPPLIER' },
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    const a = admin.admin();
    await a.connect();
    try {
      const mine = (await a.listTopics()).filter((t) => t.startsWith(prefix));
      if (mine.length > 0) await a.deleteTopics({ topics: mine });
      // The run's ACLs, as granted: the pattern exactly (a MATCH filter on a shorter name would miss the longer prefixes).
      await a.deleteAcls({
        filters: [buyerA, buyerB, supplier].flatMap((partner) =>
          [
            { resourceType: AclResourceTypes.TOPIC, resourceName: topicOf(partner, 'in', '') },
            { resourceType: AclResourceTypes.TOPIC, resourceName: topicOf(partner, 'out', '') },
            { resourceType: AclResourceTypes.GROUP, resourceName: `${prefix}partners.${partner}.` },
          ].map((resource) => ({
            ...resource,
            resourcePatternType: ResourcePatternTypes.PREFIXED,
            operation: AclOperationTypes.ANY,
            permissionType: AclPermissionTypes.ANY,
          })),
        ),
      });
    } finally {
      await a.disconnect();
    }
  }, 60_000);

  it("a buyer's order on its own topic is confirmed on its own topic", async () => {
    const order = buyerOrder(`SO-A-${tag}`, { buyerId: buyerA });
    await send(asA, topicOf(buyerA, 'in', orders), order, order.orderId);
    const confirmations = await read(
      asA,
      `${prefix}partners.${buyerA}.orders`,
      topicOf(buyerA, 'out', TOPICS.coopOrders.name),
      (r) => r.some((m) => m.key === order.orderId),
    );
    const confirmation = JSON.parse(confirmations.find((m) => m.key === order.orderId)?.value ?? '{}') as Record<
      string,
      unknown
    >;
    expect(confirmation).toMatchObject({ orderId: order.orderId, buyerId: buyerA, kind: 'CONFIRMED' });
  }, 60_000);

  it("buyer A cannot read buyer B's confirmations: the broker refuses (authorization)", async () => {
    const asB = client(`${run}-buyer-b`, principalB as KafkaTestPrincipal);
    const order = buyerOrder(`SO-B-${tag}`, { buyerId: buyerB });
    await send(asB, topicOf(buyerB, 'in', orders), order, order.orderId);
    const bTopic = topicOf(buyerB, 'out', TOPICS.coopOrders.name);
    // B reads its own confirmation: the topic is there and holds it.
    await read(asB, `${prefix}partners.${buyerB}.orders`, bTopic, (r) => r.some((m) => m.key === order.orderId));
    // A, in a group A may use, on B's topic: refused.
    expect(await refusal(() => read(asA, `${prefix}partners.${buyerA}.spy`, bTopic, (r) => r.length > 0, 10_000))).toBe(
      'refused',
    );
    // Nor in a group of B's.
    expect(
      await refusal(() => read(asA, `${prefix}partners.${buyerB}.orders`, bTopic, (r) => r.length > 0, 10_000)),
    ).toBe('refused');
  }, 90_000);

  it('buyer A cannot write as a supplier, as buyer B, or to the shared topics', async () => {
    const quote = supplierQuote(`FN-${tag}`, `Q-${tag}`, { supplierId: supplier });
    const targets = [
      topicOf(supplier, 'in', TOPICS.supplierQuotes.name),
      topicOf(buyerB, 'in', orders),
      prefix + orders,
      // Its own `out` topics are the cooperative's to write: a partner cannot forge its confirmations.
      topicOf(buyerA, 'out', TOPICS.coopOrders.name),
    ];
    const answers = [];
    for (const topic of targets) answers.push(await refusal(() => send(asA, topic, quote, quote.negotiationId)));
    expect(answers).toEqual(targets.map(() => 'refused'));
  }, 60_000);

  it("an order that names buyer B on buyer A's topic is dead-lettered sender_mismatch to A, and not applied", async () => {
    const forged = buyerOrder(`SO-F-${tag}`, { buyerId: buyerB });
    await send(asA, topicOf(buyerA, 'in', orders), forged, forged.orderId);
    const dead = await read(asA, `${prefix}partners.${buyerA}.dlq`, topicOf(buyerA, 'out', `${orders}.dlq`), (r) =>
      r.some((m) => m.key === forged.orderId),
    );
    const letter = dead.find((m) => m.key === forged.orderId);
    expect(letter?.headers['dlq-code']).toBe('sender_mismatch');
    expect(letter?.headers['dlq-reason']).toContain(`buyerId "${buyerB}" is not the partner whose topic it came on`);
    expect(letter?.headers['dlq-original-topic']).toBe(orders);
    expect(JSON.parse(letter?.value ?? '{}')).toEqual(forged);
    // Nothing reached B: B's confirmations hold only B's own order (the earlier test's), never the forged one.
    const asB = client(`${run}-buyer-b-check`, principalB as KafkaTestPrincipal);
    const bOrders = await read(
      asB,
      `${prefix}partners.${buyerB}.check`,
      topicOf(buyerB, 'out', TOPICS.coopOrders.name),
      (r) => r.length >= 1,
    );
    // The dead letter came after the forged order was decided: anything for it on B's topic would be there by now.
    expect(bOrders.map((m) => m.key)).not.toContain(forged.orderId);
  }, 90_000);

  it('a supplier hears on its own notices topic that its quote was taken, and why another was not', async () => {
    const asS = client(`${run}-supplier`, principalS as KafkaTestPrincipal);
    const negotiationId = `FN-${tag}`;
    const opened = await app.inject({
      method: 'POST',
      url: '/feed-negotiations',
      payload: {
        negotiationId,
        feedType: 'LAYER_COMPLETE',
        volumeKg: 100_000,
        periodFrom: '2026-11-01',
        periodTo: '2027-01-31',
        openedOn: '2026-10-01',
        marketPricePerKgSatang: 1600,
      },
      headers: asManager(),
    });
    expect(opened.statusCode).toBe(201);
    const quotes = topicOf(supplier, 'in', TOPICS.supplierQuotes.name);
    const taken = supplierQuote(negotiationId, `Q-1-${tag}`, { supplierId: supplier });
    // Valid until before it was quoted: refused at once (invalid_quote_validity), no wait.
    const refused = supplierQuote(negotiationId, `Q-2-${tag}`, { supplierId: supplier, validUntil: '2026-10-01' });
    await send(asS, quotes, taken, negotiationId);
    await send(asS, quotes, refused, negotiationId);
    const notices = await read(
      asS,
      `${prefix}partners.${supplier}.notices`,
      topicOf(supplier, 'out', TOPICS.coopNotices.name),
      (r) => r.length >= 2,
    );
    const said = notices.map((m) => ({
      key: m.key,
      type: m.headers['message-type'],
      ...(JSON.parse(m.value) as Record<string, unknown>),
    }));
    expect(said).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          key: negotiationId,
          type: 'CoopNoticeMessage',
          kind: 'ACCEPTED',
          subject: 'QUOTE',
          supplierId: supplier,
          inReplyTo: taken.messageId,
          quoteId: taken.quoteId,
        }),
        expect.objectContaining({
          key: negotiationId,
          kind: 'REJECTED',
          subject: 'QUOTE',
          supplierId: supplier,
          inReplyTo: refused.messageId,
          quoteId: refused.quoteId,
          code: 'invalid_quote_validity',
        }),
      ]),
    );
    expect(said).toHaveLength(2);
  }, 90_000);
}

if (server?.admin && server.partners.length >= 3) {
  const broker = { ...server, admin: server.admin };
  describe('per-partner topics on a broker with SASL/SCRAM and ACLs (real broker)', () => suite(broker));
} else {
  const reason = !server
    ? 'KAFKA_BROKERS is not set (start one with deploy/local/kafka.sh start)'
    : 'the broker takes no SASL credentials, or no partner principals (KAFKA_SASL_*, KAFKA_PARTNER_USERS): ' +
      'deploy/local/kafka.sh start prints them';
  console.warn(`SKIPPED per-partner topic tests: ${reason}`);
  describe.skip(`per-partner topics — skipped: ${reason}`, () => {
    it('needs a broker with SASL/SCRAM and ACLs', () => undefined);
  });
}
