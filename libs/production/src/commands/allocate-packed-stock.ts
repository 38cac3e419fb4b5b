import { SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { DayField, IdField, OneOfField, WholeField } from '@khai/event-sourcing';

import type { AllocatePackedStock } from '../domain/lot.commands';
import { lot } from '../domain/lot.decider';

/** The lot id comes from the path. */
export class AllocatePackedStockDto {
  @IdField({ example: 'SH-0001' })
  shipmentId!: string;

  @OneOfField(SIZE_CLASSES, { description: 'TAS size class (เบอร์)' })
  size!: SizeClass;

  @WholeField(1, 1_000_000, { example: 10, description: 'packed trays reserved for the shipment' })
  trays!: number;

  @DayField({ example: '2026-11-26', description: 'ISO date of the allocation; not before the grading' })
  allocatedOn!: string;
}

export const allocatePackedStock = lot.useCase({
  name: 'AllocatePackedStock',
  streamId: (d: AllocatePackedStock['data']) => d.lotId,
  http: {
    tag: 'production',
    roles: ['manager', 'staff'],
    path: '/lots/:lotId/allocations',
    body: AllocatePackedStockDto,
  },
});
