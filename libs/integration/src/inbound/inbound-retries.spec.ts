import { TOPICS } from '@khai/contracts';
import type { EventStore } from '@khai/event-sourcing';
import { SalesModule } from '@khai/sales';
import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, registerCluster } from '@khai/testing';

import { InProcessIntegrationBus } from '../adapters/in-process.integration-bus';
import { InMemoryInboxStore } from '../inbox/in-memory.inbox-store';
import type { InboxStore } from '../inbox/inbox-store.port';
import { IntegrationModule } from '../integration.module';
import { buyerOrder, buyerPayment, received } from '../testing/partner-messages';
import { bodyHashOf, InboundPipeline } from './inbound-pipeline';

const orders = TOPICS.buyerOrders.name;
const payments = TOPICS.buyerPayments.name;

interface Cooperative {
  readonly t: HttpTestApp;
  readonly bus: InProcessIntegrationBus;
  readonly pipeline: InboundPipeline;
}

/** Sales with the integration; the messages are handed to the pipeline here, as the consumer would, one at a time. */
async function cooperative(inbox: InboxStore, store?: EventStore): Promise<Cooperative> {
  const bus = new InProcessIntegrationBus();
  const t = await createHttpTestApp(
    // Refusals are dead-lettered at once here, what a partner then sends again is the subject (waiting for what a
    // message names: inbound-waiting.spec.ts).
    [SalesModule, CLUSTER_REGISTRY, IntegrationModule.forRoot({ bus, inbox, enabled: false, waiting: { boundMs: 0 } })],
    store,
  );
  return { t, bus, pipeline: t.app.get(InboundPipeline) };
}

describe('a message id sent again (retries and reuse)', () => {
  let inbox: InboxStore;
  let coop: Cooperative;

  beforeEach(async () => {
    inbox = new InMemoryInboxStore();
    coop = await cooperative(inbox);
    await registerCluster(coop.t.app, { partners: [{ partnerId: 'B-makro-cm', kind: 'BUYER' }] });
  });
  afterEach(() => coop.t.close());

  const codes = (topic: string) => coop.bus.read(`${topic}.dlq`).map((letter) => letter.headers['dlq-code']);
  const types = async (stream: string) => (await coop.t.store.readStream(stream)).map((e) => e.type);

  it('applies a payment sent again as the same bytes after its dead letter, once the order exists, and once only', async () => {
    const payment = received(payments, buyerPayment('SO-1', 'P-1'));
    await coop.pipeline.handle(payment);
    await coop.pipeline.handle(received(orders, buyerOrder('SO-1')));
    await coop.pipeline.handle({ ...payment, offset: '7' });
    await coop.pipeline.handle({ ...payment, offset: '8' });
    expect(codes(payments)).toEqual(['sales_order_not_found']);
    expect(await types('salesorder-SO-1')).toEqual(['SalesOrderConfirmed', 'PaymentReceived']);
    expect(coop.pipeline.counts).toMatchObject({ deadLettered: 1, retried: 1, applied: 2, duplicates: 1 });
    expect(await inbox.find(JSON.parse(String(payment.value)) as { messageId: string; occurredAt: string })).toEqual(
      expect.objectContaining({ outcome: 'applied', bodyHash: bodyHashOf(payment.value) }),
    );
  });

  it('dead-letters a message without its message-id header or with another id in it; sent again right, it is applied', async () => {
    await coop.pipeline.handle(received(orders, buyerOrder('SO-1')));
    const payment = received(payments, buyerPayment('SO-1', 'P-1'));
    const messageId = payment.headers['message-id'];
    await coop.pipeline.handle({ ...payment, headers: {} });
    await coop.pipeline.handle({ ...payment, headers: { 'message-id': 'another-id' } });
    await coop.pipeline.handle(payment);
    const letters = coop.bus.read(`${payments}.dlq`);
    expect(letters.map((letter) => [letter.headers['dlq-code'], letter.headers['message-id']])).toEqual([
      ['message_id_header_missing', messageId],
      ['message_id_header_mismatch', messageId],
    ]);
    expect(letters[1]?.headers['dlq-reason']).toContain('"another-id"');
    expect(await types('salesorder-SO-1')).toEqual(['SalesOrderConfirmed', 'PaymentReceived']);
    expect(coop.pipeline.counts).toMatchObject({ applied: 2, deadLettered: 2, retried: 2 });
  });

  it('dead-letters another message under a used id and occurredAt as message_id_reused, and keeps the first', async () => {
    await coop.pipeline.handle(received(orders, buyerOrder('SO-1')));
    const first = buyerPayment('SO-1', 'P-1');
    await coop.pipeline.handle(received(payments, first));
    const same = { messageId: first.messageId, occurredAt: first.occurredAt };
    await coop.pipeline.handle(received(payments, buyerPayment('SO-1', 'P-2', same)));
    // A dead-lettered id is tried again only as the same bytes.
    const refused = buyerPayment('SO-none', 'P-3');
    await coop.pipeline.handle(received(payments, refused));
    const sameAsRefused = { messageId: refused.messageId, occurredAt: refused.occurredAt };
    await coop.pipeline.handle(received(payments, buyerPayment('SO-1', 'P-4', sameAsRefused)));

    expect(codes(payments)).toEqual(['message_id_reused', 'sales_order_not_found', 'message_id_reused']);
    const [reused] = coop.bus.read(`${payments}.dlq`);
    expect(reused?.headers).toMatchObject({ 'message-id': first.messageId });
    expect(reused?.headers['dlq-reason']).toContain('a new message needs a new messageId');
    expect(await types('salesorder-SO-1')).toEqual(['SalesOrderConfirmed', 'PaymentReceived']);
    expect((await coop.t.store.readStream('salesorder-SO-1'))[1]?.data).toMatchObject({ paymentId: 'P-1' });
    expect(coop.pipeline.counts).toMatchObject({ applied: 2, deadLettered: 3, retried: 0, duplicates: 0 });
    expect(await inbox.find(same)).toMatchObject({ outcome: 'applied' });
    expect(await inbox.find(sameAsRefused)).toMatchObject({ outcome: 'dead_lettered:sales_order_not_found' });
  });

  it('dead-letters one of two messages under one id and occurredAt handled at once under other keys, and applies the other', async () => {
    const first = buyerOrder('SO-1');
    const second = buyerOrder('SO-2', { messageId: first.messageId, occurredAt: first.occurredAt });
    // Other Kafka keys: the consumer hands them over at the same time, before either is in the inbox.
    await Promise.all([coop.pipeline.handle(received(orders, first)), coop.pipeline.handle(received(orders, second))]);
    expect(codes(orders)).toEqual(['message_id_reused']);
    expect(coop.bus.read(`${orders}.dlq`)[0]?.key).toBe('SO-2');
    expect(await types('salesorder-SO-1')).toEqual(['SalesOrderConfirmed']);
    expect(await types('salesorder-SO-2')).toEqual([]);
    expect(coop.pipeline.counts).toMatchObject({ applied: 1, deadLettered: 1 });
  });

  it('takes another payment under a used id with another occurredAt as a message of its own', async () => {
    await coop.pipeline.handle(received(orders, buyerOrder('SO-1')));
    const first = buyerPayment('SO-1', 'P-1');
    await coop.pipeline.handle(received(payments, first));
    const later = new Date(Date.parse(first.occurredAt) + 60_000).toISOString();
    await coop.pipeline.handle(
      received(payments, buyerPayment('SO-1', 'P-2', { messageId: first.messageId, occurredAt: later })),
    );
    expect(await types('salesorder-SO-1')).toEqual(['SalesOrderConfirmed', 'PaymentReceived', 'PaymentReceived']);
    expect(codes(payments)).toEqual([]);
  });

  it('applies a retry once when the inbox lost its new record in a crash: the log knows the message', async () => {
    const payment = received(payments, buyerPayment('SO-1', 'P-1'));
    await coop.pipeline.handle(payment);
    await coop.pipeline.handle(received(orders, buyerOrder('SO-1')));
    await coop.pipeline.handle(payment);
    expect(await types('salesorder-SO-1')).toEqual(['SalesOrderConfirmed', 'PaymentReceived']);

    // After the restart the inbox holds the dead letter, not the retry's record that replaced it.
    const restarted = new InMemoryInboxStore();
    const body = JSON.parse(String(payment.value)) as { messageId: string; occurredAt: string };
    const deadLetter = await inbox.find(body);
    await restarted.record({
      ...body,
      topic: payments,
      receivedAt: deadLetter?.receivedAt ?? '',
      outcome: 'dead_lettered:sales_order_not_found',
      bodyHash: bodyHashOf(payment.value),
    });
    const again = await cooperative(restarted, coop.t.store);
    try {
      await again.pipeline.handle(payment);
      expect(again.pipeline.counts).toMatchObject({ retried: 1, repeated: 1, applied: 0, deadLettered: 0 });
      expect(await types('salesorder-SO-1')).toEqual(['SalesOrderConfirmed', 'PaymentReceived']);
      expect(await restarted.find(body)).toMatchObject({ outcome: 'repeated' });
    } finally {
      await again.t.close();
    }
  });
});
