import { ID_PATTERN, IsBusinessDate, IsSatangPerEgg, MatchesPattern } from '@khai/contracts';
import { happenedBy, type SizePriceDto, SizePrices } from '@khai/event-sourcing';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

import { priceNegotiation } from '../domain/aggregates';
import type { OpenPriceNegotiation } from '../domain/price-negotiation.decider';
import { registeredBuyer } from './references';

export class OpenPriceNegotiationDto {
  @ApiProperty({ example: 'N2026-makro-Q4', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  negotiationId!: string;

  @ApiProperty({ example: 'B-makro-cm', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  buyerId!: string;

  @ApiProperty({ example: '2026-10-01' })
  @IsBusinessDate()
  openedOn!: string;

  @SizePrices("the cooperative's asking price, one per size class")
  asking!: SizePriceDto[];

  @ApiPropertyOptional({ example: 300, description: 'production cost, satang per egg' })
  @IsOptional()
  @IsSatangPerEgg()
  floorSatangPerEgg?: number;

  @ApiPropertyOptional({ example: 360, description: 'Egg Board ceiling, satang per egg' })
  @IsOptional()
  @IsSatangPerEgg()
  ceilingSatangPerEgg?: number;
}

export const openPriceNegotiation = priceNegotiation.useCase({
  name: 'OpenPriceNegotiation',
  streamId: (d: OpenPriceNegotiation['data']) => d.negotiationId,
  checks: [happenedBy('openedOn'), registeredBuyer],
  http: { tag: 'sales', roles: ['manager'], path: '/price-negotiations', body: OpenPriceNegotiationDto },
});
