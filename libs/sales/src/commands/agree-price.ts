import { DayField, happenedBy, plannedWithin, type SizePriceDto, SizePrices } from '@khai/event-sourcing';

import { priceNegotiation } from '../domain/aggregates';
import type { AgreePrice } from '../domain/price-negotiation.decider';
import { PLANNING_HORIZON_DAYS } from './references';

/** The negotiation id comes from the path. */
export class AgreePriceDto {
  @DayField({ example: '2026-10-04' })
  agreedOn!: string;

  @SizePrices('the agreed price per asked size class')
  prices!: SizePriceDto[];

  @DayField({ example: '2026-10-06', description: 'first day the price applies' })
  validFrom!: string;

  @DayField({ example: '2026-12-31', description: 'last day the price applies' })
  validTo!: string;
}

export const agreePrice = priceNegotiation.useCase({
  name: 'AgreePrice',
  streamId: (d: AgreePrice['data']) => d.negotiationId,
  checks: [happenedBy('agreedOn'), plannedWithin(PLANNING_HORIZON_DAYS, 'validFrom', 'validTo')],
  http: {
    tag: 'sales',
    roles: ['manager'],
    path: '/price-negotiations/:negotiationId/agreement',
    body: AgreePriceDto,
  },
});
