import { lotsHold } from '@khai/cluster';
import { SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { DayField, happenedBy, IdField, IdsField, ListField, OneOfField, WholeField } from '@khai/event-sourcing';

import { sale } from '../domain/aggregates';
import type { RecordSale } from '../domain/sale.decider';
import { registeredBuyer } from './references';

export class SaleLineDto {
  @OneOfField(SIZE_CLASSES, { description: 'TAS size class (เบอร์)' })
  size!: SizeClass;

  @WholeField(1, 10_000_000, { example: 1980 })
  eggs!: number;

  @WholeField(1, 100_000, { example: 365, description: 'negotiated price, satang per egg' })
  satangPerEgg!: number;
}

export class RecordSaleDto {
  @IdField({ example: 'S0001' })
  saleId!: string;

  @IdField({ example: 'B-makro-cm' })
  buyerId!: string;

  @DayField({ example: '2026-11-26', description: 'ISO date of the sale' })
  soldOn!: string;

  @ListField(SaleLineDto, { min: 1, max: SIZE_CLASSES.length }, { description: 'one line per size class sold' })
  lines!: SaleLineDto[];

  @IdsField(
    { max: 200, unique: true },
    {
      example: ['L20261124-F01'],
      description:
        'the lots the eggs came from: each recorded and graded by soldOn, together holding the eggs sold of each ' +
        'size (422 lot_not_recorded, lot_not_graded, lots_do_not_hold); none for a sale at the gate',
      optional: true,
    },
  )
  lotIds?: string[];
}

export const recordSale = sale.useCase({
  name: 'RecordSale',
  streamId: (d: RecordSale['data']) => d.saleId,
  checks: [happenedBy('soldOn'), registeredBuyer, (sold, env) => lotsHold(env, sold)],
  http: { tag: 'sales', roles: ['manager', 'staff'], path: '/sales', body: RecordSaleDto },
});
