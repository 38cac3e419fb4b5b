import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { TOPICS } from '@khai/contracts';
import { type EventStore, SqliteEventStore, UseCaseRunner } from '@khai/event-sourcing';
import { FeedModule, feedUseCases } from '@khai/feed';
import { SalesModule } from '@khai/sales';
import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, registerCluster } from '@khai/testing';

import { InProcessIntegrationBus } from '../adapters/in-process.integration-bus';
import { InMemoryInboxStore } from '../inbox/in-memory.inbox-store';
import type { InboxStore } from '../inbox/inbox-store.port';
import { IntegrationModule } from '../integration.module';
import { IntegrationRunner } from '../integration.runner';
import { buyerOrder, buyerPayment, received, supplierDeliveryNote, supplierInvoice } from '../testing/partner-messages';
import { InMemoryWaitingStore } from '../waiting/in-memory.waiting-store';
import { SqliteWaitingStore } from '../waiting/sqlite.waiting-store';
import { DEFAULT_WAITING_OPTIONS } from '../waiting/waiting-room';
import type { WaitingStore } from '../waiting/waiting-store.port';
import { InboundPipeline } from './inbound-pipeline';

const orders = TOPICS.buyerOrders.name;
const payments = TOPICS.buyerPayments.name;
const invoices = TOPICS.supplierInvoices.name;
const BOUND = DEFAULT_WAITING_OPTIONS.boundMs;

/** The cooperative's clock, moved by the tests: no test waits for time to pass. */
let now = 0;

interface Cooperative {
  readonly t: HttpTestApp;
  readonly bus: InProcessIntegrationBus;
  readonly pipeline: InboundPipeline;
  readonly waiting: WaitingStore;
}

/** Sales with the integration; messages are handed to the pipeline as the consumer would, and tried when due here. */
async function cooperative({
  inbox,
  waiting,
  store,
  capacity,
}: { inbox?: InboxStore; waiting?: WaitingStore; store?: EventStore; capacity?: number } = {}): Promise<Cooperative> {
  const bus = new InProcessIntegrationBus();
  const waitingStore = waiting ?? new InMemoryWaitingStore();
  const integration = IntegrationModule.forRoot({
    bus,
    inbox: inbox ?? new InMemoryInboxStore(),
    enabled: false,
    waiting: { store: waitingStore, now: () => now, timer: false, ...(capacity === undefined ? {} : { capacity }) },
  });
  const t = await createHttpTestApp([SalesModule, FeedModule, CLUSTER_REGISTRY, integration], store);
  await registerCluster(t.app, {
    members: [{ memberId: 'M-001', farmIds: ['F-001'] }],
    partners: [
      { partnerId: 'B-makro-cm', kind: 'BUYER' },
      { partnerId: 'B-tops', kind: 'BUYER' },
      { partnerId: 'SUP-CPF', kind: 'FEED_SUPPLIER' },
    ],
  });
  return { t, bus, pipeline: t.app.get(InboundPipeline), waiting: waitingStore };
}

describe('a message that comes before what it names waits for it, for a bounded time', () => {
  let coop: Cooperative;

  beforeEach(async () => {
    now = Date.parse('2026-12-07T03:00:00.000Z');
    coop = await cooperative();
  });
  afterEach(() => coop.t.close());

  const letters = (topic: string) => coop.bus.read(`${topic}.dlq`);
  const codes = (topic: string) => letters(topic).map((letter) => letter.headers['dlq-code']);
  const types = async (stream: string) => (await coop.t.store.readStream(stream)).map((e) => e.type);
  const status = () => coop.t.app.get(IntegrationRunner).status();
  /** Moves the clock to the next try (not past `until`) and tries what is due. */
  async function nextTry(until = Infinity): Promise<void> {
    const [next] = coop.pipeline.waiting.status().next;
    now = Math.min(Date.parse(next?.nextAttemptAt ?? ''), until);
    await coop.pipeline.waiting.tryDue();
  }

  it('applies a payment that overtook its order at its next try once the order is there, and shows it waiting meanwhile', async () => {
    const payment = buyerPayment('SO-1', 'P-1');
    await coop.pipeline.handle(received(payments, payment));
    expect(codes(payments)).toEqual([]);
    expect((await status()).inbound).toMatchObject({
      waited: 1,
      deadLettered: 0,
      waiting: {
        messages: 1,
        keys: 1,
        next: [
          {
            topic: payments,
            key: 'SO-1',
            messageId: payment.messageId,
            code: 'sales_order_not_found',
            attempts: 1,
            since: '2026-12-07T03:00:00.000Z',
            nextAttemptAt: '2026-12-07T03:00:00.200Z',
          },
        ],
      },
    });
    await coop.pipeline.handle(received(orders, buyerOrder('SO-1')));
    now += 199;
    await coop.pipeline.waiting.tryDue();
    expect(await types('salesorder-SO-1')).toEqual(['SalesOrderConfirmed']);
    now += 1;
    await coop.pipeline.waiting.tryDue();
    expect(await types('salesorder-SO-1')).toEqual(['SalesOrderConfirmed', 'PaymentReceived']);
    expect(codes(payments)).toEqual([]);
    expect((await status()).inbound).toMatchObject({ applied: 2, waited: 1, waiting: { messages: 0, keys: 0 } });
    expect((await coop.t.store.readStream('salesorder-SO-1'))[1]?.metadata).toMatchObject({
      idempotencyKey: `kafka:${payment.messageId}@${payment.occurredAt}`,
    });
    await coop.pipeline.handle(received(payments, payment));
    expect(coop.pipeline.counts).toMatchObject({ applied: 2, duplicates: 1 });
  });

  it('tries again with back-off, doubling from 0.2 s up to 30 s, and dead-letters at the bound, not before', async () => {
    const since = now;
    await coop.pipeline.handle(received(payments, buyerPayment('SO-1', 'P-1')));
    const tries: number[] = [];
    while (letters(payments).length === 0) {
      await nextTry();
      tries.push(now - since);
      if (now - since < BOUND) expect(letters(payments)).toEqual([]);
    }
    expect(tries.slice(0, 10)).toEqual([200, 600, 1400, 3000, 6200, 12_600, 25_400, 51_000, 81_000, 111_000]);
    expect(tries.slice(-2)).toEqual([291_000, BOUND]);
    expect(tries).toHaveLength(17);
    const [letter] = letters(payments);
    expect(letter?.headers).toMatchObject({ 'dlq-code': 'sales_order_not_found', 'dlq-original-topic': payments });
    expect(letter?.headers['dlq-reason']).toMatch(
      /^sales order SO-1 has not been confirmed .* \(after 18 tries in 300 s\)$/,
    );
    expect(coop.pipeline.counts).toMatchObject({ waited: 1, waitedInVain: 1, deadLettered: 1, applied: 0 });
    expect(coop.pipeline.waiting.size).toBe(0);
  });

  it('keeps the order of a key: what follows a waiting message waits behind it, and other keys go on', async () => {
    await coop.pipeline.handle(received(orders, buyerOrder('SO-2')));
    await coop.pipeline.handle(received(payments, buyerPayment('SO-1', 'P-1')));
    await coop.pipeline.handle(received(payments, buyerPayment('SO-1', 'P-2')));
    await coop.pipeline.handle(received(payments, buyerPayment('SO-2', 'P-3')));
    expect(await types('salesorder-SO-2')).toEqual(['SalesOrderConfirmed', 'PaymentReceived']);
    expect(coop.pipeline.waiting.status()).toMatchObject({ messages: 2, keys: 1 });
    await coop.pipeline.handle(received(orders, buyerOrder('SO-1')));
    await nextTry();
    const paid = (await coop.t.store.readStream('salesorder-SO-1')).map(
      (e) => (e.data as { paymentId?: string }).paymentId,
    );
    expect(paid).toEqual([undefined, 'P-1', 'P-2']);
    expect(coop.pipeline.counts).toMatchObject({ waited: 2, applied: 5, deadLettered: 0 });
  });

  it('dead-letters what waits behind a message only by its own refusal: a message behind one dead-lettered is tried at once', async () => {
    await coop.pipeline.handle(received(payments, buyerPayment('SO-1', 'P-1', { buyerId: 'B-tops' })));
    await coop.pipeline.handle(received(payments, buyerPayment('SO-1', 'P-2')));
    await coop.pipeline.handle(received(orders, buyerOrder('SO-1')));
    await nextTry();
    expect(codes(payments)).toEqual(['buyer_mismatch']);
    expect(letters(payments)[0]?.headers['dlq-reason']).toMatch(/\(after 2 tries in 0 s\)$/);
    expect(await types('salesorder-SO-1')).toEqual(['SalesOrderConfirmed', 'PaymentReceived']);
    expect(coop.pipeline.counts).toMatchObject({ waitedInVain: 0, deadLettered: 1 });
  });

  it('answers the same bytes sent again while a message waits as a duplicate, and other bytes under its id as reused', async () => {
    const payment = buyerPayment('SO-1', 'P-1');
    await coop.pipeline.handle(received(payments, payment));
    await coop.pipeline.handle(received(payments, payment));
    const reused = buyerPayment('SO-1', 'P-2', { messageId: payment.messageId, occurredAt: payment.occurredAt });
    await coop.pipeline.handle(received(payments, reused));
    expect(codes(payments)).toEqual(['message_id_reused']);
    expect(coop.pipeline.counts).toMatchObject({ waited: 1, duplicates: 1 });
    expect(coop.pipeline.waiting.size).toBe(1);
  });

  it('applies an invoice that overtook the delivery note it lists once the note is there', async () => {
    const agree = feedUseCases.find((u) => u.name === 'AgreeFeedContract');
    if (!agree) throw new Error('no AgreeFeedContract use case');
    await coop.t.app.get(UseCaseRunner).run(
      agree as never,
      {
        contractId: 'FC-1',
        supplierId: 'SUP-CPF',
        feedType: 'LAYER_COMPLETE',
        pricePerKgSatang: 1450,
        volumeKg: 100_000,
        validFrom: '2026-11-01',
        validTo: '2027-01-31',
        marketPricePerKgSatang: 1600,
        agreedOn: '2026-10-20',
      } as never,
      { actor: 'user:test:manager' },
    );
    await coop.pipeline.handle(received(invoices, supplierInvoice('FC-1', 'INV-1')));
    expect(coop.pipeline.waiting.status().next[0]?.code).toBe('delivery_not_of_contract');
    await coop.pipeline.handle(received(TOPICS.supplierDeliveryNotes.name, supplierDeliveryNote('FC-1', 'D-1')));
    await nextTry();
    expect(await types('feedinvoice-INV-1')).toEqual(['FeedInvoiceReceived']);
    expect(codes(invoices)).toEqual([]);
  });

  it('dead-letters a refused message at once when the room is full, and holds back one that would wait behind', async () => {
    await coop.t.close();
    coop = await cooperative({ capacity: 1 });
    await coop.pipeline.handle(received(payments, buyerPayment('SO-1', 'P-1')));
    await coop.pipeline.handle(received(payments, buyerPayment('SO-9', 'P-9')));
    expect(codes(payments)).toEqual(['sales_order_not_found']);
    // The consumer tries it again, in place, until there is room: nothing overtakes P-1.
    await expect(coop.pipeline.handle(received(payments, buyerPayment('SO-1', 'P-2')))).rejects.toThrow(/wait/);
    expect(coop.pipeline.waiting.size).toBe(1);
  });

  it('keeps a message waiting, past its bound too, while the store is down, and applies it once it is back', async () => {
    await coop.pipeline.handle(received(payments, buyerPayment('SO-1', 'P-1')));
    await coop.pipeline.handle(received(orders, buyerOrder('SO-1')));
    const append = jest.spyOn(coop.t.store, 'append').mockRejectedValue(new Error('disk gone'));
    now += BOUND + 1;
    await coop.pipeline.waiting.tryDue();
    expect(coop.pipeline.waiting.size).toBe(1);
    append.mockRestore();
    await nextTry();
    expect(await types('salesorder-SO-1')).toEqual(['SalesOrderConfirmed', 'PaymentReceived']);
    expect(codes(payments)).toEqual([]);
  });
});

describe('waiting messages across a restart (SQLite)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'khai-waiting-'));
    now = Date.parse('2026-12-07T03:00:00.000Z');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const open = () =>
    cooperative({
      store: new SqliteEventStore({ filename: join(dir, 'events.sqlite') }),
      waiting: new SqliteWaitingStore(join(dir, 'waiting.sqlite')),
    });

  it('tries again after a restart what waited before it, in order, and applies each once', async () => {
    const first = await open();
    await first.pipeline.handle(received(payments, buyerPayment('SO-1', 'P-1')));
    await first.pipeline.handle(received(payments, buyerPayment('SO-1', 'P-2')));
    await first.t.close();

    const again = await open();
    try {
      await again.pipeline.handle(received(orders, buyerOrder('SO-1')));
      now += 200;
      await again.pipeline.waiting.tryDue();
      const events = await again.t.store.readStream('salesorder-SO-1');
      expect(events.map((e) => (e.data as { paymentId?: string }).paymentId)).toEqual([undefined, 'P-1', 'P-2']);
      expect(again.pipeline.counts).toMatchObject({ applied: 3, deadLettered: 0 });
      expect(await again.waiting.load()).toEqual([]);
    } finally {
      await again.t.close();
    }
  });
});
