import { DayField, happenedBy, IdField, type SizePriceDto, SizePrices, WholeField } from '@khai/event-sourcing';

import { priceNegotiation } from '../domain/aggregates';
import type { ReceiveBuyerOffer } from '../domain/price-negotiation.decider';
import { negotiationsBuyer } from './references';

/** The offer and, when it says, the buyer who made it (a buyer's Kafka message always does). */
export type ReceiveBuyerOfferInput = ReceiveBuyerOffer['data'] & { readonly buyerId?: string };

/** The negotiation id comes from the path. */
export class ReceiveBuyerOfferDto {
  @IdField({
    example: 'B-makro-cm',
    description: "the buyer making the offer, when it says: it must be the negotiation's buyer",
    optional: true,
  })
  buyerId?: string;

  @IdField({ example: 'R1', description: 'the round, unique in the negotiation' })
  roundId!: string;

  @DayField({ example: '2026-10-02' })
  offeredOn!: string;

  @SizePrices("the buyer's price per asked size class")
  prices!: SizePriceDto[];

  @WholeField(1, 100_000_000, { example: 36_000, description: 'the volume the buyer would take', optional: true })
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
