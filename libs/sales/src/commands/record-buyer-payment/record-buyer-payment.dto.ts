import { MatchesPattern } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';

import { PAYMENT_METHODS, type PaymentMethod } from '../../domain/sales-order.events';
import { ID_PATTERN, IsBusinessDate } from '../common.dto';

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
