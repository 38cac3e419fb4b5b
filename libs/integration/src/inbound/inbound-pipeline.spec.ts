import { TOPICS } from '@khai/contracts';
import { EventStoreFailed } from '@khai/event-sourcing';
import { FeedModule } from '@khai/feed';
import { SalesModule } from '@khai/sales';
import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, registerCluster } from '@khai/testing';

import { InProcessIntegrationBus } from '../adapters/in-process.integration-bus';
import { InMemoryInboxStore } from '../inbox/in-memory.inbox-store';
import type { InboxStore } from '../inbox/inbox-store.port';
import { IntegrationModule } from '../integration.module';
import {
  buyerDelivery,
  buyerOffer,
  buyerOrder,
  buyerPayment,
  onTopic,
  supplierDeliveryNote,
  supplierInvoice,
  supplierQuote,
} from '../testing/partner-messages';
import { InboundPipeline } from './inbound-pipeline';

const offers = TOPICS.buyerOffers.name;

describe('inbound partner messages (in-process bus)', () => {
  let t: HttpTestApp;
  let bus: InProcessIntegrationBus;
  let inbox: InboxStore;
  let pipeline: InboundPipeline;

  beforeEach(async () => {
    bus = new InProcessIntegrationBus();
    inbox = new InMemoryInboxStore();
    // Refusals are dead-lettered at once here (waiting for what a message names: inbound-waiting.spec.ts).
    const integration = IntegrationModule.forRoot({ bus, inbox, waiting: { boundMs: 0 } });
    t = await createHttpTestApp([SalesModule, FeedModule, CLUSTER_REGISTRY, integration]);
    pipeline = t.app.get(InboundPipeline);
    await registerCluster(t.app, { partners: [{ partnerId: 'B-makro-cm', kind: 'BUYER' }] });
    const opened = await t.app.inject({
      method: 'POST',
      url: '/price-negotiations',
      payload: {
        negotiationId: 'N-1',
        buyerId: 'B-makro-cm',
        openedOn: '2026-10-01',
        asking: [{ size: 2, satangPerEgg: 380 }],
      },
      headers: t.as('manager'),
    });
    expect(opened.statusCode).toBe(201);
  });
  afterEach(() => t.close());

  /** Waits until the pipeline has handled `n` messages in all. */
  async function handled(n: number): Promise<void> {
    const deadline = Date.now() + 5000;
    const total = (): number => {
      const c = pipeline.counts;
      return c.applied + c.repeated + c.noChange + c.duplicates + c.deadLettered;
    };
    while (total() < n) {
      if (Date.now() > deadline) throw new Error(`handled ${total()} of ${n}: ${JSON.stringify(pipeline.counts)}`);
      await new Promise((r) => setTimeout(r, 2));
    }
  }

  const dlq = (topic: string) => bus.read(`${topic}.dlq`);

  it('applies a buyer offer as the buyer, once per message id', async () => {
    const message = buyerOffer('N-1', 'R1');
    await bus.publish([onTopic(offers, message)]);
    await bus.publish([onTopic(offers, message)]);
    await handled(2);
    const events = await t.store.readStream('pricenegotiation-N-1');
    expect(events.map((e) => e.type)).toEqual(['PriceNegotiationOpened', 'BuyerOfferReceived']);
    expect(events[1]?.metadata).toMatchObject({
      actor: 'partner:B-makro-cm',
      causationId: message.messageId,
      idempotencyKey: `kafka:${message.messageId}@${message.occurredAt}`,
    });
    expect(pipeline.counts).toMatchObject({ applied: 1, duplicates: 1, deadLettered: 0 });
    expect(await inbox.find(message)).toMatchObject({ topic: offers, outcome: 'applied' });
  });

  it('takes the same id with another occurredAt for another message: the same facts again change nothing', async () => {
    const message = buyerOffer('N-1', 'R1');
    const resent = { ...message, occurredAt: new Date(Date.parse(message.occurredAt) + 60_000).toISOString() };
    await bus.publish([onTopic(offers, message)]);
    await bus.publish([onTopic(offers, resent)]);
    await handled(2);
    expect((await t.store.readStream('pricenegotiation-N-1')).map((e) => e.type)).toEqual([
      'PriceNegotiationOpened',
      'BuyerOfferReceived',
    ]);
    expect(pipeline.counts).toMatchObject({ applied: 1, noChange: 1, duplicates: 0, deadLettered: 0 });
    expect(await inbox.find(resent)).toMatchObject({ outcome: 'no_change' });
  });

  it('checks an invalid message again each time it comes, known by the id and time its body carries', async () => {
    const bad = buyerOffer('N-1', 'R1', { prices: [] });
    await bus.publish([onTopic(offers, bad), onTopic(offers, bad)]);
    await handled(2);
    expect(dlq(offers).map((letter) => letter.headers['message-id'])).toEqual([bad.messageId, bad.messageId]);
    expect(pipeline.counts).toMatchObject({ deadLettered: 2, retried: 1, duplicates: 0 });
    expect(await inbox.find(bad)).toMatchObject({ outcome: 'dead_lettered:validation_failed' });
  });

  it('repeats nothing when the inbox lost a message the log already has (idempotency key)', async () => {
    const message = buyerOffer('N-1', 'R1');
    await bus.publish([onTopic(offers, message)]);
    await handled(1);
    const other = new InProcessIntegrationBus();
    const fresh = await createHttpTestApp(
      [
        SalesModule,
        FeedModule,
        CLUSTER_REGISTRY,
        IntegrationModule.forRoot({ bus: other, inbox: new InMemoryInboxStore() }),
      ],
      t.store,
    );
    await other.publish([onTopic(offers, message)]);
    const again = fresh.app.get(InboundPipeline);
    while (again.counts.repeated === 0) await new Promise((r) => setTimeout(r, 2));
    expect((await t.store.readStream('pricenegotiation-N-1')).length).toBe(2);
    await fresh.app.close();
  });

  it('dead-letters an invalid message with its field errors and goes on with the next', async () => {
    const bad = buyerOffer('N-1', 'R1', { prices: [{ size: 9, satangPerEgg: 0 }], extra: 1 });
    const good = buyerOffer('N-1', 'R1');
    await bus.publish([onTopic(offers, bad), onTopic(offers, good)]);
    await handled(2);
    const [letter] = dlq(offers);
    expect(letter?.headers).toMatchObject({
      'message-id': bad.messageId,
      'dlq-code': 'validation_failed',
      'dlq-original-topic': offers,
      'dlq-original-offset': '0',
    });
    expect(letter?.headers['dlq-reason']).toContain('prices.0.size');
    expect(letter?.headers['dlq-reason']).toContain('extra');
    expect(letter?.value?.toString()).toBe(JSON.stringify(bad));
    expect(pipeline.counts).toMatchObject({ applied: 1, deadLettered: 1 });
  });

  it('dead-letters a message nested thousands of levels deep, or with a list in its list of prices, and goes on', async () => {
    const deep = buyerOffer('N-1', 'R1', { prices: JSON.parse('['.repeat(3_000) + ']'.repeat(3_000)) as unknown });
    const listed = buyerOffer('N-1', 'R2', { prices: [[{ size: 2, satangPerEgg: 380 }]] });
    const good = buyerOffer('N-1', 'R3');
    await bus.publish([onTopic(offers, deep), onTopic(offers, listed), onTopic(offers, good)]);
    await handled(3);
    expect(dlq(offers).map((letter) => letter.headers['dlq-code'])).toEqual(['validation_failed', 'validation_failed']);
    expect(dlq(offers)[0]?.headers['dlq-reason']).toContain('nested deeper than 16 levels');
    expect(dlq(offers)[1]?.headers['dlq-reason']).toContain('prices.0');
    expect(pipeline.counts).toMatchObject({ applied: 1, deadLettered: 2 });
  });

  it('dead-letters a poison message (not JSON) each time it comes, under the id of its header', async () => {
    const poison = {
      topic: offers,
      key: 'N-1',
      value: Buffer.from('{"not json'),
      headers: { 'message-id': 'poison-1' },
    };
    await bus.publish([poison, poison]);
    await handled(2);
    expect(dlq(offers).map((letter) => [letter.headers['dlq-code'], letter.headers['message-id']])).toEqual([
      ['malformed_json', 'poison-1'],
      ['malformed_json', 'poison-1'],
    ]);
    expect(pipeline.counts).toMatchObject({ deadLettered: 2, retried: 1, duplicates: 0 });
  });

  it('dead-letters a message keyed by anything but its ordering id', async () => {
    await bus.publish([onTopic(offers, buyerOffer('N-1', 'R1'), 'B-makro-cm')]);
    await handled(1);
    expect(dlq(offers)[0]?.headers['dlq-code']).toBe('key_mismatch');
  });

  describe('on per-partner topics (the broker vouches for the sender: the partner whose topic it came on)', () => {
    /** A message as the Kafka bus hands it over from partner `partner`'s own topic. */
    const fromTopicOf = (partner: string, body: Record<string, unknown>) => {
      const m = onTopic(offers, body);
      return { ...m, partition: 0, offset: '7', value: Buffer.from(JSON.stringify(m.value)), partner };
    };

    it('applies a message that names its sender, as that partner', async () => {
      await pipeline.handle(fromTopicOf('B-makro-cm', buyerOffer('N-1', 'R1')));
      const events = await t.store.readStream('pricenegotiation-N-1');
      expect(events.map((e) => e.type)).toEqual(['PriceNegotiationOpened', 'BuyerOfferReceived']);
      expect(events[1]?.metadata.actor).toBe('partner:B-makro-cm');
    });

    it('dead-letters a message that names another partner (sender_mismatch) to the sender, with no notice', async () => {
      const publish = jest.spyOn(bus, 'publish');
      await pipeline.handle(fromTopicOf('B-tops-cm', buyerOffer('N-1', 'R1')));
      const [letter] = dlq(offers);
      expect(letter?.headers['dlq-code']).toBe('sender_mismatch');
      expect(letter?.headers['dlq-reason']).toContain('buyerId "B-makro-cm" is not the partner whose topic it came on');
      // To B-tops-cm's own dead letters; nothing to B-makro-cm (no REJECTED notice), nothing applied.
      expect(publish.mock.calls.flat(2).map((m) => [m.topic, m.partner])).toEqual([[`${offers}.dlq`, 'B-tops-cm']]);
      const events = await t.store.readStream('pricenegotiation-N-1');
      expect(events.map((e) => e.type)).toEqual(['PriceNegotiationOpened']);
    });
  });

  it('dead-letters a business refusal with its code', async () => {
    await bus.publish([onTopic(offers, buyerOffer('N-unknown', 'R1'))]);
    await handled(1);
    expect(dlq(offers)[0]?.headers).toMatchObject({ 'dlq-code': 'negotiation_not_found' });
  });

  it('retries a message while the store is down, then applies it once', async () => {
    const find = inbox.find.bind(inbox);
    let failures = 2;
    jest
      .spyOn(inbox, 'find')
      .mockImplementation((key): ReturnType<InboxStore['find']> =>
        failures-- > 0 ? Promise.reject(new Error('disk gone')) : find(key),
      );
    await bus.publish([onTopic(offers, buyerOffer('N-1', 'R1'))]);
    await handled(1);
    expect(pipeline.counts.applied).toBe(1);
  });

  it('leaves a message for another delivery, not the dead letters, while the event store has failed (503)', async () => {
    const append = t.store.append.bind(t.store);
    let failures = 2;
    jest
      .spyOn(t.store, 'append')
      .mockImplementation((...args: Parameters<typeof append>) =>
        failures-- > 0
          ? Promise.reject(new EventStoreFailed('the event store could not sync its log'))
          : append(...args),
      );
    await bus.publish([onTopic(offers, buyerOffer('N-1', 'R1'))]);
    await handled(1);
    expect(pipeline.counts).toMatchObject({ applied: 1, deadLettered: 0 });
    expect(failures).toBeLessThan(0);
    expect(dlq(offers)).toEqual([]);
  });

  it('dead-letters buyer messages from a buyer not registered or not the party, or at unagreed prices, with the code', async () => {
    await registerCluster(t.app, { partners: [{ partnerId: 'B-tops', kind: 'BUYER' }] });
    await bus.publish([
      onTopic(TOPICS.buyerOrders.name, buyerOrder('SO-1')),
      onTopic(TOPICS.buyerOrders.name, buyerOrder('SO-2', { buyerId: 'B-ghost' })),
      // N-1 is open, not agreed: no order can be priced under it.
      onTopic(TOPICS.buyerOrders.name, buyerOrder('SO-3', { negotiationId: 'N-1' })),
      onTopic(offers, buyerOffer('N-1', 'R1', { buyerId: 'B-tops' })),
      onTopic(offers, buyerOffer('N-1', 'R1', { buyerId: 'B-ghost' })),
      // Whether or not the shipment exists, a sender that is no buyer is refused as such.
      onTopic(TOPICS.buyerDeliveries.name, buyerDelivery('SH-unknown', { buyerId: 'B-ghost' })),
    ]);
    await handled(6);
    await bus.publish([
      onTopic(TOPICS.buyerPayments.name, buyerPayment('SO-1', 'P-1', { buyerId: 'B-tops' })),
      onTopic(TOPICS.buyerPayments.name, buyerPayment('SO-1', 'P-1', { buyerId: 'B-ghost' })),
    ]);
    await handled(8);
    const codes = (topic: string) => dlq(topic).map((letter) => letter.headers['dlq-code']);
    expect(codes(TOPICS.buyerOrders.name)).toEqual(['buyer_not_registered', 'negotiation_not_agreed']);
    expect(codes(offers)).toEqual(['buyer_mismatch', 'buyer_not_registered']);
    expect(codes(TOPICS.buyerDeliveries.name)).toEqual(['buyer_not_registered']);
    expect(codes(TOPICS.buyerPayments.name)).toEqual(['buyer_mismatch', 'buyer_not_registered']);
    expect(pipeline.counts).toMatchObject({ applied: 1, deadLettered: 7 });
    expect((await t.store.readStream('salesorder-SO-1')).map((e) => e.type)).toEqual(['SalesOrderConfirmed']);
  });

  /** A feed negotiation FN-1 and a contract FC-1 with SUP-CPF, for member M-001's farm F-001. */
  async function feedSetup(): Promise<void> {
    await registerCluster(t.app, {
      members: [{ memberId: 'M-001', farmIds: ['F-001'] }],
      partners: [{ partnerId: 'SUP-CPF', kind: 'FEED_SUPPLIER' }],
    });
    await t.app.inject({
      method: 'POST',
      url: '/feed-negotiations',
      payload: {
        negotiationId: 'FN-1',
        feedType: 'LAYER_COMPLETE',
        volumeKg: 100_000,
        periodFrom: '2026-11-01',
        periodTo: '2027-01-31',
        openedOn: '2026-10-01',
        marketPricePerKgSatang: 1600,
      },
      headers: t.as('manager'),
    });
    const contract = await t.app.inject({
      method: 'POST',
      url: '/feed-contracts',
      payload: {
        contractId: 'FC-1',
        supplierId: 'SUP-CPF',
        feedType: 'LAYER_COMPLETE',
        pricePerKgSatang: 1450,
        volumeKg: 100_000,
        validFrom: '2026-11-01',
        validTo: '2027-01-31',
        marketPricePerKgSatang: 1600,
        agreedOn: '2026-10-20',
      },
      headers: t.as('manager'),
    });
    expect(contract.statusCode).toBe(201);
  }

  it('dead-letters supplier messages that name what is not registered or not of the contract, with the code', async () => {
    await feedSetup();
    await bus.publish([
      onTopic(TOPICS.supplierQuotes.name, supplierQuote('FN-1', 'Q-1', { supplierId: 'SUP-GHOST' })),
      onTopic(TOPICS.supplierDeliveryNotes.name, supplierDeliveryNote('FC-1', 'D-1', { farmId: 'F-999' })),
      onTopic(TOPICS.supplierInvoices.name, supplierInvoice('FC-1', 'INV-1')),
    ]);
    await handled(3);
    const codes = (topic: string) => dlq(topic).map((letter) => letter.headers['dlq-code']);
    expect(codes(TOPICS.supplierQuotes.name)).toEqual(['feed_supplier_not_registered']);
    expect(codes(TOPICS.supplierDeliveryNotes.name)).toEqual(['farm_not_registered']);
    // D-1 was never recorded: the invoice lists a delivery that is not the contract's.
    expect(codes(TOPICS.supplierInvoices.name)).toEqual(['delivery_not_of_contract']);
    expect(pipeline.counts).toMatchObject({ applied: 0, deadLettered: 3 });
  });

  it('maps every buyer and supplier topic to its command', async () => {
    await feedSetup();
    await bus.publish([
      onTopic(TOPICS.buyerOrders.name, buyerOrder('SO-1')),
      onTopic(TOPICS.buyerPayments.name, buyerPayment('SO-1', 'P-1')),
      onTopic(TOPICS.buyerDeliveries.name, buyerDelivery('SH-unknown')),
      onTopic(TOPICS.supplierQuotes.name, supplierQuote('FN-1', 'Q-1')),
      onTopic(TOPICS.supplierDeliveryNotes.name, supplierDeliveryNote('FC-1', 'D-1')),
    ]);
    await handled(5);
    await bus.publish([onTopic(TOPICS.supplierInvoices.name, supplierInvoice('FC-1', 'INV-1'))]);
    await handled(6);
    const types = async (stream: string) => (await t.store.readStream(stream)).map((e) => e.type);
    expect(await types('salesorder-SO-1')).toEqual(['SalesOrderConfirmed', 'PaymentReceived']);
    expect(await types('feednegotiation-FN-1')).toEqual(['FeedNegotiationOpened', 'FeedQuoteReceived']);
    expect(await types('feedcontract-FC-1')).toEqual(['FeedContractAgreed', 'FeedDelivered']);
    expect(await types('feedinvoice-INV-1')).toEqual(['FeedInvoiceReceived']);
    // No shipment SH-unknown: the delivery confirmation reached the shipment's decider and was refused.
    expect(dlq(TOPICS.buyerDeliveries.name)[0]?.headers['dlq-code']).toMatch(/not_found/);
    expect(pipeline.counts).toMatchObject({ applied: 5, deadLettered: 1 });
  });
});
