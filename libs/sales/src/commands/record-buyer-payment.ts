import { ID_PATTERN, IsBusinessDate, MatchesPattern } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';

import { salesOrder } from '../domain/aggregates';
import type { RecordBuyerPayment } from '../domain/sales-order.decider';
import { PAYMENT_METHODS, type PaymentMethod } from '../domain/sales-order.events';

/** The order id comes from the path. */
export class RecordBuyerPaymentDto {
  @ApiProperty({ example: 'P-2026-0001', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  paymentId!: string;

  @ApiProperty({ example: '2026-11-30' })
  @IsBusinessDate()
  paidOn!: string;

  @ApiProperty({ example: 1_000_000, description: 'satang received' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountSatang!: number;

  @ApiProperty({ enum: PAYMENT_METHODS })
  @IsIn(PAYMENT_METHODS)
  method!: PaymentMethod;
}

export const recordBuyerPayment = salesOrder.useCase({
  name: 'RecordBuyerPayment',
  streamId: (d: RecordBuyerPayment['data']) => d.orderId,
  http: {
    tag: 'sales',
    path: '/sales-orders/:orderId/payments',
    body: RecordBuyerPaymentDto,
  },
});
