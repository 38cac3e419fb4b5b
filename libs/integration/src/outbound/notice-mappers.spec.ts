import { randomUUID } from 'node:crypto';

import { parseMessage, TOPICS, topicSpec } from '@khai/contracts';
import { type DomainEvent, type EventStore, InMemoryEventStore, type RecordedEvent } from '@khai/event-sourcing';

import { encodeValue, type OutboundMessage } from '../integration-bus.port';
import { FirstEventReader } from './first-event-reader';
import { integrationMessagesFor } from './outbound-mappers';

const ORDER = {
  orderId: 'SO-1',
  buyerId: 'B-1',
  negotiationId: null,
  priceBasis: 'SPOT',
  orderedOn: '2026-11-20',
  deliveryOn: '2026-11-26',
  lines: [{ size: 2, trays: 10, satangPerEgg: 365, eggs: 300, amountSatang: 109_500 }],
  totalTrays: 10,
  totalEggs: 300,
  valueSatang: 109_500,
};

const claim = (reason: string, eggs: number, amountSatang: number) => ({ reason, size: 2, eggs, amountSatang });

/** Appends one event as `actor` (over Kafka: `partner:<buyer>`, caused by the message id), and gives it back. */
async function append(
  store: EventStore,
  stream: string,
  event: DomainEvent,
  { actor = 'user:u-1:manager', causationId = null }: { actor?: string; causationId?: string | null } = {},
): Promise<RecordedEvent> {
  const eventId = randomUUID();
  await store.append(
    stream,
    [
      {
        ...event,
        metadata: {
          eventId,
          schemaVersion: 1,
          occurredAt: '2026-11-20T03:00:00.000Z',
          actor,
          correlationId: 'corr-1',
          causationId,
          idempotencyKey: null,
        },
      },
    ],
    'any',
  );
  const recorded = (await store.readStream(stream)).find((e) => e.metadata.eventId === eventId);
  if (!recorded) throw new Error('not appended');
  return recorded;
}

const body = (m: OutboundMessage | undefined) => m?.value as Record<string, unknown>;

describe('notices and receipts to buyers (mapped from the log)', () => {
  let store: InMemoryEventStore;
  let streams: FirstEventReader;
  /** The messages an event is mapped to, each checked as a partner's validator would: by its class. */
  const map = async (event: RecordedEvent) => {
    const messages = await integrationMessagesFor(event, streams);
    for (const m of messages) {
      const spec = topicSpec(m.topic);
      if (!spec) throw new Error(`no topic ${m.topic}`);
      expect(parseMessage(spec.message, encodeValue(m.value))).toMatchObject({ ok: true });
    }
    return messages;
  };

  beforeEach(() => {
    store = new InMemoryEventStore();
    streams = new FirstEventReader(store);
  });

  async function delivered(shipmentId: string, claims: ReturnType<typeof claim>[]): Promise<RecordedEvent> {
    await append(store, `salesorder-SO-1`, {
      type: 'SalesOrderDispatchRecorded',
      data: { orderId: 'SO-1', shipmentId, dispatchedOn: '2026-11-25' },
    });
    return append(
      store,
      `shipment-${shipmentId}`,
      {
        type: 'DeliveryConfirmed',
        data: {
          shipmentId,
          orderId: 'SO-1',
          buyerId: 'B-1',
          deliveredOn: '2026-11-26',
          recount: [{ size: 2, shippedTrays: 5, recountedTrays: 4, shortTrays: 1 }],
          claims,
          shortTrays: 1,
          claimedSatang: claims.reduce((s, c) => s + c.amountSatang, 0),
        },
      },
      { actor: 'partner:B-1', causationId: `msg-${shipmentId}` },
    );
  }

  const payment = (paymentId: string, amountSatang: number) =>
    append(store, 'salesorder-SO-1', {
      type: 'PaymentReceived',
      data: { orderId: 'SO-1', buyerId: 'B-1', paymentId, paidOn: '2026-11-30', amountSatang, method: 'TRANSFER' },
    });

  it('accepts a buyer offer with the round it became, in reply to its message; recorded by hand, in reply to nothing', async () => {
    await append(store, 'pricenegotiation-N-1', {
      type: 'PriceNegotiationOpened',
      data: { negotiationId: 'N-1', buyerId: 'B-1', openedOn: '2026-10-01', asking: [], floorSatangPerEgg: null },
    });
    const offer = (roundId: string, round: number) => ({
      type: 'BuyerOfferReceived',
      data: { negotiationId: 'N-1', roundId, round, offeredOn: '2026-10-02', prices: [], eggsPerWeek: null },
    });
    const overKafka = await append(store, 'pricenegotiation-N-1', offer('R1', 1), {
      actor: 'partner:B-1',
      causationId: 'msg-1',
    });
    const [notice] = await map(overKafka);
    expect(notice).toMatchObject({
      topic: TOPICS.coopNotices.name,
      key: 'N-1',
      headers: { 'message-id': overKafka.metadata.eventId, 'message-type': 'CoopNoticeMessage' },
    });
    expect(body(notice)).toEqual({
      messageId: overKafka.metadata.eventId,
      occurredAt: '2026-11-20T03:00:00.000Z',
      schemaVersion: 1,
      kind: 'ACCEPTED',
      subject: 'OFFER',
      buyerId: 'B-1',
      inReplyTo: 'msg-1',
      negotiationId: 'N-1',
      roundId: 'R1',
      round: 1,
    });
    const byHand = await append(store, 'pricenegotiation-N-1', offer('R3', 3), { causationId: 'some-request' });
    expect(body((await map(byHand))[0])).not.toHaveProperty('inReplyTo');
  });

  it('accepts a delivery confirmation with its recount and each claim as treated: recorded, not deducted', async () => {
    await append(store, 'salesorder-SO-1', { type: 'SalesOrderConfirmed', data: ORDER });
    const event = await delivered('SH-1', [claim('SHORT', 30, 10_950), claim('BROKEN', 12, 4380)]);
    const [notice] = await map(event);
    expect(notice?.key).toBe('SH-1');
    expect(body(notice)).toMatchObject({
      kind: 'ACCEPTED',
      subject: 'DELIVERY',
      buyerId: 'B-1',
      inReplyTo: 'msg-SH-1',
      shipmentId: 'SH-1',
      orderId: 'SO-1',
      recount: [{ size: 2, shippedTrays: 5, recountedTrays: 4, shortTrays: 1 }],
      claims: [
        { shipmentId: 'SH-1', reason: 'SHORT', size: 2, eggs: 30, amountSatang: 10_950, treatment: 'RECORDED' },
        { shipmentId: 'SH-1', reason: 'BROKEN', size: 2, eggs: 12, amountSatang: 4380, treatment: 'RECORDED' },
      ],
      claimedSatang: 15_330,
    });
  });

  it('states on a receipt what is still owed on the order and the claims confirmed before the payment, the same when published again', async () => {
    await append(store, 'salesorder-SO-1', { type: 'SalesOrderConfirmed', data: ORDER });
    const first = await payment('P-1', 50_000);
    await delivered('SH-1', [claim('BROKEN', 12, 4380)]);
    const second = await payment('P-2', 40_000);
    await delivered('SH-2', [claim('DIRTY', 30, 10_950)]);

    const receipt = async (event: RecordedEvent) => body((await map(event))[0]);
    expect(await receipt(first)).toMatchObject({
      kind: 'RECEIPT',
      orderId: 'SO-1',
      amountSatang: 50_000,
      orderValueSatang: 109_500,
      paidSatang: 50_000,
      outstandingSatang: 59_500,
      claims: [],
      claimedSatang: 0,
    });
    const later = {
      amountSatang: 40_000,
      paidSatang: 90_000,
      outstandingSatang: 19_500,
      claims: [{ shipmentId: 'SH-1', reason: 'BROKEN', size: 2, eggs: 12, amountSatang: 4380, treatment: 'RECORDED' }],
      claimedSatang: 4380,
    };
    expect(await receipt(second)).toMatchObject(later);
    // Published again after everything that came since (a relay restart): the receipt says what it said.
    await payment('P-3', 19_500);
    expect(await receipt(second)).toMatchObject(later);
  });
});
