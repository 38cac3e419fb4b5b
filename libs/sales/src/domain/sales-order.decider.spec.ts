import { Conflict, InvariantViolated, NotFound } from '@khai/core';
import { given } from '@khai/testing';

import {
  type CancelSalesOrder,
  type ConfirmSalesOrder,
  type RecordBuyerPayment,
  type RecordSalesOrderDispatch,
  salesOrderDecider as decider,
} from './sales-order.decider';
import type {
  PaymentReceived,
  SalesOrderCancelled,
  SalesOrderConfirmed,
  SalesOrderDispatchRecorded,
} from './sales-order.events';

const confirm: ConfirmSalesOrder = {
  type: 'ConfirmSalesOrder',
  data: {
    orderId: 'SO-0001',
    buyerId: 'B-makro-cm',
    negotiationId: 'N2026-makro-Q4',
    orderedOn: '2026-11-20',
    deliveryOn: '2026-11-26',
    lines: [
      { size: 3, trays: 50, satangPerEgg: 345 },
      { size: 2, trays: 66, satangPerEgg: 365 },
    ],
  },
};
const confirmed: SalesOrderConfirmed = {
  type: 'SalesOrderConfirmed',
  data: {
    orderId: 'SO-0001',
    buyerId: 'B-makro-cm',
    negotiationId: 'N2026-makro-Q4',
    priceBasis: 'CONTRACT',
    orderedOn: '2026-11-20',
    deliveryOn: '2026-11-26',
    lines: [
      { size: 2, trays: 66, satangPerEgg: 365, eggs: 1980, amountSatang: 722_700 },
      { size: 3, trays: 50, satangPerEgg: 345, eggs: 1500, amountSatang: 517_500 },
    ],
    totalTrays: 116,
    totalEggs: 3480,
    valueSatang: 1_240_200,
  },
};
const cancel: CancelSalesOrder = {
  type: 'CancelSalesOrder',
  data: { orderId: 'SO-0001', cancelledOn: '2026-11-21', reason: 'buyer closed the branch' },
};
const cancelled: SalesOrderCancelled = { type: 'SalesOrderCancelled', data: cancel.data };
const dispatch: RecordSalesOrderDispatch = {
  type: 'RecordSalesOrderDispatch',
  data: { orderId: 'SO-0001', shipmentId: 'SH-0001', dispatchedOn: '2026-11-26' },
};
const dispatched: SalesOrderDispatchRecorded = { type: 'SalesOrderDispatchRecorded', data: dispatch.data };
const pay: RecordBuyerPayment = {
  type: 'RecordBuyerPayment',
  data: { orderId: 'SO-0001', paymentId: 'P-1', paidOn: '2026-11-30', amountSatang: 1_000_000, method: 'TRANSFER' },
};
const paid: PaymentReceived = { type: 'PaymentReceived', data: { ...pay.data, buyerId: 'B-makro-cm' } };

describe('confirming a sales order', () => {
  it('prices each line in trays of 30 eggs and totals the order under the contract', () => {
    given(decider).when(confirm).then([confirmed]);
  });

  it('is a spot order without a negotiation', () => {
    const { negotiationId: _n, ...spot } = confirm.data;
    given(decider)
      .when({ ...confirm, data: spot })
      .then([{ ...confirmed, data: { ...confirmed.data, negotiationId: null, priceBasis: 'SPOT' } }]);
  });

  it('is a no-op when confirmed again, in any line order', () => {
    given(decider, [confirmed])
      .when({ ...confirm, data: { ...confirm.data, lines: [...confirm.data.lines].reverse() } })
      .thenNothing();
  });

  it('refuses a different order under the same id', () => {
    given(decider, [confirmed])
      .when({ ...confirm, data: { ...confirm.data, deliveryOn: '2026-11-27' } })
      .thenThrows(Conflict, 'sales_order_already_confirmed');
  });

  it('refuses no lines, a size twice, zero trays, a delivery before the order, and a value too large', () => {
    const refuse = (data: Partial<ConfirmSalesOrder['data']>, code: string) =>
      given(decider)
        .when({ ...confirm, data: { ...confirm.data, ...data } })
        .thenThrows(InvariantViolated, code);
    refuse({ lines: [] }, 'order_has_no_lines');
    refuse({ lines: [...confirm.data.lines, { size: 3, trays: 1, satangPerEgg: 1 }] }, 'duplicate_size_class');
    refuse({ lines: [{ size: 3, trays: 0, satangPerEgg: 345 }] }, 'invalid_order_line');
    refuse({ lines: [{ size: 3, trays: 1, satangPerEgg: 3.45 }] }, 'invalid_order_line');
    refuse({ deliveryOn: '2026-11-19' }, 'delivery_before_order');
    refuse({ lines: [{ size: 3, trays: 2 ** 40, satangPerEgg: 2 ** 10 }] }, 'amount_out_of_range');
  });
});

describe('cancelling a sales order', () => {
  it('records the cancellation with its reason', () => {
    given(decider, [confirmed]).when(cancel).then([cancelled]);
  });

  it('is a no-op when cancelled again identically', () => {
    given(decider, [confirmed, cancelled]).when(cancel).thenNothing();
  });

  it('refuses to cancel once a shipment was dispatched against it', () => {
    given(decider, [confirmed, dispatched]).when(cancel).thenThrows(Conflict, 'sales_order_dispatched');
  });

  it('refuses a second, different cancellation', () => {
    given(decider, [confirmed, cancelled])
      .when({ ...cancel, data: { ...cancel.data, reason: 'other' } })
      .thenThrows(Conflict, 'sales_order_cancelled');
  });

  it('refuses a blank reason, a date before the order, and an unknown order', () => {
    given(decider, [confirmed])
      .when({ ...cancel, data: { ...cancel.data, reason: '' } })
      .thenThrows(InvariantViolated, 'reason_required');
    given(decider, [confirmed])
      .when({ ...cancel, data: { ...cancel.data, cancelledOn: '2026-11-19' } })
      .thenThrows(InvariantViolated, 'date_out_of_order');
    given(decider).when(cancel).thenThrows(NotFound, 'sales_order_not_found');
  });
});

describe('recording a dispatch against the order', () => {
  it('records the shipment that left', () => {
    given(decider, [confirmed]).when(dispatch).then([dispatched]);
  });

  it('is a no-op for the same shipment again', () => {
    given(decider, [confirmed, dispatched]).when(dispatch).thenNothing();
  });

  it('refuses the same shipment with another date, a cancelled order and an unknown order', () => {
    given(decider, [confirmed, dispatched])
      .when({ ...dispatch, data: { ...dispatch.data, dispatchedOn: '2026-11-27' } })
      .thenThrows(Conflict, 'dispatch_already_recorded');
    given(decider, [confirmed, cancelled]).when(dispatch).thenThrows(Conflict, 'sales_order_cancelled');
    given(decider).when(dispatch).thenThrows(NotFound, 'sales_order_not_found');
  });

  it('refuses a dispatch before the order', () => {
    given(decider, [confirmed])
      .when({ ...dispatch, data: { ...dispatch.data, dispatchedOn: '2026-11-01' } })
      .thenThrows(InvariantViolated, 'date_out_of_order');
  });
});

describe('recording a buyer payment', () => {
  it('records the payment with the buyer', () => {
    given(decider, [confirmed]).when(pay).then([paid]);
  });

  it('accepts payments up to the order value exactly', () => {
    const rest = { ...pay, data: { ...pay.data, paymentId: 'P-2', amountSatang: 240_200, method: 'CASH' as const } };
    given(decider, [confirmed, paid])
      .when(rest)
      .then([{ type: 'PaymentReceived', data: { ...rest.data, buyerId: 'B-makro-cm' } }]);
  });

  it('is a no-op when the same payment is recorded again', () => {
    given(decider, [confirmed, paid]).when(pay).thenNothing();
  });

  it('refuses a payment id reused for another amount', () => {
    given(decider, [confirmed, paid])
      .when({ ...pay, data: { ...pay.data, amountSatang: 1 } })
      .thenThrows(Conflict, 'payment_already_recorded');
  });

  it('refuses an overpayment', () => {
    given(decider, [confirmed, paid])
      .when({ ...pay, data: { ...pay.data, paymentId: 'P-2', amountSatang: 240_201 } })
      .thenThrows(InvariantViolated, 'overpayment');
  });

  it('refuses zero or fractional amounts, unknown methods, cancelled and unknown orders', () => {
    given(decider, [confirmed])
      .when({ ...pay, data: { ...pay.data, amountSatang: 0 } })
      .thenThrows(InvariantViolated, 'invalid_amount');
    given(decider, [confirmed])
      .when({ ...pay, data: { ...pay.data, amountSatang: 10.5 } })
      .thenThrows(InvariantViolated, 'invalid_amount');
    given(decider, [confirmed])
      .when({ ...pay, data: { ...pay.data, method: 'BITCOIN' as 'CASH' } })
      .thenThrows(InvariantViolated, 'invalid_payment_method');
    given(decider, [confirmed, cancelled]).when(pay).thenThrows(Conflict, 'sales_order_cancelled');
    given(decider).when(pay).thenThrows(NotFound, 'sales_order_not_found');
  });
});
