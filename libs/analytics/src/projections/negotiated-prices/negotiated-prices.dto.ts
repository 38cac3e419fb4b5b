import { ID_PATTERN, MatchesPattern, SIZE_CLASSES } from '@khai/contracts';
import { BUYER_CHANNELS } from '@khai/registry';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

import { PCT_RULE } from '../../metrics/rounding';
import { GRANULARITIES, type Granularity } from '../../read-side/dates';
import { MAX_DAILY_PERIOD_DAYS, PeriodParams } from '../../read-side/period-params';
import { PremiumSumsDto } from '../../read-side/premium-sums.dto';

export const MAX_PAGE_SIZE = 500;

export class NegotiatedPricesParams extends PeriodParams {
  @ApiProperty({
    enum: GRANULARITIES,
    description: `day, ISO week (Monday to Sunday) or month; by the day, at most ${MAX_DAILY_PERIOD_DAYS} days (400 beyond)`,
  })
  @IsIn(GRANULARITIES)
  granularity!: Granularity;

  @ApiPropertyOptional()
  @IsOptional()
  @MatchesPattern(ID_PATTERN)
  buyerId?: string;

  @ApiPropertyOptional({ enum: SIZE_CLASSES })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @IsIn(SIZE_CLASSES)
  size?: number;

  @ApiPropertyOptional({ enum: BUYER_CHANNELS })
  @IsOptional()
  @IsIn(BUYER_CHANNELS)
  channel?: string;

  @ApiPropertyOptional({ example: 'coop-network', description: 'only this source of reference prices' })
  @IsOptional()
  @MatchesPattern(ID_PATTERN)
  source?: string;

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}

export class PremiumFiguresDto extends PremiumSumsDto {
  @ApiProperty() contractEggs!: number;
  @ApiProperty() spotEggs!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: `eggs sold under an agreed contract / eggs sold × 100 (contractEggs / eggs × 100); ${PCT_RULE}`,
  })
  contractSharePct!: number | null;
}

export class NegotiatedPriceRowDto extends PremiumFiguresDto {
  @ApiProperty({ example: '2024-W07', description: 'YYYY-MM-DD, YYYY-Www or YYYY-MM' }) period!: string;
  @ApiProperty() buyerId!: string;
  @ApiProperty({ nullable: true, type: String }) channel!: string | null;
  @ApiProperty() size!: number;
}

export class NegotiatedPricesDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ enum: GRANULARITIES }) granularity!: Granularity;
  @ApiProperty({ description: 'log position the answer reflects' }) position!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'rows matching the filters, all pages' }) total!: number;
  @ApiProperty({ type: PremiumFiguresDto, description: 'all rows matching the filters, not only this page' })
  summary!: PremiumFiguresDto;
  @ApiProperty({ type: [NegotiatedPriceRowDto] }) rows!: NegotiatedPriceRowDto[];
}
