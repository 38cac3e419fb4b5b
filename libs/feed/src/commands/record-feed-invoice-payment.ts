import { DayField, happenedBy, IdField, WholeField } from '@khai/event-sourcing';

import { feedInvoice, type RecordFeedInvoicePayment } from '../domain/feed-invoice.decider';

/** The invoice comes from the path: POST /feed-invoices/:invoiceId/payments. */
export class RecordFeedInvoicePaymentDto {
  @IdField({ example: 'PAY-2026-0001', description: 'unique within the invoice (bank transfer reference)' })
  paymentId!: string;

  @DayField({ example: '2026-02-15' })
  paidOn!: string;

  @WholeField(1, Number.MAX_SAFE_INTEGER, { example: 1_000_000, description: 'satang; never more than is outstanding' })
  amountSatang!: number;
}

export const recordFeedInvoicePayment = feedInvoice.useCase({
  name: 'RecordFeedInvoicePayment',
  streamId: (d: RecordFeedInvoicePayment['data']) => d.invoiceId,
  checks: [happenedBy('paidOn')],
  http: {
    tag: 'feed',
    roles: ['manager'],
    path: '/feed-invoices/:invoiceId/payments',
    body: RecordFeedInvoicePaymentDto,
  },
});
