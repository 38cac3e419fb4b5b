import { randomUUID } from 'node:crypto';

import { OUTBOUND_TOPICS, parseMessage, TOPICS } from '@khai/contracts';
import {
  type DomainEvent,
  type EventEnvelope,
  type EventHandler,
  type EventStore,
  InMemoryCheckpointStore,
  InMemoryEventStore,
} from '@khai/event-sourcing';

import { InProcessIntegrationBus } from '../adapters/in-process.integration-bus';
import type { IntegrationBus, OutboundMessage } from '../integration-bus.port';
import { DEFAULT_RELAY_OPTIONS, OutboxRelay, RELAYED_EVENT_TYPES } from './outbox-relay';

function envelope(type: string, data: unknown): EventEnvelope {
  return {
    type,
    data,
    metadata: {
      eventId: randomUUID(),
      schemaVersion: 1,
      occurredAt: '2026-11-20T03:00:00.000Z',
      actor: 'test',
      correlationId: 'corr-1',
      causationId: null,
      idempotencyKey: null,
    },
  };
}

async function append(store: EventStore, stream: string, ...events: DomainEvent[]): Promise<number> {
  const result = await store.append(
    stream,
    events.map((e) => envelope(e.type, e.data)),
    'any',
  );
  return result.position;
}

/** One of each published fact, with the streams their mapping reads. */
async function chain(store: EventStore): Promise<number> {
  const price = { size: 2, satangPerEgg: 365 };
  await append(store, 'pricenegotiation-N-1', {
    type: 'PriceNegotiationOpened',
    data: {
      negotiationId: 'N-1',
      buyerId: 'B-1',
      openedOn: '2026-10-01',
      asking: [price],
      floorSatangPerEgg: 300,
      ceilingSatangPerEgg: null,
    },
  });
  await append(store, 'pricenegotiation-N-1', {
    type: 'CounterOfferMade',
    data: { negotiationId: 'N-1', roundId: 'R2', round: 2, offeredOn: '2026-10-03', prices: [price] },
  });
  await append(store, 'salesorder-SO-1', {
    type: 'SalesOrderConfirmed',
    data: {
      orderId: 'SO-1',
      buyerId: 'B-1',
      negotiationId: null,
      priceBasis: 'SPOT',
      orderedOn: '2026-11-20',
      deliveryOn: '2026-11-26',
      lines: [{ size: 2, trays: 2, satangPerEgg: 365, eggs: 60, amountSatang: 21_900 }],
      totalTrays: 2,
      totalEggs: 60,
      valueSatang: 21_900,
    },
  });
  await append(store, 'lot-L-1', {
    type: 'EggsCollected',
    data: { lotId: 'L-1', memberId: 'M-1', farmId: 'F-1', flockId: 'FL-1', collectedOn: '2026-11-19', eggs: 900 },
  });
  await append(store, 'shipment-SH-1', {
    type: 'ShipmentPlanned',
    data: {
      shipmentId: 'SH-1',
      orderId: 'SO-1',
      buyerId: 'B-1',
      plannedOn: '2026-11-21',
      items: [{ lotId: 'L-1', size: 2, trays: 2, eggs: 60 }],
      totalTrays: 2,
      totalEggs: 60,
    },
  });
  await append(store, 'shipment-SH-1', {
    type: 'ShipmentDispatched',
    data: { shipmentId: 'SH-1', orderId: 'SO-1', buyerId: 'B-1', dispatchedOn: '2026-11-25', vehicle: null },
  });
  await append(store, 'salesorder-SO-1', {
    type: 'PaymentReceived',
    data: {
      orderId: 'SO-1',
      buyerId: 'B-1',
      paymentId: 'P-1',
      paidOn: '2026-11-30',
      amountSatang: 21_900,
      method: 'TRANSFER',
    },
  });
  await append(store, 'feedcontract-FC-1', {
    type: 'FeedContractAgreed',
    data: {
      contractId: 'FC-1',
      supplierId: 'SUP-1',
      feedType: 'LAYER_COMPLETE',
      pricePerKgSatang: 1450,
      volumeKg: 100_000,
      validFrom: '2026-11-01',
      validTo: '2027-01-31',
      marketPricePerKgSatang: 1600,
      agreedOn: '2026-10-20',
    },
  });
  return append(store, 'feedcontract-FC-1', {
    type: 'FeedOrderPlaced',
    data: {
      contractId: 'FC-1',
      orderId: 'FO-1',
      memberId: 'M-1',
      farmId: 'F-1',
      kg: 2000,
      orderedOn: '2026-11-01',
      requestedDeliveryOn: '2026-11-03',
    },
  });
}

/** A published message body, as a partner reads it. */
function bodyOf(value: Buffer | null | undefined): Record<string, unknown> {
  return JSON.parse(String(value)) as Record<string, unknown>;
}

describe('outbox relay', () => {
  let store: InMemoryEventStore;
  let checkpoints: InMemoryCheckpointStore;
  let bus: InProcessIntegrationBus;

  beforeEach(() => {
    store = new InMemoryEventStore();
    checkpoints = new InMemoryCheckpointStore();
    bus = new InProcessIntegrationBus();
  });

  const relayOn = (b: IntegrationBus) => new OutboxRelay(store, checkpoints, b, DEFAULT_RELAY_OPTIONS);
  const all = () => OUTBOUND_TOPICS.flatMap((t) => bus.read(t.name));

  it('publishes explicit integration messages, keyed, with the event id, that validate against the contract', async () => {
    const head = await chain(store);
    const relay = relayOn(bus);
    await relay.start();
    await relay.waitFor(head);
    await relay.stop();

    const offers = bus.read(TOPICS.coopOffers.name);
    expect(offers.map((m) => bodyOf(m.value).kind)).toEqual(['ASK', 'COUNTER_OFFER']);
    expect(offers.every((m) => m.key === 'N-1')).toBe(true);
    expect(bodyOf(offers[0]?.value)).not.toHaveProperty('floorSatangPerEgg');
    expect(bodyOf(offers[1]?.value)).toMatchObject({ buyerId: 'B-1', round: 2 });

    const [shipment] = bus.read(TOPICS.coopShipments.name);
    expect(shipment?.key).toBe('SH-1');
    expect(bodyOf(shipment?.value).lots).toEqual([
      {
        lotId: 'L-1',
        size: 2,
        trays: 2,
        eggs: 60,
        memberId: 'M-1',
        farmId: 'F-1',
        flockId: 'FL-1',
        collectedOn: '2026-11-19',
      },
    ]);
    expect(bus.read(TOPICS.coopOrders.name)[0]?.key).toBe('SO-1');
    expect(bodyOf(bus.read(TOPICS.coopFeedOrders.name)[0]?.value)).toMatchObject({
      supplierId: 'SUP-1',
      feedType: 'LAYER_COMPLETE',
    });
    expect(bus.read(TOPICS.coopPayments.name)[0]?.key).toBe('SO-1');

    const events = await store.readAll({ maxCount: 100 });
    for (const m of all()) {
      const spec = OUTBOUND_TOPICS.find((t) => t.name === m.topic);
      const parsed = parseMessage(spec!.message, m.value);
      expect(parsed).toMatchObject({ ok: true });
      expect(events.some((e) => e.metadata.eventId === m.headers['message-id'])).toBe(true);
      expect(bodyOf(m.value).messageId).toBe(m.headers['message-id']);
    }
    expect(all()).toHaveLength(6);
    expect(await checkpoints.load('integration-relay')).toBe(head);
  });

  it('resumes from its checkpoint: a restart publishes only what is new', async () => {
    const head = await chain(store);
    const first = relayOn(bus);
    await first.start();
    await first.waitFor(head);
    await first.stop();
    const more = await append(store, 'salesorder-SO-1', {
      type: 'PaymentReceived',
      data: {
        orderId: 'SO-1',
        buyerId: 'B-1',
        paymentId: 'P-2',
        paidOn: '2026-12-01',
        amountSatang: 1,
        method: 'CASH',
      },
    });
    const second = relayOn(bus);
    await second.start();
    await second.waitFor(more);
    await second.stop();
    expect(all()).toHaveLength(7);
  });

  it('passes over the events it neither publishes nor remembers, and moves its checkpoint past them', async () => {
    const handed: string[] = [];
    const subscribe = store.subscribeToAll.bind(store);
    jest.spyOn(store, 'subscribeToAll').mockImplementation((handler: EventHandler, options) =>
      subscribe((event) => {
        handed.push(event.type);
        return handler(event);
      }, options),
    );
    const published = await chain(store);
    await append(store, 'lot-L-1', {
      type: 'LotGraded',
      data: { lotId: 'L-1', gradedOn: '2026-11-20', sizes: [{ size: 2, eggs: 880 }], rejects: 20 },
    });
    const head = await append(store, 'flock-FL-1', {
      type: 'FlockMortalityRecorded',
      data: { flockId: 'FL-1', recordedOn: '2026-11-20', deaths: 3 },
    });

    const relay = relayOn(bus);
    await relay.start();
    await relay.waitFor(head);
    await relay.stop();

    expect(handed).not.toContain('LotGraded');
    expect(handed).not.toContain('FlockMortalityRecorded');
    expect(handed.every((type) => RELAYED_EVENT_TYPES.has(type))).toBe(true);
    expect(head).toBeGreaterThan(published);
    expect(await checkpoints.load('integration-relay')).toBe(head);
    expect(all()).toHaveLength(6);
  });

  it('makes a shipment from the plan and collections it passed, without reading their streams', async () => {
    const readStream = jest.spyOn(store, 'readStream');
    const head = await chain(store);
    const relay = relayOn(bus);
    await relay.start();
    await relay.waitFor(head);
    await relay.stop();

    const read = readStream.mock.calls.map(([name, options]) => ({ name, options }));
    expect(read.map((r) => r.name)).not.toContain('lot-L-1');
    // The receipt reads its order and shipment as they stood (not first events); nothing else is read.
    expect(read.filter((r) => r.options?.maxCount === 1)).toEqual([]);
    expect(bodyOf(bus.read(TOPICS.coopShipments.name)[0]?.value)).toMatchObject({
      totalTrays: 2,
      lots: [{ lotId: 'L-1', memberId: 'M-1', farmId: 'F-1', collectedOn: '2026-11-19' }],
    });
  });

  it('reads the first events of streams opened before its checkpoint: the same messages', async () => {
    const head = await chain(store);
    const whole = relayOn(bus);
    await whole.start();
    await whole.waitFor(head);
    await whole.stop();
    const [dispatched] = (await store.readStream('shipment-SH-1')).filter((e) => e.type === 'ShipmentDispatched');

    const later = new InProcessIntegrationBus();
    const lateCheckpoints = new InMemoryCheckpointStore();
    await lateCheckpoints.save('integration-relay', dispatched!.position - 1);
    const readStream = jest.spyOn(store, 'readStream');
    const late = new OutboxRelay(store, lateCheckpoints, later, DEFAULT_RELAY_OPTIONS);
    await late.start();
    await late.waitFor(head);
    await late.stop();

    const firstReads = readStream.mock.calls.filter(([, options]) => options?.maxCount === 1).map(([name]) => name);
    // The plan and the lot were written before the checkpoint; the contract after it, passed on the way.
    expect(firstReads).toEqual(['shipment-SH-1', 'lot-L-1']);
    const [again] = later.read(TOPICS.coopShipments.name);
    const [before] = bus.read(TOPICS.coopShipments.name);
    expect(String(again?.value)).toBe(String(before?.value));
    expect(again?.headers).toEqual(before?.headers);
  });

  const payment = (paymentId: string) => ({
    type: 'PaymentReceived',
    data: { orderId: 'SO-1', buyerId: 'B-1', paymentId, paidOn: '2026-12-01', amountSatang: 1, method: 'CASH' },
  });
  /** Waits until the bus has `n` messages in all. */
  const published = async (n: number) => {
    while (all().length < n) await new Promise((r) => setTimeout(r, 2));
  };

  it('saves the checkpoint at most once an interval while it publishes, and what it published when it stops', async () => {
    const saves: number[] = [];
    const counting = Object.assign(Object.create(checkpoints) as InMemoryCheckpointStore, {
      save: async (name: string, position: number) => {
        saves.push(position);
        await checkpoints.save(name, position);
      },
    });
    const head = await chain(store);
    const relay = new OutboxRelay(store, counting, bus, { ...DEFAULT_RELAY_OPTIONS, checkpointIntervalMs: 60_000 });
    await relay.start();
    await relay.waitFor(head); // the first publish saves at once
    const more: number[] = [];
    for (let i = 0; i < 3; i++) {
      more.push(await append(store, 'salesorder-SO-1', payment(`P-${i}`)));
      await published(7 + i);
    }
    expect(saves).toEqual([head]);
    expect((await relay.status()).checkpoint).toBe(head);
    await relay.stop();
    expect(saves).toEqual([head, more[2]]);
    expect(await checkpoints.load('integration-relay')).toBe(more[2]);
  });

  it('saves what it published once the interval has passed, without another publish', async () => {
    const head = await chain(store);
    const relay = new OutboxRelay(store, checkpoints, bus, { ...DEFAULT_RELAY_OPTIONS, checkpointIntervalMs: 100 });
    await relay.start();
    await relay.waitFor(head);
    const more = await append(store, 'salesorder-SO-1', payment('P-9'));
    await published(7);
    expect(await checkpoints.load('integration-relay')).toBe(head);
    await relay.waitFor(more);
    expect(await checkpoints.load('integration-relay')).toBe(more);
    await relay.stop();
  });

  it('keeps the checkpoint until the bus acknowledges, and retries', async () => {
    const head = await chain(store);
    let failures = 3;
    const flaky: IntegrationBus = {
      publish: (messages: readonly OutboundMessage[]) =>
        failures-- > 0 ? Promise.reject(new Error('broker away')) : bus.publish(messages),
      consume: bus.consume.bind(bus),
      close: bus.close.bind(bus),
    };
    const relay = relayOn(flaky);
    await relay.start();
    await new Promise((r) => setTimeout(r, 30));
    expect(await checkpoints.load('integration-relay')).toBeUndefined();
    await relay.waitFor(head);
    await relay.stop();
    expect(all()).toHaveLength(6);
    expect((await relay.status()).lag).toBe(0);
  });
});
