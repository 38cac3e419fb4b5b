import { IsSatangPerEgg } from '@khai/contracts';
import { DayField, Field, happenedBy, IdField, type SizePriceDto, SizePrices } from '@khai/event-sourcing';

import { priceNegotiation } from '../domain/aggregates';
import type { OpenPriceNegotiation } from '../domain/price-negotiation.decider';
import { registeredBuyer } from './references';

export class OpenPriceNegotiationDto {
  @IdField({ example: 'N2026-makro-Q4' })
  negotiationId!: string;

  @IdField({ example: 'B-makro-cm' })
  buyerId!: string;

  @DayField({ example: '2026-10-01' })
  openedOn!: string;

  @SizePrices("the cooperative's asking price, one per size class")
  asking!: SizePriceDto[];

  @Field({ example: 300, description: 'production cost, satang per egg', optional: true }, IsSatangPerEgg())
  floorSatangPerEgg?: number;

  @Field({ example: 360, description: 'Egg Board ceiling, satang per egg', optional: true }, IsSatangPerEgg())
  ceilingSatangPerEgg?: number;
}

export const openPriceNegotiation = priceNegotiation.useCase({
  name: 'OpenPriceNegotiation',
  streamId: (d: OpenPriceNegotiation['data']) => d.negotiationId,
  checks: [happenedBy('openedOn'), registeredBuyer],
  http: { tag: 'sales', roles: ['manager'], path: '/price-negotiations', body: OpenPriceNegotiationDto },
});
