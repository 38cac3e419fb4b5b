import { ID_PATTERN, IsBusinessDate, IsWhole, MatchesPattern } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

import { salesOrder } from '../domain/aggregates';
import type { RecordBuyerPayment } from '../domain/sales-order.decider';
import { PAYMENT_METHODS, type PaymentMethod } from '../domain/sales-order.events';
import { ordersBuyer } from './references';

/** The payment and, when it says, the buyer who paid (a buyer's Kafka message always does). */
export type RecordBuyerPaymentInput = RecordBuyerPayment['data'] & { readonly buyerId?: string };

/** The order id comes from the path. */
export class RecordBuyerPaymentDto {
  @ApiPropertyOptional({
    example: 'B-makro-cm',
    pattern: ID_PATTERN.source,
    description: "the buyer who paid, when it says: it must be the order's buyer",
  })
  @IsOptional()
  @MatchesPattern(ID_PATTERN)
  buyerId?: string;

  @ApiProperty({ example: 'P-2026-0001', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  paymentId!: string;

  @ApiProperty({ example: '2026-11-30' })
  @IsBusinessDate()
  paidOn!: string;

  @ApiProperty({ example: 1_000_000, description: 'satang received' })
  @IsWhole(1, Number.MAX_SAFE_INTEGER)
  amountSatang!: number;

  @ApiProperty({ enum: PAYMENT_METHODS })
  @IsIn(PAYMENT_METHODS)
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
