import { ID_PATTERN, MatchesPattern } from '@khai/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

/** The cluster questions take the common period. */
export { checkPeriod, PeriodParams as ClusterPeriodParams } from '../../read-side/period-params';
import { PeriodParams } from '../../read-side/period-params';

export class FeedSavingsParams extends PeriodParams {
  @ApiPropertyOptional({
    example: 'oae',
    description: 'only market prices of this source, for the delivery-day baseline',
  })
  @IsOptional()
  @MatchesPattern(ID_PATTERN)
  source?: string;
}

/** Rounded half up to two decimals, for percentages and HHI. */
export const round2 = (v: number | null): number | null => (v === null ? null : Math.round(v * 100) / 100);
