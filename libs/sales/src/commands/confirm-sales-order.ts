import { IsSatangPerEgg, SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import {
  DayField,
  Field,
  happenedBy,
  IdField,
  ListField,
  OneOfField,
  plannedWithin,
  WholeField,
} from '@khai/event-sourcing';

import { priceNegotiation, salesOrder } from '../domain/aggregates';
import { requireAgreedPrices } from '../domain/references.rules';
import type { ConfirmSalesOrder } from '../domain/sales-order.decider';
import { PLANNING_HORIZON_DAYS, registeredBuyer } from './references';

export class SalesOrderLineDto {
  @OneOfField(SIZE_CLASSES, { description: 'TAS size class (เบอร์)' })
  size!: SizeClass;

  @WholeField(1, 1_000_000, { example: 66, description: 'trays (แผง) of 30 eggs' })
  trays!: number;

  @Field({ example: 365, description: 'satang per egg' }, IsSatangPerEgg())
  satangPerEgg!: number;
}

export class ConfirmSalesOrderDto {
  @IdField({ example: 'SO-0001' })
  orderId!: string;

  @IdField({ example: 'B-makro-cm' })
  buyerId!: string;

  @IdField({
    example: 'N2026-makro-Q4',
    description: 'the negotiation whose agreed prices apply; absent for a spot order',
    optional: true,
  })
  negotiationId?: string;

  @DayField({ example: '2026-11-20' })
  orderedOn!: string;

  @DayField({ example: '2026-11-26' })
  deliveryOn!: string;

  @ListField(SalesOrderLineDto, { min: 1, max: SIZE_CLASSES.length }, { description: 'one line per size class' })
  lines!: SalesOrderLineDto[];
}

export const confirmSalesOrder = salesOrder.useCase({
  name: 'ConfirmSalesOrder',
  streamId: (d: ConfirmSalesOrder['data']) => d.orderId,
  checks: [
    happenedBy('orderedOn'),
    plannedWithin(PLANNING_HORIZON_DAYS, 'deliveryOn'),
    registeredBuyer,
    async (d, env) => {
      const { negotiationId } = d;
      if (negotiationId !== undefined)
        requireAgreedPrices({ ...d, negotiationId }, await env.state(priceNegotiation, negotiationId));
    },
  ],
  http: { tag: 'sales', roles: ['manager', { partner: 'buyerId' }], path: '/sales-orders', body: ConfirmSalesOrderDto },
});
