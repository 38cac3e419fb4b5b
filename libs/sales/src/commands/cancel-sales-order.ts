import { DayField, happenedBy, TextField } from '@khai/event-sourcing';

import { salesOrder } from '../domain/aggregates';
import type { CancelSalesOrder } from '../domain/sales-order.decider';

/** The order id comes from the path. */
export class CancelSalesOrderDto {
  @DayField({ example: '2026-11-21' })
  cancelledOn!: string;

  @TextField(500, { example: 'buyer closed the branch' })
  reason!: string;
}

export const cancelSalesOrder = salesOrder.useCase({
  name: 'CancelSalesOrder',
  streamId: (d: CancelSalesOrder['data']) => d.orderId,
  checks: [happenedBy('cancelledOn')],
  http: {
    tag: 'sales',
    roles: ['manager'],
    path: '/sales-orders/:orderId/cancellation',
    body: CancelSalesOrderDto,
  },
});
