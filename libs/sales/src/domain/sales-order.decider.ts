import { EGGS_PER_TRAY, type SizeClass } from '@khai/contracts';
import { Conflict, type Decider, InvariantViolated, NotFound, requireDistinct, sameFacts } from '@khai/core';

import { bySize, requireNotBefore, requireReason, requireSafeTotal, requireWholeNumber } from './rules';
import {
  PAYMENT_METHODS,
  type PaymentReceived,
  type SalesOrderCancelled,
  type SalesOrderConfirmed,
  type SalesOrderDispatchRecorded,
  type SalesOrderEvent,
} from './sales-order.events';
import { evolveSalesOrder, initialSalesOrderState, outstandingSatang, type SalesOrderState } from './sales-order.state';

export type ConfirmSalesOrder = {
  readonly type: 'ConfirmSalesOrder';
  readonly data: {
    readonly orderId: string;
    readonly buyerId: string;
    readonly negotiationId?: string;
    readonly orderedOn: string;
    readonly deliveryOn: string;
    readonly lines: readonly { readonly size: SizeClass; readonly trays: number; readonly satangPerEgg: number }[];
  };
};

export type CancelSalesOrder = {
  readonly type: 'CancelSalesOrder';
  readonly data: SalesOrderCancelled['data'];
};

/** Sent by the shipment process manager when a shipment against the order is dispatched. */
export type RecordSalesOrderDispatch = {
  readonly type: 'RecordSalesOrderDispatch';
  readonly data: SalesOrderDispatchRecorded['data'];
};

export type RecordBuyerPayment = {
  readonly type: 'RecordBuyerPayment';
  readonly data: Omit<PaymentReceived['data'], 'buyerId'>;
};

export type SalesOrderCommand = ConfirmSalesOrder | CancelSalesOrder | RecordSalesOrderDispatch | RecordBuyerPayment;

type Confirmed = Exclude<SalesOrderState, { status: 'none' }>;

export const salesOrderDecider: Decider<SalesOrderCommand, SalesOrderEvent, SalesOrderState> = {
  initialState: initialSalesOrderState,
  evolve: evolveSalesOrder,
  decide(command, state) {
    if (command.type === 'ConfirmSalesOrder') return confirm(command, state);
    if (state.status === 'none') throw salesOrderNotFound(command.data.orderId);
    switch (command.type) {
      case 'CancelSalesOrder':
        return cancel(command, state);
      case 'RecordSalesOrderDispatch':
        return recordDispatch(command, state);
      case 'RecordBuyerPayment':
        return pay(command, state);
    }
  },
};

function confirm({ data }: ConfirmSalesOrder, state: SalesOrderState): SalesOrderEvent[] {
  if (data.lines.length === 0) throw new InvariantViolated('order_has_no_lines', 'an order is for at least one size');
  requireDistinct(
    data.lines.map((l) => l.size),
    'duplicate_size_class',
    'each size class may be ordered once per order',
  );
  requireNotBefore(data.deliveryOn, data.orderedOn, 'delivery_before_order', 'delivery may not precede the order');
  const lines = bySize(data.lines).map((l) => {
    requireWholeNumber(l.trays, 1, 'invalid_order_line', 'trays');
    requireWholeNumber(l.satangPerEgg, 1, 'invalid_order_line', 'satangPerEgg');
    const eggs = l.trays * EGGS_PER_TRAY;
    return { size: l.size, trays: l.trays, satangPerEgg: l.satangPerEgg, eggs, amountSatang: eggs * l.satangPerEgg };
  });
  const totalTrays = lines.reduce((t, l) => t + l.trays, 0);
  const totalEggs = lines.reduce((t, l) => t + l.eggs, 0);
  const valueSatang = lines.reduce((t, l) => t + l.amountSatang, 0);
  requireSafeTotal(totalEggs, 'totalEggs');
  requireSafeTotal(valueSatang, 'valueSatang');
  const negotiationId = data.negotiationId ?? null;
  const confirmed: SalesOrderConfirmed = {
    type: 'SalesOrderConfirmed',
    data: {
      orderId: data.orderId,
      buyerId: data.buyerId,
      negotiationId,
      priceBasis: negotiationId === null ? 'SPOT' : 'CONTRACT',
      orderedOn: data.orderedOn,
      deliveryOn: data.deliveryOn,
      lines,
      totalTrays,
      totalEggs,
      valueSatang,
    },
  };
  if (state.status === 'none') return [confirmed];
  if (sameFacts(state.order, confirmed.data)) return [];
  throw new Conflict('sales_order_already_confirmed', `order ${data.orderId} was already confirmed differently`, {
    orderId: data.orderId,
  });
}

function cancel({ data }: CancelSalesOrder, state: Confirmed): SalesOrderEvent[] {
  requireReason(data.reason);
  const cancelled: SalesOrderCancelled = {
    type: 'SalesOrderCancelled',
    data: { orderId: data.orderId, cancelledOn: data.cancelledOn, reason: data.reason },
  };
  if (state.status === 'cancelled' && sameFacts(state.cancellation, cancelled.data)) return [];
  requireNotCancelled(state);
  const [dispatched] = state.dispatches;
  if (dispatched) {
    throw new Conflict('sales_order_dispatched', `shipment ${dispatched.shipmentId} was dispatched against the order`, {
      orderId: data.orderId,
      shipmentId: dispatched.shipmentId,
    });
  }
  requireNotBefore(data.cancelledOn, state.order.orderedOn, 'date_out_of_order', 'cancelled before it was ordered');
  return [cancelled];
}

function recordDispatch({ data }: RecordSalesOrderDispatch, state: Confirmed): SalesOrderEvent[] {
  const recorded: SalesOrderDispatchRecorded = {
    type: 'SalesOrderDispatchRecorded',
    data: { orderId: data.orderId, shipmentId: data.shipmentId, dispatchedOn: data.dispatchedOn },
  };
  const earlier = state.dispatches.find((d) => d.shipmentId === data.shipmentId);
  if (earlier) {
    if (sameFacts(earlier, recorded.data)) return [];
    throw new Conflict('dispatch_already_recorded', `shipment ${data.shipmentId} was recorded with another date`, {
      orderId: data.orderId,
      shipmentId: data.shipmentId,
    });
  }
  requireNotCancelled(state);
  requireNotBefore(data.dispatchedOn, state.order.orderedOn, 'date_out_of_order', 'dispatched before it was ordered');
  return [recorded];
}

function pay({ data }: RecordBuyerPayment, state: Confirmed): SalesOrderEvent[] {
  requireWholeNumber(data.amountSatang, 1, 'invalid_amount', 'amountSatang');
  if (!PAYMENT_METHODS.includes(data.method)) {
    throw new InvariantViolated('invalid_payment_method', `method must be one of ${PAYMENT_METHODS.join(', ')}`);
  }
  const received: PaymentReceived = {
    type: 'PaymentReceived',
    data: {
      orderId: data.orderId,
      buyerId: state.order.buyerId,
      paymentId: data.paymentId,
      paidOn: data.paidOn,
      amountSatang: data.amountSatang,
      method: data.method,
    },
  };
  const earlier = state.payments.find((p) => p.paymentId === data.paymentId);
  if (earlier) {
    if (sameFacts(earlier, received.data)) return [];
    throw new Conflict('payment_already_recorded', `payment ${data.paymentId} was already recorded differently`, {
      orderId: data.orderId,
      paymentId: data.paymentId,
    });
  }
  requireNotCancelled(state);
  const outstanding = outstandingSatang(state);
  if (data.amountSatang > outstanding) {
    throw new InvariantViolated('overpayment', `the payment exceeds the ${outstanding} satang outstanding`, {
      orderId: data.orderId,
      valueSatang: state.order.valueSatang,
      paidSatang: state.paidSatang,
      outstandingSatang: outstanding,
      amountSatang: data.amountSatang,
    });
  }
  return [received];
}

function requireNotCancelled(state: Confirmed): void {
  if (state.status === 'cancelled') {
    throw new Conflict('sales_order_cancelled', `order ${state.order.orderId} was cancelled`, {
      orderId: state.order.orderId,
    });
  }
}

export function salesOrderNotFound(orderId: string): NotFound {
  return new NotFound(`sales order ${orderId} has not been confirmed`, { orderId }, 'sales_order_not_found');
}
