import {
  type CoopFeedOrderMessage,
  type CoopOfferMessage,
  type CoopOrderMessage,
  type CoopPaymentMessage,
  type CoopShipmentMessage,
  type SizeClass,
  type SizePrice,
  TOPICS,
} from '@khai/contracts';
import type { RecordedEvent } from '@khai/event-sourcing';
import type {
  FeedContractAgreed,
  FeedDelivered,
  FeedInvoicePaid,
  FeedInvoiceReceived,
  FeedOrderPlaced,
  FeedQuoteReceived,
} from '@khai/feed';
import type { EggsCollected } from '@khai/production';
import type {
  BuyerOfferReceived,
  CounterOfferMade,
  DeliveryConfirmed,
  NegotiationFailed,
  PaymentReceived,
  PriceAgreed,
  PriceNegotiationOpened,
  SalesOrderCancelled,
  SalesOrderConfirmed,
  ShipmentDispatched,
  ShipmentPlanned,
} from '@khai/sales';

import type { OutboundMessage } from '../integration-bus.port';
import type { FirstEventReader } from './first-event-reader';
import {
  deliveryAccepted,
  deliveryNoteAccepted,
  invoiceAccepted,
  offerAccepted,
  paymentReceipt,
  quoteAccepted,
} from './notice-mappers';
import { outboundMessage } from './outbound-message';

type Body<M> = Omit<M, 'messageId' | 'occurredAt' | 'schemaVersion'>;

type Mapper = (event: RecordedEvent, streams: FirstEventReader) => OutboundMessage[] | Promise<OutboundMessage[]>;

/**
 * Maps each domain event partners hear about to the integration messages it
 * publishes, explicitly, field by field: a renamed domain field never leaks to
 * partners, and internal facts (the cooperative's floor price) are never sent.
 * Member ids go out only with a feed order's farm and a shipped lot's farm, whose
 * id is unique only within its member. Every other event stays inside the cooperative.
 */
const MAPPERS: Readonly<Record<string, Mapper>> = {
  PriceNegotiationOpened: (event) => {
    const d = (event as unknown as PriceNegotiationOpened).data;
    return [
      offer(event, {
        kind: 'ASK',
        buyerId: d.buyerId,
        negotiationId: d.negotiationId,
        decidedOn: d.openedOn,
        prices: prices(d.asking),
      }),
    ];
  },
  BuyerOfferReceived: async (event, streams) => [
    await offerAccepted(event as unknown as RecordedEvent<BuyerOfferReceived>, streams),
  ],
  CounterOfferMade: async (event, streams) => {
    const d = (event as unknown as CounterOfferMade).data;
    const opened = await streams.data<PriceNegotiationOpened['data']>(
      'pricenegotiation',
      d.negotiationId,
      'PriceNegotiationOpened',
    );
    return [
      offer(event, {
        kind: 'COUNTER_OFFER',
        buyerId: opened.buyerId,
        negotiationId: d.negotiationId,
        decidedOn: d.offeredOn,
        round: d.round,
        roundId: d.roundId,
        prices: prices(d.prices),
      }),
    ];
  },
  PriceAgreed: (event) => {
    const d = (event as unknown as PriceAgreed).data;
    return [
      offer(event, {
        kind: 'AGREED',
        buyerId: d.buyerId,
        negotiationId: d.negotiationId,
        decidedOn: d.agreedOn,
        prices: prices(d.prices),
        validFrom: d.validFrom,
        validTo: d.validTo,
      }),
    ];
  },
  NegotiationFailed: (event) => {
    const d = (event as unknown as NegotiationFailed).data;
    return [
      offer(event, {
        kind: 'FAILED',
        buyerId: d.buyerId,
        negotiationId: d.negotiationId,
        decidedOn: d.failedOn,
        reason: d.reason,
      }),
    ];
  },
  SalesOrderConfirmed: (event) => {
    const d = (event as unknown as SalesOrderConfirmed).data;
    const body: Body<CoopOrderMessage> = {
      kind: 'CONFIRMED',
      orderId: d.orderId,
      buyerId: d.buyerId,
      decidedOn: d.orderedOn,
      ...(d.negotiationId === null ? {} : { negotiationId: d.negotiationId }),
      priceBasis: d.priceBasis,
      deliveryOn: d.deliveryOn,
      lines: d.lines.map((l) => ({
        size: l.size,
        trays: l.trays,
        satangPerEgg: l.satangPerEgg,
        eggs: l.eggs,
        amountSatang: l.amountSatang,
      })),
      totalTrays: d.totalTrays,
      totalEggs: d.totalEggs,
      valueSatang: d.valueSatang,
    };
    return [message(event, TOPICS.coopOrders.name, d.orderId, 'CoopOrderMessage', body)];
  },
  SalesOrderCancelled: async (event, streams) => {
    const d = (event as unknown as SalesOrderCancelled).data;
    const order = await streams.data<SalesOrderConfirmed['data']>('salesorder', d.orderId, 'SalesOrderConfirmed');
    const body: Body<CoopOrderMessage> = {
      kind: 'CANCELLED',
      orderId: d.orderId,
      buyerId: order.buyerId,
      decidedOn: d.cancelledOn,
      reason: d.reason,
    };
    return [message(event, TOPICS.coopOrders.name, d.orderId, 'CoopOrderMessage', body)];
  },
  ShipmentDispatched: async (event, streams) => [
    await shipment(event as unknown as RecordedEvent<ShipmentDispatched>, streams),
  ],
  DeliveryConfirmed: (event) => [deliveryAccepted(event as unknown as RecordedEvent<DeliveryConfirmed>)],
  FeedOrderPlaced: async (event, streams) => {
    const d = (event as unknown as FeedOrderPlaced).data;
    const contract = await streams.data<FeedContractAgreed['data']>('feedcontract', d.contractId, 'FeedContractAgreed');
    const body: Body<CoopFeedOrderMessage> = {
      contractId: d.contractId,
      supplierId: contract.supplierId,
      orderId: d.orderId,
      memberId: d.memberId,
      farmId: d.farmId,
      feedType: contract.feedType,
      kg: d.kg,
      orderedOn: d.orderedOn,
      requestedDeliveryOn: d.requestedDeliveryOn,
    };
    return [message(event, TOPICS.coopFeedOrders.name, d.contractId, 'CoopFeedOrderMessage', body)];
  },
  FeedQuoteReceived: (event) => [quoteAccepted(event as unknown as RecordedEvent<FeedQuoteReceived>)],
  FeedDelivered: async (event, streams) => [
    await deliveryNoteAccepted(event as unknown as RecordedEvent<FeedDelivered>, streams),
  ],
  FeedInvoiceReceived: (event) => [invoiceAccepted(event as unknown as RecordedEvent<FeedInvoiceReceived>)],
  PaymentReceived: async (event, streams) => [
    await paymentReceipt(event as unknown as RecordedEvent<PaymentReceived>, streams),
  ],
  FeedInvoicePaid: async (event, streams) => {
    const d = (event as unknown as FeedInvoicePaid).data;
    const invoice = await streams.data<FeedInvoiceReceived['data']>('feedinvoice', d.invoiceId, 'FeedInvoiceReceived');
    const body: Body<CoopPaymentMessage> = {
      kind: 'REMITTANCE',
      partnerId: invoice.supplierId,
      paymentId: d.paymentId,
      paidOn: d.paidOn,
      amountSatang: d.amountSatang,
      invoiceId: d.invoiceId,
      outstandingSatang: d.outstandingSatang,
    };
    return [message(event, TOPICS.coopPayments.name, d.invoiceId, 'CoopPaymentMessage', body)];
  },
};

/**
 * The domain events partners hear about: those with a mapper, so a mapper added is a type the relay asks the log
 * for (it asks for these and the opening events it remembers, and passes over the rest undecoded).
 */
export const PUBLISHED_EVENT_TYPES: ReadonlySet<string> = new Set(Object.keys(MAPPERS));

/** The integration messages one domain event publishes: none for an event partners do not hear about. */
export async function integrationMessagesFor(
  event: RecordedEvent,
  streams: FirstEventReader,
): Promise<OutboundMessage[]> {
  return Object.hasOwn(MAPPERS, event.type) ? MAPPERS[event.type]!(event, streams) : [];
}

/** A dispatched shipment with each of its lots traced to the member, farm, flock and day the eggs were collected. */
async function shipment(event: RecordedEvent<ShipmentDispatched>, streams: FirstEventReader): Promise<OutboundMessage> {
  const d = event.data;
  const plan = await streams.data<ShipmentPlanned['data']>('shipment', d.shipmentId, 'ShipmentPlanned');
  const lots = await Promise.all(
    plan.items.map(async (item) => {
      const lot = await streams.data<EggsCollected['data']>('lot', item.lotId, 'EggsCollected');
      return {
        lotId: item.lotId,
        size: item.size,
        trays: item.trays,
        eggs: item.eggs,
        memberId: lot.memberId,
        farmId: lot.farmId,
        flockId: lot.flockId,
        collectedOn: lot.collectedOn,
      };
    }),
  );
  const body: Body<CoopShipmentMessage> = {
    shipmentId: d.shipmentId,
    orderId: d.orderId,
    buyerId: d.buyerId,
    dispatchedOn: d.dispatchedOn,
    ...(d.vehicle === null ? {} : { vehicle: d.vehicle }),
    lots,
    totalTrays: plan.totalTrays,
    totalEggs: plan.totalEggs,
  };
  return message(event, TOPICS.coopShipments.name, d.shipmentId, 'CoopShipmentMessage', body);
}

function offer(event: RecordedEvent, body: Body<CoopOfferMessage>): OutboundMessage {
  return message(event, TOPICS.coopOffers.name, body.negotiationId, 'CoopOfferMessage', body);
}

function prices(list: readonly { readonly size: SizeClass; readonly satangPerEgg: number }[]): SizePrice[] {
  return list.map((p) => ({ size: p.size, satangPerEgg: p.satangPerEgg }));
}

function message(event: RecordedEvent, topic: string, key: string, type: string, body: object): OutboundMessage {
  return outboundMessage(topic, key, type, event.metadata, body);
}
