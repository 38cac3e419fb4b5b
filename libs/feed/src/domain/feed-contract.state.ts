import type {
  FeedContractAgreed,
  FeedContractEvent,
  FeedDelivered,
  FeedDeliveryAdjusted,
  FeedOrderPlaced,
} from './feed-contract.events';

export interface FeedOrderState {
  readonly order: FeedOrderPlaced['data'];
  /** kg delivered against the order so far, after adjustments; never above order.kg. */
  readonly deliveredKg: number;
}

export interface FeedDeliveryState {
  /** As first recorded, so a resent delivery is still recognised after an adjustment. */
  readonly delivery: FeedDelivered['data'];
  /** Current kg and amount, after adjustments. */
  readonly kg: number;
  readonly amountSatang: number;
}

export type FeedContractState =
  | { readonly status: 'none' }
  | {
      readonly status: 'agreed';
      readonly contract: FeedContractAgreed['data'];
      readonly orders: ReadonlyMap<string, FeedOrderState>;
      readonly deliveries: ReadonlyMap<string, FeedDeliveryState>;
      readonly adjustments: ReadonlyMap<string, FeedDeliveryAdjusted['data']>;
      /** Σ kg ordered. */
      readonly orderedKg: number;
      /** Σ kg delivered (on orders or not), after adjustments. */
      readonly deliveredKg: number;
      /** The part of deliveredKg that filled orders. */
      readonly deliveredOnOrdersKg: number;
    };

export type AgreedFeedContract = Extract<FeedContractState, { status: 'agreed' }>;

export const initialFeedContractState: FeedContractState = { status: 'none' };

/** Ordered but not yet delivered. */
export function openOrderKg(state: AgreedFeedContract): number {
  return state.orderedKg - state.deliveredOnOrdersKg;
}

/** What the contract volume is spent on: open orders plus everything delivered. */
export function committedKg(state: AgreedFeedContract): number {
  return openOrderKg(state) + state.deliveredKg;
}

export function evolveFeedContract(state: FeedContractState, event: FeedContractEvent): FeedContractState {
  switch (event.type) {
    case 'FeedContractAgreed':
      return {
        status: 'agreed',
        contract: event.data,
        orders: new Map(),
        deliveries: new Map(),
        adjustments: new Map(),
        orderedKg: 0,
        deliveredKg: 0,
        deliveredOnOrdersKg: 0,
      };
    case 'FeedOrderPlaced':
      if (state.status === 'none') return state;
      return {
        ...state,
        orders: new Map(state.orders).set(event.data.orderId, { order: event.data, deliveredKg: 0 }),
        orderedKg: state.orderedKg + event.data.kg,
      };
    case 'FeedDelivered': {
      if (state.status === 'none') return state;
      const { data } = event;
      const delivery = { delivery: data, kg: data.kg, amountSatang: data.amountSatang };
      return fillOrder(
        { ...state, deliveries: new Map(state.deliveries).set(data.deliveryId, delivery) },
        data.orderId,
        data.kg,
      );
    }
    case 'FeedDeliveryAdjusted': {
      if (state.status === 'none') return state;
      const { data } = event;
      const earlier = state.deliveries.get(data.deliveryId);
      if (!earlier) return state;
      const delivery = { ...earlier, kg: data.newKg, amountSatang: earlier.amountSatang + data.amountDeltaSatang };
      // The delivery's own order decides what is filled; the event's copy is for readers.
      return fillOrder(
        {
          ...state,
          deliveries: new Map(state.deliveries).set(data.deliveryId, delivery),
          adjustments: new Map(state.adjustments).set(data.adjustmentId, data),
        },
        earlier.delivery.orderId,
        data.newKg - earlier.kg,
      );
    }
  }
}

function fillOrder(state: AgreedFeedContract, orderId: string | undefined, kg: number): AgreedFeedContract {
  const deliveredKg = state.deliveredKg + kg;
  const order = orderId === undefined ? undefined : state.orders.get(orderId);
  if (orderId === undefined || !order) return { ...state, deliveredKg };
  return {
    ...state,
    deliveredKg,
    deliveredOnOrdersKg: state.deliveredOnOrdersKg + kg,
    orders: new Map(state.orders).set(orderId, { ...order, deliveredKg: order.deliveredKg + kg }),
  };
}
