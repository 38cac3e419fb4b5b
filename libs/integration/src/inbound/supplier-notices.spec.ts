import { CoopNoticeMessage, parseMessage, TOPICS } from '@khai/contracts';
import { FeedModule } from '@khai/feed';
import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, registerCluster } from '@khai/testing';

import { InProcessIntegrationBus } from '../adapters/in-process.integration-bus';
import { IntegrationModule } from '../integration.module';
import { rejectionNotice } from '../outbound/notice-mappers';
import { OutboxRelay } from '../outbound/outbox-relay';
import { received, supplierDeliveryNote, supplierInvoice, supplierQuote } from '../testing/partner-messages';
import { InboundPipeline } from './inbound-pipeline';

const notices = TOPICS.coopNotices.name;

describe('a feed supplier hears back on coop.notices.v1 whether its quote, delivery note or invoice was taken', () => {
  let t: HttpTestApp;
  let bus: InProcessIntegrationBus;
  let pipeline: InboundPipeline;

  beforeEach(async () => {
    bus = new InProcessIntegrationBus();
    const integration = IntegrationModule.forRoot({ bus, enabled: false, waiting: { boundMs: 0 } });
    t = await createHttpTestApp([FeedModule, CLUSTER_REGISTRY, integration]);
    pipeline = t.app.get(InboundPipeline);
    await registerCluster(t.app, {
      members: [{ memberId: 'M-001', farmIds: ['F-001'] }],
      partners: [{ partnerId: 'SUP-CPF', kind: 'FEED_SUPPLIER' }],
    });
    for (const [url, payload] of [
      [
        '/feed-negotiations',
        {
          negotiationId: 'FN-1',
          feedType: 'LAYER_COMPLETE',
          volumeKg: 100_000,
          periodFrom: '2026-11-01',
          periodTo: '2027-01-31',
          openedOn: '2026-10-01',
          marketPricePerKgSatang: 1600,
        },
      ],
      [
        '/feed-contracts',
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
        },
      ],
    ] as const) {
      const res = await t.app.inject({ method: 'POST', url, payload, headers: t.as('manager') });
      expect(res.statusCode).toBe(201);
    }
  });
  afterEach(() => t.close());

  const said = () => bus.read(notices).map((m) => ({ key: m.key, ...(JSON.parse(String(m.value)) as object) }));

  /** Publishes the log to the bus, as the relay does, up to its head. */
  async function relayed(): Promise<void> {
    const relay = t.app.get(OutboxRelay);
    await relay.start();
    try {
      await relay.waitFor(await t.store.headPosition(), 5000);
    } finally {
      await relay.stop();
    }
  }

  it('accepts a quote, a delivery note and an invoice once recorded, in reply to each, to the supplier', async () => {
    const quote = supplierQuote('FN-1', 'Q-1');
    const note = supplierDeliveryNote('FC-1', 'D-1');
    const invoice = supplierInvoice('FC-1', 'INV-1');
    for (const [topic, body] of [
      [TOPICS.supplierQuotes.name, quote],
      [TOPICS.supplierDeliveryNotes.name, note],
      [TOPICS.supplierInvoices.name, invoice],
    ] as const) {
      await pipeline.handle(received(topic, body));
    }
    expect(pipeline.counts).toMatchObject({ applied: 3, deadLettered: 0 });
    await relayed();
    const accepted = said().filter((n) => (n as { kind?: string }).kind === 'ACCEPTED');
    expect(accepted).toEqual([
      {
        key: 'FN-1',
        messageId: expect.any(String) as unknown,
        occurredAt: expect.any(String) as unknown,
        schemaVersion: 1,
        kind: 'ACCEPTED',
        subject: 'QUOTE',
        supplierId: 'SUP-CPF',
        inReplyTo: quote.messageId,
        negotiationId: 'FN-1',
        quoteId: 'Q-1',
      },
      expect.objectContaining({
        key: 'FC-1',
        subject: 'DELIVERY_NOTE',
        supplierId: 'SUP-CPF',
        inReplyTo: note.messageId,
        contractId: 'FC-1',
        deliveryId: 'D-1',
      }),
      expect.objectContaining({
        key: 'INV-1',
        subject: 'INVOICE',
        supplierId: 'SUP-CPF',
        inReplyTo: invoice.messageId,
        invoiceId: 'INV-1',
        contractId: 'FC-1',
      }),
    ]);
    // Each is a valid CoopNoticeMessage, as a partner's parser reads it: no buyerId on a supplier's notice.
    for (const m of bus.read(notices)) {
      expect(parseMessage(CoopNoticeMessage, String(m.value)).ok).toBe(true);
      expect(JSON.parse(String(m.value))).not.toHaveProperty('buyerId');
    }
  });

  it('rejects each with the code and reason of its dead letter, keyed and sent as its accepted notice would be', async () => {
    const quote = supplierQuote('FN-none', 'Q-1');
    const note = supplierDeliveryNote('FC-1', 'D-1', { farmId: 'F-999' });
    const invoice = supplierInvoice('FC-1', 'INV-1');
    await pipeline.handle(received(TOPICS.supplierQuotes.name, quote));
    await pipeline.handle(received(TOPICS.supplierDeliveryNotes.name, note));
    await pipeline.handle(received(TOPICS.supplierInvoices.name, invoice));
    const letter = (topic: string) => bus.read(`${topic}.dlq`)[0]?.headers;
    expect(said()).toEqual([
      expect.objectContaining({
        key: 'FN-none',
        kind: 'REJECTED',
        subject: 'QUOTE',
        supplierId: 'SUP-CPF',
        inReplyTo: quote.messageId,
        negotiationId: 'FN-none',
        quoteId: 'Q-1',
        code: 'negotiation_not_found',
        reason: letter(TOPICS.supplierQuotes.name)?.['dlq-reason'],
      }),
      expect.objectContaining({
        key: 'FC-1',
        subject: 'DELIVERY_NOTE',
        inReplyTo: note.messageId,
        contractId: 'FC-1',
        deliveryId: 'D-1',
        code: 'farm_not_registered',
      }),
      expect.objectContaining({
        key: 'INV-1',
        subject: 'INVOICE',
        inReplyTo: invoice.messageId,
        invoiceId: 'INV-1',
        contractId: 'FC-1',
        code: 'delivery_not_of_contract',
        reason: letter(TOPICS.supplierInvoices.name)?.['dlq-reason'],
      }),
    ]);
    for (const m of bus.read(notices)) {
      expect(parseMessage(CoopNoticeMessage, String(m.value)).ok).toBe(true);
    }
  });

  it("names the supplier as the partner of its notice: on per-partner topics it goes to the supplier's own topic", () => {
    const raw = received(TOPICS.supplierInvoices.name, supplierInvoice('FC-1', 'INV-1', { supplierId: 'SUP-BETAGRO' }));
    const parsed = parseMessage(TOPICS.supplierInvoices.message, raw.value);
    if (!parsed.ok) throw new Error('the invoice does not parse');
    const notice = rejectionNotice(raw, parsed.message, 'feed_supplier_not_registered', 'not registered');
    expect(notice).toMatchObject({ topic: notices, key: 'INV-1', partner: 'SUP-BETAGRO' });
  });
});
