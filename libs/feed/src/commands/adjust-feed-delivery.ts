import { DayField, happenedBy, IdField, TextField, WholeField } from '@khai/event-sourcing';

import { type AdjustFeedDelivery, feedContract } from '../domain/feed-contract.decider';

/** Contract and delivery come from the path: POST /feed-contracts/:contractId/deliveries/:deliveryId/adjustments. */
export class AdjustFeedDeliveryDto {
  @IdField({ example: 'ADJ-2026-0001', description: 'unique within the contract' })
  adjustmentId!: string;

  @WholeField(0, 10_000_000, { example: 2800, description: 'what was really delivered, kg (0 when nothing arrived)' })
  newKg!: number;

  @TextField(500, { example: 'weighbridge ticket shows 2,800 kg' })
  reason!: string;

  @DayField({ example: '2026-01-16' })
  adjustedOn!: string;
}

export const adjustFeedDelivery = feedContract.useCase({
  name: 'AdjustFeedDelivery',
  streamId: (d: AdjustFeedDelivery['data']) => d.contractId,
  checks: [happenedBy('adjustedOn')],
  http: {
    tag: 'feed',
    roles: ['manager', 'staff'],
    path: '/feed-contracts/:contractId/deliveries/:deliveryId/adjustments',
    body: AdjustFeedDeliveryDto,
  },
});
