import { DayField, happenedBy, TextField } from '@khai/event-sourcing';

import { priceNegotiation } from '../domain/aggregates';
import type { FailNegotiation } from '../domain/price-negotiation.decider';

/** The negotiation id comes from the path. */
export class FailNegotiationDto {
  @DayField({ example: '2026-10-04' })
  failedOn!: string;

  @TextField(500, { example: 'buyer would not go above the reference price' })
  reason!: string;
}

export const failNegotiation = priceNegotiation.useCase({
  name: 'FailNegotiation',
  streamId: (d: FailNegotiation['data']) => d.negotiationId,
  checks: [happenedBy('failedOn')],
  http: {
    tag: 'sales',
    roles: ['manager'],
    path: '/price-negotiations/:negotiationId/failure',
    body: FailNegotiationDto,
  },
});
