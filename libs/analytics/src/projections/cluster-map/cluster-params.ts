import { ID_PATTERN } from '@khai/contracts';
import { InvariantViolated } from '@khai/event-sourcing';
import type { ReadModelRunner } from '@khai/read-models';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Min } from 'class-validator';

import { DAY } from '../../read-side/dates';

/** A range of business days, both inclusive, and the log position the answer must reflect. */
export class ClusterPeriodParams {
  @ApiProperty({ example: '2024-01-01' })
  @Matches(DAY, { message: 'from must be a date (YYYY-MM-DD)' })
  from!: string;

  @ApiProperty({ example: '2024-12-31', description: 'inclusive' })
  @Matches(DAY, { message: 'to must be a date (YYYY-MM-DD)' })
  to!: string;

  @ApiPropertyOptional({
    description: 'read your writes: wait (up to 5 s) until the answer reflects this log position',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  minPosition?: number;
}

export class FeedSavingsParams extends ClusterPeriodParams {
  @ApiPropertyOptional({
    example: 'oae',
    description: 'only market prices of this source, for the delivery-day baseline',
  })
  @IsOptional()
  @Matches(ID_PATTERN)
  source?: string;
}

/** 422 for a range that ends before it starts; then waits for `minPosition`. */
export async function checkPeriod(params: ClusterPeriodParams, runner: ReadModelRunner): Promise<void> {
  const { from, to } = params;
  if (from > to) throw new InvariantViolated('invalid_date_range', 'from must not be after to', { from, to });
  if (params.minPosition !== undefined) await runner.waitFor(params.minPosition);
}

/** Rounded half up to two decimals, for percentages and HHI. */
export const round2 = (v: number | null): number | null => (v === null ? null : Math.round(v * 100) / 100);
