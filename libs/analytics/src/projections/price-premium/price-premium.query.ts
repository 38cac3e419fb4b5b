import { ID_PATTERN } from '@khai/contracts';
import { InvariantViolated } from '@khai/event-sourcing';
import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Min } from 'class-validator';

import { ProjectionRunner } from '../../runner/projection-runner';
import { PricePremiumProjection, type SalePremium } from './price-premium.projection';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const SLUG = ID_PATTERN;

export class PricePremiumParams {
  @ApiProperty({ example: '2022-01-01' })
  @Matches(DAY, { message: 'from must be a date (YYYY-MM-DD)' })
  from!: string;

  @ApiProperty({ example: '2022-12-31' })
  @Matches(DAY, { message: 'to must be a date (YYYY-MM-DD)' })
  to!: string;

  @ApiPropertyOptional({ example: 'coop-network', description: 'only this source of reference prices' })
  @IsOptional()
  @Matches(SLUG)
  source?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(SLUG)
  buyerId?: string;

  @ApiPropertyOptional({
    description: 'read your writes: wait (up to 5 s) until the answer reflects this log position',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  minPosition?: number;
}

class PremiumLineDto {
  @ApiProperty() size!: number;
  @ApiProperty() eggs!: number;
  @ApiProperty() satangPerEgg!: number;
  @ApiProperty({ nullable: true, type: Number }) referenceSatangPerEgg!: number | null;
  @ApiProperty({ nullable: true, enum: ['size', 'mixed'] }) referenceBasis!: 'size' | 'mixed' | null;
  @ApiProperty({ nullable: true, type: Number }) premiumSatangPerEgg!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'percent, two decimals' }) premiumPct!: number | null;
}

class ReferenceUsedDto {
  @ApiProperty() source!: string;
  @ApiProperty() effectiveDate!: string;
}

export class SalePremiumDto {
  @ApiProperty() saleId!: string;
  @ApiProperty() buyerId!: string;
  @ApiProperty() soldOn!: string;
  @ApiProperty({ type: ReferenceUsedDto, nullable: true }) reference!: ReferenceUsedDto | null;
  @ApiProperty({ type: [PremiumLineDto] }) lines!: PremiumLineDto[];
}

export class PricePremiumReportDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ description: 'log position the answer reflects' }) position!: number;
  @ApiProperty({ type: [SalePremiumDto] }) sales!: SalePremium[];
}

export class GetPricePremiumQuery extends Query<PricePremiumReportDto> {
  constructor(readonly params: PricePremiumParams) {
    super();
  }
}

@QueryHandler(GetPricePremiumQuery)
export class GetPricePremiumHandler implements IQueryHandler<GetPricePremiumQuery> {
  constructor(
    @Inject(PricePremiumProjection) private readonly projection: PricePremiumProjection,
    private readonly runner: ProjectionRunner,
  ) {}

  async execute({ params }: GetPricePremiumQuery): Promise<PricePremiumReportDto> {
    if (params.from > params.to)
      throw new InvariantViolated('invalid_date_range', 'from must not be after to', { ...params });
    if (params.minPosition !== undefined) await this.runner.waitFor(params.minPosition);
    const { from, to, source, buyerId } = params;
    const sales = this.projection.query({ from, to, ...(source ? { source } : {}), ...(buyerId ? { buyerId } : {}) });
    return { from, to, position: this.projection.position, sales };
  }
}

@ApiTags('analytics')
@Controller('analytics/price-premium')
export class PricePremiumController {
  constructor(private readonly queries: QueryBus) {}

  /** Each sale's price per size against the reference price in force that day. */
  @Get()
  @ApiOkResponse({ type: PricePremiumReportDto })
  get(@QueryParams() params: PricePremiumParams): Promise<PricePremiumReportDto> {
    return this.queries.execute(new GetPricePremiumQuery(params));
  }
}
