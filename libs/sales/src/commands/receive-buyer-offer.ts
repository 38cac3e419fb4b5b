import { ID_PATTERN, IsBusinessDate, IsWhole, MatchesPattern } from '@khai/contracts';
import { happenedBy, type SizePriceDto, SizePrices } from '@khai/event-sourcing';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

import { priceNegotiation } from '../domain/aggregates';
import type { ReceiveBuyerOffer } from '../domain/price-negotiation.decider';
import { negotiationsBuyer } from './references';

/** The offer and, when it says, the buyer who made it (a buyer's Kafka message always does). */
export type ReceiveBuyerOfferInput = ReceiveBuyerOffer['data'] & { readonly buyerId?: string };

/** The negotiation id comes from the path. */
export class ReceiveBuyerOfferDto {
  @ApiPropertyOptional({
    example: 'B-makro-cm',
    pattern: ID_PATTERN.source,
    description: "the buyer making the offer, when it says: it must be the negotiation's buyer",
  })
  @IsOptional()
  @MatchesPattern(ID_PATTERN)
  buyerId?: string;

  @ApiProperty({ example: 'R1', pattern: ID_PATTERN.source, description: 'the round, unique in the negotiation' })
  @MatchesPattern(ID_PATTERN)
  roundId!: string;

  @ApiProperty({ example: '2026-10-02' })
  @IsBusinessDate()
  offeredOn!: string;

  @SizePrices("the buyer's price per asked size class")
  prices!: SizePriceDto[];

  @ApiPropertyOptional({ example: 36_000, description: 'the volume the buyer would take' })
  @IsOptional()
  @IsWhole(1, 100_000_000)
  eggsPerWeek?: number;
}

export const receiveBuyerOffer = priceNegotiation.useCase({
  name: 'ReceiveBuyerOffer',
  streamId: (d: ReceiveBuyerOfferInput) => d.negotiationId,
  checks: [happenedBy('offeredOn'), negotiationsBuyer],
  command: ({ buyerId: _sender, ...data }: ReceiveBuyerOfferInput) => ({ type: 'ReceiveBuyerOffer', data }),
  http: {
    tag: 'sales',
    roles: ['manager', { partner: 'buyerId' }],
    path: '/price-negotiations/:negotiationId/offers',
    body: ReceiveBuyerOfferDto,
  },
});
