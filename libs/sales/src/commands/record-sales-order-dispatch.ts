import { salesOrder } from '../domain/aggregates';
import type { RecordSalesOrderDispatch } from '../domain/sales-order.decider';

/** Sent by the shipment process manager on ShipmentDispatched, so the order can no longer be cancelled. */
export const recordSalesOrderDispatch = salesOrder.useCase({
  name: 'RecordSalesOrderDispatch',
  streamId: (d: RecordSalesOrderDispatch['data']) => d.orderId,
});
