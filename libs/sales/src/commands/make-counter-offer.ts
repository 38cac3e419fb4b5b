import { ID_PATTERN, IsBusinessDate, MatchesPattern } from '@khai/contracts';
import { happenedBy, type SizePriceDto, SizePrices } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';

import { priceNegotiation } from '../domain/aggregates';
import type { MakeCounterOffer } from '../domain/price-negotiation.decider';

/** The negotiation id comes from the path. */
export class MakeCounterOfferDto {
  @ApiProperty({ example: 'R2', pattern: ID_PATTERN.source, description: 'the round, unique in the negotiation' })
  @MatchesPattern(ID_PATTERN)
  roundId!: string;

  @ApiProperty({ example: '2026-10-03' })
  @IsBusinessDate()
  offeredOn!: string;

  @SizePrices("the cooperative's price per asked size class")
  prices!: SizePriceDto[];
}

export const makeCounterOffer = priceNegotiation.useCase({
  name: 'MakeCounterOffer',
  streamId: (d: MakeCounterOffer['data']) => d.negotiationId,
  checks: [happenedBy('offeredOn')],
  http: {
    tag: 'sales',
    roles: ['manager'],
    path: '/price-negotiations/:negotiationId/counter-offers',
    body: MakeCounterOfferDto,
  },
});
