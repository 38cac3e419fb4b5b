import { DayField, happenedBy, IdField, type SizePriceDto, SizePrices } from '@khai/event-sourcing';

import { priceNegotiation } from '../domain/aggregates';
import type { MakeCounterOffer } from '../domain/price-negotiation.decider';

/** The negotiation id comes from the path. */
export class MakeCounterOfferDto {
  @IdField({ example: 'R2', description: 'the round, unique in the negotiation' })
  roundId!: string;

  @DayField({ example: '2026-10-03' })
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
