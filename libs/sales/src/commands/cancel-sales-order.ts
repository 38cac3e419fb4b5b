import { IsBusinessDate, IsFreeText } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

import { salesOrder } from '../domain/aggregates';
import type { CancelSalesOrder } from '../domain/sales-order.decider';

/** The order id comes from the path. */
export class CancelSalesOrderDto {
  @ApiProperty({ example: '2026-11-21' })
  @IsBusinessDate()
  cancelledOn!: string;

  @ApiProperty({ example: 'buyer closed the branch' })
  @IsString()
  @IsFreeText()
  @IsNotEmpty()
  @MaxLength(500)
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
