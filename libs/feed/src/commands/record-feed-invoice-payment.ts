import { IsBusinessDate, IsWhole, MatchesPattern } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';

import { feedInvoice, type RecordFeedInvoicePayment } from '../domain/feed-invoice.decider';
import { ID } from './dto-patterns';

/** The invoice comes from the path: POST /feed-invoices/:invoiceId/payments. */
export class RecordFeedInvoicePaymentDto {
  @ApiProperty({ example: 'PAY-2026-0001', description: 'unique within the invoice (bank transfer reference)' })
  @MatchesPattern(ID)
  paymentId!: string;

  @ApiProperty({ example: '2026-02-15' })
  @IsBusinessDate()
  paidOn!: string;

  @ApiProperty({ example: 1_000_000, description: 'satang; never more than is outstanding' })
  @IsWhole(1, Number.MAX_SAFE_INTEGER)
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
