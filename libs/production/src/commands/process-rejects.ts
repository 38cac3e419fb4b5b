import { DayField, IdField, OneOfField, WholeField } from '@khai/event-sourcing';

import type { ProcessRejects } from '../domain/lot.commands';
import { lot } from '../domain/lot.decider';
import { REJECT_PRODUCTS, type RejectProduct } from '../domain/lot.events';

/** The lot id comes from the path. */
export class ProcessRejectsDto {
  @IdField({ example: 'RB-0001' })
  batchId!: string;

  @WholeField(1, 10_000_000, { example: 120, description: 'rejected eggs put into the batch' })
  eggs!: number;

  @OneOfField(REJECT_PRODUCTS)
  product!: RejectProduct;

  @WholeField(0, 1_000_000_000, {
    example: 6000,
    description: 'product weight out, whole grams; the yield is computed from it',
  })
  outputGrams!: number;

  @DayField({ example: '2026-11-26', description: 'ISO date of the processing; not before the grading' })
  processedOn!: string;
}

export const processRejects = lot.useCase({
  name: 'ProcessRejects',
  streamId: (d: ProcessRejects['data']) => d.lotId,
  http: {
    tag: 'production',
    roles: ['manager', 'staff'],
    path: '/lots/:lotId/reject-processing',
    body: ProcessRejectsDto,
  },
});
