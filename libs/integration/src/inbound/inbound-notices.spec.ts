import { TOPICS } from '@khai/contracts';
import { SalesModule } from '@khai/sales';
import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, registerCluster } from '@khai/testing';

import { InProcessIntegrationBus } from '../adapters/in-process.integration-bus';
import { IntegrationModule } from '../integration.module';
import { OutboxRelay } from '../outbound/outbox-relay';
import { buyerDelivery, buyerOffer, buyerOrder, received } from '../testing/partner-messages';
import { InboundPipeline } from './inbound-pipeline';

const offers = TOPICS.buyerOffers.name;
const notices = TOPICS.coopNotices.name;

describe('a buyer hears back on coop.notices.v1 whether its offer or delivery confirmation was taken', () => {
  let t: HttpTestApp;
  let bus: InProcessIntegrationBus;
  let pipeline: InboundPipeline;

  beforeEach(async () => {
    bus = new InProcessIntegrationBus();
    // Dead-lettered at once: the notices of messages that waited are those of their dead letters.
    const integration = IntegrationModule.forRoot({ bus, enabled: false, waiting: { boundMs: 0 } });
    t = await createHttpTestApp([SalesModule, CLUSTER_REGISTRY, integration]);
    pipeline = t.app.get(InboundPipeline);
    await registerCluster(t.app, { partners: [{ partnerId: 'B-makro-cm', kind: 'BUYER' }] });
  });
  afterEach(() => t.close());

  const said = () => bus.read(notices).map((m) => ({ key: m.key, ...(JSON.parse(String(m.value)) as object) }));

  it('rejects an offer and a delivery confirmation with the code and reason of their dead letters, in reply to them', async () => {
    const offer = buyerOffer('N-none', 'R1');
    const delivery = buyerDelivery('SH-1', { buyerId: 'B-ghost' });
    await pipeline.handle(received(offers, offer));
    await pipeline.handle(received(TOPICS.buyerDeliveries.name, delivery));
    const [offerLetter] = bus.read(`${offers}.dlq`);
    expect(said()).toEqual([
      {
        key: 'N-none',
        messageId: expect.stringMatching(/^notice:[\w-]{43}$/) as unknown,
        occurredAt: expect.any(String) as unknown,
        schemaVersion: 1,
        kind: 'REJECTED',
        subject: 'OFFER',
        buyerId: 'B-makro-cm',
        inReplyTo: offer.messageId,
        negotiationId: 'N-none',
        roundId: 'R1',
        code: 'negotiation_not_found',
        reason: offerLetter?.headers['dlq-reason'],
      },
      expect.objectContaining({
        key: 'SH-1',
        kind: 'REJECTED',
        subject: 'DELIVERY',
        buyerId: 'B-ghost',
        inReplyTo: delivery.messageId,
        shipmentId: 'SH-1',
        code: 'buyer_not_registered',
      }),
    ]);
    expect(bus.read(notices)[0]?.headers).toMatchObject({
      'message-type': 'CoopNoticeMessage',
      'correlation-id': offer.messageId,
    });
  });

  it('gives the same notice id to the same record dead-lettered again, and another to the message sent again', async () => {
    const offer = received(offers, buyerOffer('N-none', 'R1'));
    await pipeline.handle(offer);
    await pipeline.handle(offer);
    await pipeline.handle({ ...offer, offset: `${offer.offset}0` });
    const ids = bus.read(notices).map((m) => m.headers['message-id']);
    expect(ids).toHaveLength(3);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it('sends no notice for what is not an offer or a delivery, for a body it cannot read, nor for a reused id', async () => {
    await pipeline.handle(received(TOPICS.buyerOrders.name, buyerOrder('SO-1', { buyerId: 'B-ghost' })));
    await pipeline.handle({ ...received(offers, buyerOffer('N-1', 'R1')), value: Buffer.from('{"offer') });
    const offer = buyerOffer('N-none', 'R1');
    await pipeline.handle(received(offers, offer));
    await pipeline.handle(received(offers, { ...offer, roundId: 'R9' }));
    expect(bus.read(`${TOPICS.buyerOrders.name}.dlq`)).toHaveLength(1);
    expect(bus.read(`${offers}.dlq`).map((m) => m.headers['dlq-code'])).toEqual([
      'malformed_json',
      'negotiation_not_found',
      'message_id_reused',
    ]);
    expect(said().map((n) => (n as { code?: string }).code)).toEqual(['negotiation_not_found']);
  });

  it('accepts an offer once it is in the log, in reply to its message, when the relay publishes the log', async () => {
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
    const offer = buyerOffer('N-1', 'R1');
    await pipeline.handle(received(offers, offer));
    const relay = t.app.get(OutboxRelay);
    await relay.start();
    try {
      await relay.waitFor(await t.store.headPosition(), 5000);
    } finally {
      await relay.stop();
    }
    expect(said()).toEqual([
      expect.objectContaining({
        key: 'N-1',
        kind: 'ACCEPTED',
        subject: 'OFFER',
        buyerId: 'B-makro-cm',
        inReplyTo: offer.messageId,
        roundId: 'R1',
        round: 1,
      }),
    ]);
  });
});
