import { ID_PATTERN } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, Matches, Max, Min } from 'class-validator';

import { REJECT_PRODUCTS, type RejectProduct } from '../../domain/lot.events';

/** The lot id comes from the path. */
export class ProcessRejectsDto {
  @ApiProperty({ example: 'RB-0001', pattern: ID_PATTERN.source })
  @Matches(ID_PATTERN)
  batchId!: string;

  @ApiProperty({ example: 120, description: 'rejected eggs put into the batch' })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  eggs!: number;

  @ApiProperty({ enum: REJECT_PRODUCTS })
  @IsIn(REJECT_PRODUCTS)
  product!: RejectProduct;

  @ApiProperty({ example: 6000, description: 'product weight out, whole grams; the yield is computed from it' })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  outputGrams!: number;

  @ApiProperty({ example: '2026-11-26', description: 'ISO date of the processing; not before the grading' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'processedOn must be a date (YYYY-MM-DD)' })
  processedOn!: string;
}
