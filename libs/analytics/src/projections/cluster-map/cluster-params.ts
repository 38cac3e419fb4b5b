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
