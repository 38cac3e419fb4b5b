import { DayField, happenedBy, IdField, OneOfField, WholeField } from '@khai/event-sourcing';

import { salesOrder } from '../domain/aggregates';
import type { RecordBuyerPayment } from '../domain/sales-order.decider';
import { PAYMENT_METHODS, type PaymentMethod } from '../domain/sales-order.events';
import { ordersBuyer } from './references';

/** The payment and, when it says, the buyer who paid (a buyer's Kafka message always does). */
export type RecordBuyerPaymentInput = RecordBuyerPayment['data'] & { readonly buyerId?: string };

/** The order id comes from the path. */
export class RecordBuyerPaymentDto {
  @IdField({
    example: 'B-makro-cm',
    description: "the buyer who paid, when it says: it must be the order's buyer",
    optional: true,
  })
  buyerId?: string;

  @IdField({ example: 'P-2026-0001' })
  paymentId!: string;

  @DayField({ example: '2026-11-30' })
  paidOn!: string;

  @WholeField(1, Number.MAX_SAFE_INTEGER, { example: 1_000_000, description: 'satang received' })
  amountSatang!: number;

  @OneOfField(PAYMENT_METHODS)
  method!: PaymentMethod;
}

export const recordBuyerPayment = salesOrder.useCase({
  name: 'RecordBuyerPayment',
  streamId: (d: RecordBuyerPaymentInput) => d.orderId,
  checks: [happenedBy('paidOn'), ordersBuyer],
  command: ({ buyerId: _payer, ...data }: RecordBuyerPaymentInput) => ({ type: 'RecordBuyerPayment', data }),
  http: {
    tag: 'sales',
    roles: ['manager', { partner: 'buyerId' }],
    path: '/sales-orders/:orderId/payments',
    body: RecordBuyerPaymentDto,
  },
});
