import { ID_PATTERN, IsBusinessDate, IsWhole, MatchesPattern } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

import type { ProcessRejects } from '../domain/lot.commands';
import { lot } from '../domain/lot.decider';
import { REJECT_PRODUCTS, type RejectProduct } from '../domain/lot.events';

/** The lot id comes from the path. */
export class ProcessRejectsDto {
  @ApiProperty({ example: 'RB-0001', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  batchId!: string;

  @ApiProperty({ example: 120, description: 'rejected eggs put into the batch' })
  @IsWhole(1, 10_000_000)
  eggs!: number;

  @ApiProperty({ enum: REJECT_PRODUCTS })
  @IsIn(REJECT_PRODUCTS)
  product!: RejectProduct;

  @ApiProperty({ example: 6000, description: 'product weight out, whole grams; the yield is computed from it' })
  @IsWhole(0, 1_000_000_000)
  outputGrams!: number;

  @ApiProperty({ example: '2026-11-26', description: 'ISO date of the processing; not before the grading' })
  @IsBusinessDate()
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
