import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { partnerTopic, TOPICS } from '@khai/contracts';
import {
  citizenIdOf,
  cooperativeKafkaEnv,
  javaClientProperties,
  type KafkaTestServer,
  kafkaTestServer,
} from '@khai/testing';

import { AsyncApiDocument } from '../asyncapi-document';
import {
  acls,
  type ConsoleClient,
  consoleToolsMissing,
  consume,
  type ConsumedRecord,
  deleteTopics,
  produce,
  type ProducedRecord,
} from './console-tools';
import { CooperativeProcess } from './cooperative-process';

/**
 * A buyer's developer with nothing but docs/integration.md, docs/asyncapi.yaml and the Kafka console tools (the
 * Java client, not the cooperative's kafkajs): what it sends, what comes back, checked against the documents.
 * The cooperative is the built platform in a process of its own on a topic prefix of this run.
 */
const server = kafkaTestServer();
// Long enough for the next console producer (a JVM start and a SASL handshake, seconds on a loaded machine) to bring
// the order its payment waits for.
const WAIT_SECONDS = 8;
const guide = readFileSync(join(__dirname, '..', '..', 'docs', 'integration.md'), 'utf8');
const doc = new AsyncApiDocument();

/** A day in Asia/Bangkok, `days` from today: the business day every day field is checked against. */
const day = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date(Date.now() + days * 86_400_000));
const today = day(0);

interface Body extends Record<string, unknown> {
  readonly messageId: string;
}

/** A message built from the document's example for its class, with the fields that make it this one. */
function fromExample(message: string, fields: Record<string, unknown>): Body {
  const [example] = doc.examples(message);
  return {
    ...(example?.payload as object),
    messageId: randomUUID(),
    occurredAt: new Date().toISOString(),
    ...fields,
  };
}

/** As a partner sends it: keyed by the topic's key field, the `message-id` header, the body as one line. */
const record = (topic: string, body: Body, over: Partial<ProducedRecord> = {}): ProducedRecord => ({
  headers: { 'message-id': body.messageId },
  key: String(AsyncApiDocument.keyOf(topic, body)),
  value: JSON.stringify(body),
  ...over,
});

/** A `--command-config` file in `dir` for a principal (none: no file, the broker takes anyone). */
function clientConfig(
  dir: string,
  name: string,
  principal: Parameters<typeof javaClientProperties>[0],
): { commandConfig?: string } {
  if (!principal) return {};
  const file = join(dir, `${name}.properties`);
  writeFileSync(file, javaClientProperties(principal), { mode: 0o600 });
  return { commandConfig: file };
}

function suite(broker: KafkaTestServer): void {
  const run = `partner-${Date.now().toString(36)}-${randomUUID().slice(0, 6)}`;
  const prefix = `${run}.`;
  const dataDir = mkdtempSync(join(tmpdir(), 'khai-partner-'));
  const configDir = mkdtempSync(join(tmpdir(), 'khai-partner-clients-'));
  let coop: CooperativeProcess;
  const brokers = broker.brokers.join(',');
  // On a broker that authenticates, the console tools sign in with a properties file, as a partner's would: the
  // cooperative's operator as the super user, the buyer as a principal of its own on topics of its own, allowed
  // only what docs/integration.md ("Your own topics") grants. Without SASL, everyone on the shared topics.
  const admin: ConsoleClient = { brokers, ...clientConfig(configDir, 'admin', broker.admin) };
  const principal = broker.admin ? broker.partners[0] : undefined;
  const own = principal !== undefined;
  const buyer: ConsoleClient = own ? { brokers, ...clientConfig(configDir, 'buyer', principal) } : admin;
  const me = 'B-makro-cm';
  const mine = (direction: 'in' | 'out') => `${prefix}partners.${me}.${direction}.`;
  // The ACLs of the guide, as kafka-acls arguments (with --add, and with --remove --force at the end).
  const user = `User:${principal?.username ?? ''}`;
  const grantsOf = (who: string, partnerId: string) =>
    [
      [
        '--allow-principal',
        who,
        '--operation',
        'Write',
        '--operation',
        'Describe',
        '--topic',
        `${prefix}partners.${partnerId}.in.`,
      ],
      [
        '--allow-principal',
        who,
        '--operation',
        'Read',
        '--operation',
        'Describe',
        '--topic',
        `${prefix}partners.${partnerId}.out.`,
      ],
      ['--allow-principal', who, '--operation', 'Read', '--group', `${prefix}partners.${partnerId}.`],
    ].map((args) => [...args, '--resource-pattern-type', 'prefixed']);
  // A feed supplier too, as another principal on topics of its own.
  const sup = 'SUP-CPF';
  const supplierPrincipal = broker.admin ? broker.partners[1] : undefined;
  const supplier: ConsoleClient =
    own && supplierPrincipal ? { brokers, ...clientConfig(configDir, 'supplier', supplierPrincipal) } : admin;
  const grantArgs = [
    ...grantsOf(user, me),
    ...(own && supplierPrincipal ? grantsOf(`User:${supplierPrincipal.username}`, sup) : []),
  ];

  const offers = TOPICS.buyerOffers.name;
  const orders = TOPICS.buyerOrders.name;
  const payments = TOPICS.buyerPayments.name;
  const send = (topic: string, records: readonly ProducedRecord[]) =>
    produce(buyer, prefix + (own ? partnerTopic(me, 'in', topic) : topic), records);

  beforeAll(async () => {
    if (own) for (const args of grantArgs) await acls(admin, ['--add', ...args]);
    coop = await CooperativeProcess.start(dataDir, {
      KHAI_INTEGRATION_BUS: 'kafka',
      ...cooperativeKafkaEnv(broker),
      ...(own ? { KHAI_KAFKA_PARTNERS: `buyer:${me},buyer:B-tops-cm,supplier:${sup}` } : {}),
      KHAI_KAFKA_TOPIC_PREFIX: prefix,
      KHAI_KAFKA_GROUP_ID: run,
      KHAI_KAFKA_WAIT_SECONDS: String(WAIT_SECONDS),
    });
    for (const [partnerId, name] of [
      ['B-makro-cm', 'Makro Chiang Mai'],
      ['B-tops-cm', 'Tops Chiang Mai'],
    ]) {
      await coop.call('POST', '/partners', {
        partnerId,
        name,
        kind: 'BUYER',
        channel: 'MODERN_TRADE',
        registeredOn: today,
      });
    }
    await openNegotiation('N-1');
  }, 120_000);

  afterAll(async () => {
    await coop?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    // The run's topics go, so that runs do not pile partitions up on a local broker; and the buyer's ACLs.
    await deleteTopics(admin, `${prefix.replace(/[.]/g, '\\.')}.*`);
    if (own) for (const args of grantArgs) await acls(admin, ['--remove', '--force', ...args]);
    rmSync(configDir, { recursive: true, force: true });
  }, 60_000);

  function openNegotiation(negotiationId: string): Promise<unknown> {
    return coop.call('POST', '/price-negotiations', {
      negotiationId,
      buyerId: 'B-makro-cm',
      openedOn: today,
      asking: [
        { size: 1, satangPerEgg: 400 },
        { size: 2, satangPerEgg: 380 },
      ],
    });
  }

  interface Status {
    inbound: Record<string, number> & { waiting: { messages: number } };
    outbound: { lag: number };
  }
  /** Waits until the cooperative has handled what was sent (GET /integration) and published what followed. */
  async function handled(expected: Partial<Record<string, number>>): Promise<void> {
    let last: Status | undefined;
    const done = async () => {
      last = (await coop.call('GET', '/integration')) as Status;
      const counted = Object.entries(expected).every(([name, n]) => last?.inbound[name] === n);
      return counted && last.inbound.waiting.messages === 0 && last.outbound.lag === 0;
    };
    await coop.until('the messages handled', done).catch((error: Error) => {
      throw new Error(`expected ${JSON.stringify(expected)}, have ${JSON.stringify(last)}\n${error.message}`);
    });
  }

  const r1 = fromExample('BuyerOfferMessage', { negotiationId: 'N-1', roundId: 'R1', offeredOn: today });
  const toNowhere = fromExample('BuyerOfferMessage', { negotiationId: 'N-later', roundId: 'R1', offeredOn: today });
  /** A spot order (no negotiationId: priced as sent). */
  const spot = (orderId: string, over: Record<string, unknown> = {}) => {
    const body = fromExample('BuyerOrderMessage', {
      orderId,
      orderedOn: today,
      deliveryOn: today,
      lines: [{ size: 2, trays: 10, satangPerEgg: 350 }],
      ...over,
    });
    delete (body as Record<string, unknown>).negotiationId;
    return body;
  };
  const order = spot('SO-1');
  const payment = fromExample('BuyerPaymentMessage', {
    orderId: 'SO-1',
    paymentId: 'P-1',
    paidOn: today,
    amountSatang: 100_000,
  });
  let published: ConsumedRecord[] = [];

  it('sends a payment before its order, its offers and orders with mistakes, then sends two again as the same bytes', async () => {
    // The payment first: it waits for its order (KHAI_KAFKA_WAIT_SECONDS), which comes on another topic.
    await send(payments, [record(payments, payment)]);
    const noHeader = spot('SO-5');
    const otherHeader = spot('SO-6');
    await send(orders, [
      record(orders, order),
      record(orders, spot('SO-2'), { key: 'SO-x' }),
      record(orders, spot('SO-3', { occurredAt: today })),
      { headers: { 'message-id': 'm-not-json' }, key: 'SO-4', value: '{"orderId":' },
      record(orders, noHeader, { headers: { 'x-partner-ref': 'po-5' } }),
      record(orders, otherHeader, { headers: { 'message-id': 'another-id' } }),
      record(orders, spot('SO-7', { buyerId: 'B-ghost' })),
    ]);
    await send(offers, [
      record(offers, r1),
      record(offers, { ...r1, roundId: 'R9' }),
      record(
        offers,
        fromExample('BuyerOfferMessage', { buyerId: 'B-tops-cm', negotiationId: 'N-1', offeredOn: today }),
      ),
      record(offers, toNowhere),
    ]);
    await handled({ applied: 3, deadLettered: 9 });

    // Sent again as the same bytes: the applied offer is acknowledged without effect, the dead-lettered one
    // (its negotiation opened since) is applied.
    await openNegotiation('N-later');
    await send(offers, [record(offers, r1), record(offers, toNowhere)]);
    await handled({ applied: 4, deadLettered: 9, duplicates: 1, retried: 1 });

    // The buyer's own `out` topics (in a group of its own), or every shared outbound and dead-letter topic.
    published = own
      ? await consume(buyer, `^${mine('out').replace(/[.]/g, '\\.')}.+$`, { group: `${prefix}partners.${me}.suite` })
      : await consume(admin, `^${prefix.replace(/[.]/g, '\\.')}(coop\\..+|.+\\.dlq)$`);
  }, 180_000);

  /** What came back on a topic, by what kafka-console-consumer printed (the topic told by the headers). */
  const on = (topic: string) =>
    unique(published)
      .filter((r) => topicOf(r) === topic)
      .map((r) => ({ ...r, body: JSON.parse(r.value) as Body }));
  const letters = (topic: string) => unique(published).filter((r) => r.headers['dlq-original-topic'] === topic);

  it('gets every message the cooperative publishes as docs/asyncapi.yaml describes it: body, headers and key', () => {
    const outbound = unique(published).filter((r) => r.headers['dlq-code'] === undefined);
    // Shared topics also carry the REJECTED notice of the offer naming B-tops-cm (to B-tops-cm); on its own
    // topics that offer is a sender_mismatch, and no notice goes to anyone.
    expect(outbound.length).toBeGreaterThanOrEqual(own ? 7 : 8);
    for (const r of outbound) {
      const message = r.headers['message-type'] ?? '';
      const body = JSON.parse(r.value) as Body;
      expect({ message, errors: doc.payloadErrors(message, body) }).toEqual({ message, errors: [] });
      expect(doc.headerErrors('MessageHeaders', r.headers)).toEqual([]);
      expect(r.headers['message-id']).toBe(body.messageId);
      expect(r.key).toBe(AsyncApiDocument.keyOf(topicOf(r), body));
    }
  });

  it('gets a dead letter for each mistake, with a documented code and the original key on its partition', () => {
    const codes = (topic: string) =>
      letters(topic)
        .map((r) => r.headers['dlq-code'])
        .sort();
    // On its own topic an order naming B-ghost is one naming another than its sender; on a shared one, an unknown buyer.
    expect(codes(orders)).toEqual([
      ...(own ? [] : ['buyer_not_registered']),
      'key_mismatch',
      'malformed_json',
      'message_id_header_mismatch',
      'message_id_header_missing',
      ...(own ? ['sender_mismatch'] : []),
      'validation_failed',
    ]);
    // An offer naming B-tops-cm in B-makro-cm's negotiation: on its own topic, sent as another; shared, not the party.
    expect(codes(offers)).toEqual(
      own
        ? ['message_id_reused', 'negotiation_not_found', 'sender_mismatch']
        : ['buyer_mismatch', 'message_id_reused', 'negotiation_not_found'],
    );
    expect(codes(payments)).toEqual([]);
    for (const r of [...letters(orders), ...letters(offers)]) {
      expect(doc.headerErrors('DeadLetterHeaders', r.headers)).toEqual([]);
      expect(guide).toContain(`\`${r.headers['dlq-code']}\``);
      // Murmur2 of the key in the Java client and in the cooperative's: the same partition for the same key.
      expect(String(r.partition)).toBe(r.headers['dlq-original-partition']);
    }
    const byCode = (code: string) =>
      [...letters(orders), ...letters(offers)].find((r) => r.headers['dlq-code'] === code);
    expect(byCode('key_mismatch')?.key).toBe('SO-x');
    expect(JSON.parse(byCode('validation_failed')?.headers['dlq-reason'] ?? '[]')).toEqual([
      { field: 'occurredAt', messages: [expect.stringContaining('RFC 3339') as unknown] },
    ]);
    expect(byCode('malformed_json')?.value).toBe('{"orderId":');
    expect(byCode('negotiation_not_found')?.headers['dlq-reason']).toMatch(
      new RegExp(`\\(after \\d+ tries in ${WAIT_SECONDS} s\\)$`),
    );
  });

  it('hears back on every offer: accepted in reply to it, or rejected with the code of its dead letter', () => {
    const notices = on(TOPICS.coopNotices.name).map((n) => n.body);
    const about = (messageId: string) => notices.filter((n) => n.inReplyTo === messageId).map((n) => [n.kind, n.code]);
    expect(about(r1.messageId)).toEqual([['ACCEPTED', undefined]]);
    expect(about(toNowhere.messageId)).toEqual(
      expect.arrayContaining([
        ['REJECTED', 'negotiation_not_found'],
        ['ACCEPTED', undefined],
      ]),
    );
    // An offer sent as another partner gets no notice: the partner it names did not send it.
    expect(
      notices
        .filter((n) => n.kind === 'REJECTED')
        .map((n) => n.code)
        .sort(),
    ).toEqual(own ? ['negotiation_not_found'] : ['buyer_mismatch', 'negotiation_not_found']);
  });

  it('gets the order confirmed and the payment that came before it received, with what is still owed', () => {
    expect(on(TOPICS.coopOrders.name).map((o) => [o.body.kind, o.body.orderId, o.body.valueSatang])).toEqual([
      ['CONFIRMED', 'SO-1', 105_000],
    ]);
    expect(on(TOPICS.coopPayments.name).map((p) => p.body)).toEqual([
      expect.objectContaining({
        kind: 'RECEIPT',
        paymentId: 'P-1',
        orderValueSatang: 105_000,
        paidSatang: 100_000,
        outstandingSatang: 5000,
        claims: [],
      }),
    ]);
  });

  it('provokes each business dlq-code of offers, orders, payments and deliveries that it can cause', async () => {
    const started = Date.now();
    // What it needs first, as the cooperative's staff would set it up over the API.
    const open = (negotiationId: string, buyerId = me) =>
      coop.call('POST', '/price-negotiations', {
        negotiationId,
        buyerId,
        openedOn: today,
        asking: [
          { size: 1, satangPerEgg: 400 },
          { size: 2, satangPerEgg: 380 },
        ],
      });
    const agree = async (negotiationId: string, buyerId = me) => {
      // A price is agreed after an offer of the buyer's (taken here over the API, on its behalf).
      await coop.call('POST', `/price-negotiations/${negotiationId}/offers`, {
        buyerId,
        roundId: 'R1',
        offeredOn: today,
        prices: [{ size: 2, satangPerEgg: 370 }],
      });
      return coop.call('POST', `/price-negotiations/${negotiationId}/agreement`, {
        agreedOn: today,
        prices: [{ size: 2, satangPerEgg: 370 }],
        validFrom: today,
        validTo: day(30),
      });
    };
    for (const n of ['N-turn', 'N-closed', 'N-sizes', 'N-dates', 'N-agreed']) await open(n);
    for (const n of ['N-theirs', 'N-agreed-theirs']) await open(n, 'B-tops-cm');
    await coop.call('POST', '/price-negotiations/N-closed/failure', { failedOn: today, reason: 'no agreement' });
    await agree('N-agreed');
    await agree('N-agreed-theirs', 'B-tops-cm');
    const orderBy = (orderId: string, buyerId: string) =>
      coop.call('POST', '/sales-orders', {
        orderId,
        buyerId,
        orderedOn: today,
        deliveryOn: today,
        lines: [{ size: 2, trays: 10, satangPerEgg: 350 }],
      });
    await orderBy('SO-theirs', 'B-tops-cm');
    await orderBy('SO-cancelled', me);
    await coop.call('POST', '/sales-orders/SO-cancelled/cancellation', { cancelledOn: today, reason: 'test' });

    const expected = new Map<string, string>();
    const mistake = (code: string, body: Body) => {
      expected.set(body.messageId, code);
      return body;
    };
    const offer = (negotiationId: string, roundId: string, over: Record<string, unknown> = {}) =>
      fromExample('BuyerOfferMessage', { negotiationId, roundId, offeredOn: today, ...over });
    const price = (size: number, satangPerEgg = 360) => ({ size, satangPerEgg });
    const turn = offer('N-turn', 'R1');
    const offerRecords = [
      record(offers, turn),
      // The same round with other facts, then a second round before our counter-offer (one key: in this order).
      record(offers, mistake('round_already_recorded', { ...turn, messageId: randomUUID(), prices: [price(2, 1)] })),
      record(offers, mistake('not_buyers_turn', offer('N-turn', 'R2'))),
      record(offers, mistake('negotiation_closed', offer('N-closed', 'R1'))),
      record(offers, mistake('size_not_asked', offer('N-sizes', 'R1', { prices: [price(5)] }))),
      record(offers, mistake('duplicate_size_class', offer('N-sizes', 'R2', { prices: [price(2), price(2, 361)] }))),
      record(offers, mistake('date_out_of_order', offer('N-dates', 'R1', { offeredOn: day(-1) }))),
      record(offers, mistake('day_in_future', offer('N-dates', 'R2', { offeredOn: day(1) }))),
      record(offers, mistake('buyer_mismatch', offer('N-theirs', 'R1'))),
    ];
    const line = (size: number, satangPerEgg: number, trays = 10) => ({ size, trays, satangPerEgg });
    const contractOrder = (orderId: string, negotiationId: string, over: Record<string, unknown> = {}) => {
      const body = spot(orderId, { lines: [line(2, 370)], ...over });
      return { ...body, negotiationId };
    };
    const orderRecords = [
      record(orders, mistake('negotiation_not_agreed', contractOrder('SO-open', 'N-turn'))),
      record(orders, mistake('buyer_mismatch', contractOrder('SO-their-deal', 'N-agreed-theirs'))),
      record(orders, mistake('outside_agreed_validity', contractOrder('SO-early', 'N-agreed', { orderedOn: day(-1) }))),
      record(orders, mistake('size_not_agreed', contractOrder('SO-size', 'N-agreed', { lines: [line(1, 370)] }))),
      record(
        orders,
        mistake('contract_price_mismatch', contractOrder('SO-price', 'N-agreed', { lines: [line(2, 999)] })),
      ),
      record(orders, mistake('day_in_future', spot('SO-future', { orderedOn: day(1), deliveryOn: day(1) }))),
      record(orders, mistake('day_too_far_ahead', spot('SO-far', { deliveryOn: day(400) }))),
      record(orders, mistake('sales_order_already_confirmed', spot('SO-1', { lines: [line(2, 350, 11)] }))),
      record(orders, mistake('delivery_before_order', spot('SO-back', { deliveryOn: day(-1) }))),
      record(orders, mistake('duplicate_size_class', spot('SO-twice', { lines: [line(2, 350), line(2, 351)] }))),
    ];
    const pay = (orderId: string, paymentId: string, over: Record<string, unknown> = {}) =>
      fromExample('BuyerPaymentMessage', { orderId, paymentId, paidOn: today, amountSatang: 1000, ...over });
    const paymentRecords = [
      record(payments, mistake('buyer_mismatch', pay('SO-theirs', 'P-theirs'))),
      record(payments, mistake('payment_already_recorded', pay('SO-1', 'P-1', { amountSatang: 1 }))),
      record(payments, mistake('overpayment', pay('SO-1', 'P-over', { amountSatang: 999_999 }))),
      record(payments, mistake('sales_order_cancelled', pay('SO-cancelled', 'P-cancelled'))),
      record(payments, mistake('day_in_future', pay('SO-1', 'P-future', { paidOn: day(1) }))),
      // Waits KHAI_KAFKA_WAIT_SECONDS for an order that never comes.
      record(payments, mistake('sales_order_not_found', pay('SO-never', 'P-never'))),
    ];
    const deliveries = TOPICS.buyerDeliveries.name;
    const deliver = (shipmentId: string, over: Record<string, unknown> = {}) =>
      fromExample('BuyerDeliveryMessage', { shipmentId, deliveredOn: today, claims: [], ...over });
    const deliveryRecords = [
      record(deliveries, mistake('day_in_future', deliver('SH-future', { deliveredOn: day(1) }))),
      record(deliveries, mistake('shipment_not_found', deliver('SH-never'))),
    ];
    await Promise.all([
      send(offers, offerRecords),
      send(orders, orderRecords),
      send(payments, paymentRecords),
      send(deliveries, deliveryRecords),
    ]);
    await coop.until(
      'the mistakes dead-lettered',
      async () => {
        const now = (await coop.call('GET', '/integration')) as Status;
        return (now.inbound.deadLettered ?? 0) >= expected.size + 9 && now.inbound.waiting.messages === 0;
      },
      90_000,
    );
    // The guide's lists: each code provoked is one it documents for that topic.
    const letters = unique(
      own
        ? await consume(buyer, `^${mine('out').replace(/[.]/g, '\\.')}.+\\.dlq$`, {
            group: `${prefix}partners.${me}.codes`,
          })
        : await consume(admin, `^${prefix.replace(/[.]/g, '\\.')}.+\\.dlq$`),
    );
    const got = new Map(letters.map((r) => [r.headers['message-id'] ?? '', r.headers['dlq-code']]));
    expect([...expected].map(([id, code]) => [code, got.get(id)])).toEqual(
      [...expected].map(([, code]) => [code, code]),
    );
    for (const r of letters.filter((l) => expected.has(l.headers['message-id'] ?? ''))) {
      expect(doc.headerErrors('DeadLetterHeaders', r.headers)).toEqual([]);
      expect(String(r.partition)).toBe(r.headers['dlq-original-partition']);
    }
    // Seconds, on a machine shared with other work: most of it is the console tools' JVM starts and the one wait.
    console.log(
      `partner suite: ${expected.size} business codes provoked in ${Math.round((Date.now() - started) / 1000)} s`,
    );
  }, 180_000);

  it('provokes each business dlq-code of quotes, delivery notes and invoices that a supplier can cause', async () => {
    const started = Date.now();
    const sendAsSupplier = (topic: string, records: readonly ProducedRecord[]) =>
      produce(supplier, prefix + (own ? partnerTopic(sup, 'in', topic) : topic), records);
    for (const partnerId of [sup, 'SUP-BETA']) {
      await coop.call('POST', '/partners', { partnerId, name: partnerId, kind: 'FEED_SUPPLIER', registeredOn: today });
    }
    const farm = (farmId: string) => ({ farmId, name: farmId, district: 'San Pa Tong', province: 'Chiang Mai' });
    await coop.call('POST', '/members', {
      memberId: 'M-001',
      name: 'Member M-001',
      citizenId: citizenIdOf('M-001'),
      joinedOn: '2020-01-01',
      farm: farm('F-001'),
    });
    await coop.call('POST', '/members/M-001/farms', { ...farm('F-002'), registeredOn: '2020-01-01' });
    const negotiation = (negotiationId: string) =>
      coop.call('POST', '/feed-negotiations', {
        negotiationId,
        feedType: 'LAYER_COMPLETE',
        volumeKg: 100_000,
        periodFrom: today,
        periodTo: day(60),
        openedOn: today,
        marketPricePerKgSatang: 1600,
      });
    await negotiation('FN-open');
    await negotiation('FN-closed');
    await coop.call('POST', '/feed-negotiations/FN-closed/failure', { closedOn: today, reason: 'no quote held' });
    const contract = (contractId: string, supplierId: string) =>
      coop.call('POST', '/feed-contracts', {
        contractId,
        supplierId,
        feedType: 'LAYER_COMPLETE',
        pricePerKgSatang: 1450,
        volumeKg: 10_000,
        validFrom: day(-10),
        validTo: day(30),
        marketPricePerKgSatang: 1600,
        agreedOn: day(-10),
      });
    await contract('FC-1', sup);
    await contract('FC-beta', 'SUP-BETA');
    await coop.call('POST', '/feed-contracts/FC-1/orders', {
      orderId: 'FO-1',
      memberId: 'M-001',
      farmId: 'F-001',
      kg: 1000,
      orderedOn: today,
      requestedDeliveryOn: today,
    });

    const expected = new Map<string, string>();
    const mistake = (code: string, body: Body) => {
      expected.set(body.messageId, code);
      return body;
    };
    const status = async () => ((await coop.call('GET', '/integration')) as Status).inbound;
    const deadBefore = (await status()).deadLettered ?? 0;
    const quotes = TOPICS.supplierQuotes.name;
    const quote = (negotiationId: string, quoteId: string, over: Record<string, unknown> = {}) => {
      const body = fromExample('SupplierQuoteMessage', {
        supplierId: sup,
        negotiationId,
        quoteId,
        quotedOn: today,
        ...over,
      });
      if (!('validUntil' in over)) delete (body as Record<string, unknown>).validUntil;
      return body;
    };
    const first = quote('FN-open', 'Q-1');
    const notes = TOPICS.supplierDeliveryNotes.name;
    const note = (contractId: string, deliveryId: string, over: Record<string, unknown> = {}) => {
      const body = fromExample('SupplierDeliveryNoteMessage', {
        supplierId: sup,
        contractId,
        deliveryId,
        farmId: 'F-001',
        memberId: 'M-001',
        feedType: 'LAYER_COMPLETE',
        kg: 2000,
        deliveredOn: today,
        ...over,
      });
      if (!('orderId' in over)) delete (body as Record<string, unknown>).orderId;
      return body;
    };
    const delivered = note('FC-1', 'D-1');
    await Promise.all([
      sendAsSupplier(quotes, [
        record(quotes, first),
        record(quotes, mistake('quote_already_received', { ...first, messageId: randomUUID(), pricePerKgSatang: 1 })),
        record(quotes, mistake('negotiation_closed', quote('FN-closed', 'Q-1'))),
        record(quotes, mistake('quote_before_opening', quote('FN-open', 'Q-2', { quotedOn: day(-1) }))),
        record(quotes, mistake('invalid_quote_validity', quote('FN-open', 'Q-3', { validUntil: day(-1) }))),
        record(quotes, mistake('day_in_future', quote('FN-open', 'Q-4', { quotedOn: day(1) }))),
        record(quotes, mistake('day_too_far_ahead', quote('FN-open', 'Q-5', { validUntil: day(800) }))),
        record(quotes, mistake('negotiation_not_found', quote('FN-never', 'Q-1'))),
      ]),
      // One key (the contract): in this order; the one that waits for an order last, the others do not wait behind it.
      sendAsSupplier(notes, [
        record(notes, delivered),
        record(notes, mistake('delivery_already_recorded', { ...delivered, messageId: randomUUID(), kg: 2100 })),
        record(notes, mistake('member_not_registered', note('FC-1', 'D-2', { memberId: 'M-ghost' }))),
        record(notes, mistake('farm_not_registered', note('FC-1', 'D-3', { farmId: 'F-999' }))),
        record(notes, mistake('feed_type_mismatch', note('FC-1', 'D-4', { feedType: 'GROWER' }))),
        record(notes, mistake('order_farm_mismatch', note('FC-1', 'D-5', { orderId: 'FO-1', farmId: 'F-002' }))),
        record(notes, mistake('outside_contract_period', note('FC-1', 'D-6', { deliveredOn: day(-20) }))),
        record(notes, mistake('contract_volume_exceeded', note('FC-1', 'D-7', { kg: 20_000 }))),
        record(notes, mistake('order_overdelivered', note('FC-1', 'D-8', { orderId: 'FO-1', kg: 1500 }))),
        record(notes, mistake('day_in_future', note('FC-1', 'D-9', { deliveredOn: day(1) }))),
        record(notes, mistake('supplier_mismatch', note('FC-beta', 'D-1'))),
        record(notes, mistake('contract_not_found', note('FC-never', 'D-1'))),
        record(notes, mistake('order_not_found', note('FC-1', 'D-10', { orderId: 'FO-never' }))),
      ]),
    ]);
    // The invoices after D-1 is recorded: each refused for its own mistake, not for a delivery not there yet.
    await coop.until(
      'D-1 recorded',
      async () =>
        ((await coop.call('GET', '/feed-contracts/FC-1')) as { deliveries: unknown[] }).deliveries.length === 1,
    );
    const invoices = TOPICS.supplierInvoices.name;
    const invoice = (invoiceId: string, over: Record<string, unknown> = {}) =>
      fromExample('SupplierInvoiceMessage', {
        supplierId: sup,
        invoiceId,
        contractId: 'FC-1',
        contractPricePerKgSatang: 1450,
        deliveryIds: ['D-1'],
        invoicedOn: today,
        dueOn: day(30),
        lines: [{ deliveryId: 'D-1', kg: 2000, pricePerKgSatang: 1450, amountSatang: 2_900_000 }],
        vatSatang: 203_000,
        totalSatang: 3_103_000,
        ...over,
      });
    const billed = invoice('INV-1');
    await sendAsSupplier(invoices, [
      record(invoices, billed),
      record(invoices, mistake('invoice_already_received', { ...billed, messageId: randomUUID(), dueOn: day(31) })),
      record(invoices, mistake('supplier_mismatch', invoice('INV-beta', { contractId: 'FC-beta' }))),
      record(invoices, mistake('contract_price_mismatch', invoice('INV-price', { contractPricePerKgSatang: 1500 }))),
      record(
        invoices,
        mistake(
          'invoice_price_mismatch',
          invoice('INV-line', {
            lines: [{ deliveryId: 'D-1', kg: 2000, pricePerKgSatang: 1500, amountSatang: 3_000_000 }],
            totalSatang: 3_203_000,
          }),
        ),
      ),
      record(
        invoices,
        mistake(
          'invoice_lines_do_not_match_deliveries',
          invoice('INV-lines', {
            lines: [
              { deliveryId: 'D-1', kg: 1000, pricePerKgSatang: 1450, amountSatang: 1_450_000 },
              { deliveryId: 'D-1', kg: 1000, pricePerKgSatang: 1450, amountSatang: 1_450_000 },
            ],
          }),
        ),
      ),
      record(invoices, mistake('invoice_does_not_add_up', invoice('INV-sum', { totalSatang: 3_103_001 }))),
      record(invoices, mistake('invalid_due_date', invoice('INV-due', { dueOn: day(-1) }))),
      record(invoices, mistake('day_in_future', invoice('INV-future', { invoicedOn: day(1), dueOn: day(30) }))),
      record(invoices, mistake('day_too_far_ahead', invoice('INV-far', { dueOn: day(800) }))),
      record(invoices, mistake('feed_contract_not_found', invoice('INV-none', { contractId: 'FC-never' }))),
      record(
        invoices,
        mistake(
          'delivery_not_of_contract',
          invoice('INV-stranger', {
            deliveryIds: ['D-none'],
            lines: [{ deliveryId: 'D-none', kg: 2000, pricePerKgSatang: 1450, amountSatang: 2_900_000 }],
          }),
        ),
      ),
    ]);
    await coop.until(
      'the mistakes dead-lettered',
      async () => {
        const now = await status();
        return (now.deadLettered ?? 0) >= deadBefore + expected.size && now.waiting.messages === 0;
      },
      90_000,
    );
    const letters = unique(
      own
        ? await consume(supplier, `^${prefix.replace(/[.]/g, '\\.')}partners\\.${sup}\\.out\\..+\\.dlq$`, {
            group: `${prefix}partners.${sup}.codes`,
          })
        : await consume(admin, `^${prefix.replace(/[.]/g, '\\.')}suppliers\\..+\\.dlq$`),
    );
    const got = new Map(letters.map((r) => [r.headers['message-id'] ?? '', r.headers['dlq-code']]));
    expect([...expected].map(([id, code]) => [code, got.get(id)])).toEqual(
      [...expected].map(([, code]) => [code, code]),
    );
    for (const r of letters.filter((l) => expected.has(l.headers['message-id'] ?? ''))) {
      expect(doc.headerErrors('DeadLetterHeaders', r.headers)).toEqual([]);
      expect(String(r.partition)).toBe(r.headers['dlq-original-partition']);
    }
    // And hears back on its notices topic: each rejected with its dead letter's code, the three taken accepted.
    const notices = unique(
      own
        ? await consume(supplier, `^${prefix.replace(/[.]/g, '\\.')}partners\\.${sup}\\.out\\.coop\\.notices\\.v1$`, {
            group: `${prefix}partners.${sup}.notices`,
          })
        : await consume(admin, `^${prefix.replace(/[.]/g, '\\.')}coop\\.notices\\.v1$`),
    ).map((r) => {
      const body = JSON.parse(r.value) as Body & { inReplyTo?: string; kind?: string; code?: string };
      expect(doc.payloadErrors('CoopNoticeMessage', body)).toEqual([]);
      return body;
    });
    const answer = (id: string) => notices.filter((n) => n.inReplyTo === id).map((n) => [n.kind, n.code]);
    expect([...expected].map(([id]) => answer(id))).toEqual([...expected].map(([, code]) => [['REJECTED', code]]));
    for (const taken of [first, delivered, billed]) expect(answer(taken.messageId)).toEqual([['ACCEPTED', undefined]]);
    console.log(
      `partner suite: ${expected.size} supplier codes provoked in ${Math.round((Date.now() - started) / 1000)} s`,
    );
  }, 180_000);

  it("provokes the delivery confirmation's codes on shipments dispatched to it and to another buyer", async () => {
    const started = Date.now();
    // Stock: a lot of M-001's farm F-001 (registered by the supplier test), graded and packed.
    await coop.call('POST', '/flocks', {
      flockId: 'FL-01',
      memberId: 'M-001',
      farmId: 'F-001',
      breed: 'ISA Brown',
      hensPlaced: 5000,
      placedOn: '2025-06-01',
    });
    await coop.call('POST', '/lots', {
      lotId: 'L-1',
      memberId: 'M-001',
      farmId: 'F-001',
      flockId: 'FL-01',
      collectedOn: today,
      eggs: 3000,
    });
    await coop.call('POST', '/lots/L-1/grading', {
      gradedOn: today,
      sizes: [
        { size: 2, eggs: 1500 },
        { size: 3, eggs: 1500 },
      ],
      rejects: [],
    });
    await coop.call('POST', '/lots/L-1/packs', { packId: 'P-2', size: 2, trays: 50, packedOn: today });
    await coop.call('POST', '/lots/L-1/packs', { packId: 'P-3', size: 3, trays: 50, packedOn: today });
    await coop.call('POST', '/sales-orders', {
      orderId: 'SO-ship',
      buyerId: me,
      orderedOn: today,
      deliveryOn: today,
      lines: [
        { size: 2, trays: 20, satangPerEgg: 350 },
        { size: 3, trays: 10, satangPerEgg: 330 },
      ],
    });
    const ship = async (shipmentId: string, orderId: string, buyerId: string, dispatch: boolean) => {
      await coop.call('POST', '/shipments', {
        shipmentId,
        orderId,
        buyerId,
        plannedOn: today,
        items: [
          { lotId: 'L-1', size: 2, trays: orderId === 'SO-ship' ? 10 : 5 },
          ...(orderId === 'SO-ship' ? [{ lotId: 'L-1', size: 3, trays: 5 }] : []),
        ],
      });
      await coop.until(`${shipmentId} allocated`, async () => {
        const s = (await coop.call('GET', `/shipments/${shipmentId}`)) as { status: string };
        return s.status === 'allocated';
      });
      if (dispatch) await coop.call('POST', `/shipments/${shipmentId}/dispatch`, { dispatchedOn: today });
    };
    await ship('SH-A', 'SO-ship', me, true);
    await ship('SH-planned', 'SO-ship', me, false);
    await ship('SH-theirs', 'SO-theirs', 'B-tops-cm', true);

    const expected = new Map<string, string>();
    const mistake = (code: string, body: Body) => {
      expected.set(body.messageId, code);
      return body;
    };
    const status = async () => ((await coop.call('GET', '/integration')) as Status).inbound;
    const deadBefore = (await status()).deadLettered ?? 0;
    const deliveries = TOPICS.buyerDeliveries.name;
    const recount = (two = 10, three = 5) => [
      { size: 2, trays: two },
      { size: 3, trays: three },
    ];
    const claim = (reason: string, size: number, eggs: number) => ({ reason, size, eggs, amountSatang: eggs * 350 });
    const deliver = (shipmentId: string, over: Record<string, unknown> = {}) =>
      fromExample('BuyerDeliveryMessage', { shipmentId, deliveredOn: today, recount: recount(), claims: [], ...over });
    const taken = deliver('SH-A', { recount: recount(9), claims: [claim('SHORT', 2, 30)] });
    // One key (the shipment): the mistakes first, then the one taken, then another after it.
    await send(deliveries, [
      record(deliveries, mistake('recount_missing_size', deliver('SH-A', { recount: [{ size: 2, trays: 10 }] }))),
      record(deliveries, mistake('recount_exceeds_shipped', deliver('SH-A', { recount: recount(11) }))),
      record(
        deliveries,
        mistake('size_not_shipped', deliver('SH-A', { recount: [...recount(), { size: 1, trays: 1 }] })),
      ),
      record(
        deliveries,
        mistake('duplicate_size_class', deliver('SH-A', { recount: [...recount(), { size: 2, trays: 10 }] })),
      ),
      record(
        deliveries,
        mistake('duplicate_claim', deliver('SH-A', { claims: [claim('BROKEN', 2, 5), claim('BROKEN', 2, 6)] })),
      ),
      record(
        deliveries,
        mistake('short_claim_exceeds_shortfall', deliver('SH-A', { claims: [claim('SHORT', 2, 30)] })),
      ),
      record(deliveries, mistake('claims_exceed_received', deliver('SH-A', { claims: [claim('BROKEN', 3, 151)] }))),
      record(deliveries, mistake('date_out_of_order', deliver('SH-A', { deliveredOn: day(-1) }))),
      record(deliveries, taken),
      record(deliveries, mistake('delivery_already_confirmed', deliver('SH-A'))),
      record(
        deliveries,
        mistake(
          'shipment_not_dispatched',
          deliver('SH-planned', {
            recount: [
              { size: 2, trays: 10 },
              { size: 3, trays: 5 },
            ],
          }),
        ),
      ),
      record(deliveries, mistake('buyer_mismatch', deliver('SH-theirs', { recount: [{ size: 2, trays: 5 }] }))),
    ]);
    await coop.until(
      'the mistakes dead-lettered',
      async () => {
        const now = await status();
        return (now.deadLettered ?? 0) >= deadBefore + expected.size && now.waiting.messages === 0;
      },
      90_000,
    );
    const letters = unique(
      own
        ? await consume(buyer, `^${mine('out').replace(/[.]/g, '\\.')}buyers\\.deliveries\\.v1\\.dlq$`, {
            group: `${prefix}partners.${me}.deliveries`,
          })
        : await consume(admin, `^${prefix.replace(/[.]/g, '\\.')}buyers\\.deliveries\\.v1\\.dlq$`),
    );
    const got = new Map(letters.map((r) => [r.headers['message-id'] ?? '', r.headers['dlq-code']]));
    expect([...expected].map(([id, code]) => [code, got.get(id)])).toEqual(
      [...expected].map(([, code]) => [code, code]),
    );
    expect(got.has(taken.messageId)).toBe(false);
    console.log(
      `partner suite: ${expected.size} delivery codes provoked in ${Math.round((Date.now() - started) / 1000)} s`,
    );
  }, 180_000);
}

/** At least once: the same message-id twice is the same message. */
function unique(records: readonly ConsumedRecord[]): ConsumedRecord[] {
  const seen = new Map<string, ConsumedRecord>();
  for (const r of records)
    seen.set(
      `${r.headers['dlq-original-topic'] ?? ''}/${r.headers['message-id'] ?? ''}/${r.headers['dlq-original-offset'] ?? ''}`,
      r,
    );
  return [...seen.values()];
}

/** The topic of a printed record: a dead letter's is its original topic's `.dlq`, a message's that of its type. */
function topicOf(r: ConsumedRecord): string {
  const original = r.headers['dlq-original-topic'];
  if (original !== undefined) return `${original}.dlq`;
  const spec = Object.values(TOPICS).find((t) => t.message.name === r.headers['message-type']);
  if (!spec) throw new Error(`a record of no known type: ${JSON.stringify(r.headers)}`);
  return spec.name;
}

const skip = !server
  ? 'KAFKA_BROKERS is not set (deploy/local/kafka.sh start prints it)'
  : (consoleToolsMissing() ?? (spawnSync('java', ['-version']).status === 0 ? undefined : 'no java on the PATH'));
if (skip === undefined && server) {
  describe('a buyer on the Kafka console tools, from the documents alone (real broker)', () => suite(server));
} else {
  console.warn(`SKIPPED the partner suite: ${skip}`);
  describe.skip(`partner suite — skipped: ${skip}`, () => {
    it('needs a broker and the console tools', () => undefined);
  });
}
