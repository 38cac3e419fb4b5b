import { IsBusinessDate, IsLogPosition } from '@khai/contracts';
import { InvariantViolated, ValidationFailed } from '@khai/event-sourcing';
import type { ReadModelRunner } from '@khai/read-models';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';

import { dayNumber } from './dates';

/**
 * The longest period a question may span, in days with both ends counted: ten years, an action-plan goal's
 * longest window. The work of a question grows with the days it spans (its periods, the reference prices in force).
 */
export const MAX_PERIOD_DAYS = 3_660;
/** The longest period asked by the day (one row per day): a year. */
export const MAX_DAILY_PERIOD_DAYS = 366;

/** Every analytics question: a range of business days, both inclusive, and the log position the answer must reflect. */
export class PeriodParams {
  @ApiProperty({ example: '2024-01-01' })
  @IsBusinessDate()
  from!: string;

  @ApiProperty({
    example: '2024-12-31',
    description: `inclusive; at most ${MAX_PERIOD_DAYS} days from \`from\`, both counted (400 beyond)`,
  })
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

/**
 * 422 for a range that ends before it starts, 400 for one longer than `maxDays` (both ends counted); then waits
 * for `minPosition`.
 */
export async function checkPeriod(
  params: PeriodParams,
  runner: ReadModelRunner,
  maxDays: number = MAX_PERIOD_DAYS,
): Promise<void> {
  const { from, to } = params;
  if (from > to) throw new InvariantViolated('invalid_date_range', 'from must not be after to', { from, to });
  if (dayNumber(to) - dayNumber(from) + 1 > maxDays)
    throw new ValidationFailed([
      { field: 'to', messages: [`to must be within ${maxDays} days of from, both counted`] },
    ]);
  if (params.minPosition !== undefined) await runner.waitFor(params.minPosition);
}
