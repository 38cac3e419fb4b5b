import { IsBusinessDate, IsLogPosition } from '@khai/contracts';
import { InvariantViolated } from '@khai/event-sourcing';
import type { ReadModelRunner } from '@khai/read-models';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';

/** Every analytics question: a range of business days, both inclusive, and the log position the answer must reflect. */
export class PeriodParams {
  @ApiProperty({ example: '2024-01-01' })
  @IsBusinessDate()
  from!: string;

  @ApiProperty({ example: '2024-12-31', description: 'inclusive' })
  @IsBusinessDate()
  to!: string;

  @ApiPropertyOptional({
    description:
      'read your writes: wait (up to 5 s) until the answer reflects this log position; 422 at once past the log’s head',
  })
  @IsOptional()
  @Type(() => Number)
  @IsLogPosition()
  minPosition?: number;
}

/** 422 for a range that ends before it starts; then waits for `minPosition`. */
export async function checkPeriod(params: PeriodParams, runner: ReadModelRunner): Promise<void> {
  const { from, to } = params;
  if (from > to) throw new InvariantViolated('invalid_date_range', 'from must not be after to', { from, to });
  if (params.minPosition !== undefined) await runner.waitFor(params.minPosition);
}
