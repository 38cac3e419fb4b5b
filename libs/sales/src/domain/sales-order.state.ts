import type { Satang } from '@khai/contracts';

import type {
  PaymentReceived,
  SalesOrderCancelled,
  SalesOrderConfirmed,
  SalesOrderDispatchRecorded,
  SalesOrderEvent,
} from './sales-order.events';

interface SalesOrder {
  readonly order: SalesOrderConfirmed['data'];
  readonly payments: readonly PaymentReceived['data'][];
  /** Σ payments, never more than the order value. */
  readonly paidSatang: Satang;
  readonly dispatches: readonly SalesOrderDispatchRecorded['data'][];
}

export type SalesOrderState =
  | { readonly status: 'none' }
  | ({ readonly status: 'confirmed' } & SalesOrder)
  | ({ readonly status: 'cancelled'; readonly cancellation: SalesOrderCancelled['data'] } & SalesOrder);

export const initialSalesOrderState: SalesOrderState = { status: 'none' };

/** What the buyer still owes. */
export function outstandingSatang(state: SalesOrder): Satang {
  return state.order.valueSatang - state.paidSatang;
}

/** Total: an event that cannot apply (never written by the decider) leaves the state as it is. */
export function evolveSalesOrder(state: SalesOrderState, event: SalesOrderEvent): SalesOrderState {
  switch (event.type) {
    case 'SalesOrderConfirmed':
      return state.status === 'none'
        ? { status: 'confirmed', order: event.data, payments: [], paidSatang: 0, dispatches: [] }
        : state;
    case 'SalesOrderCancelled':
      return state.status === 'confirmed' ? { ...state, status: 'cancelled', cancellation: event.data } : state;
    case 'SalesOrderDispatchRecorded':
      return state.status === 'none' ? state : { ...state, dispatches: [...state.dispatches, event.data] };
    case 'PaymentReceived':
      return state.status === 'none'
        ? state
        : {
            ...state,
            payments: [...state.payments, event.data],
            paidSatang: state.paidSatang + event.data.amountSatang,
          };
  }
}
