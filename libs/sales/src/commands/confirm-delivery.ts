import { SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { DayField, happenedBy, IdField, ListField, OneOfField, WholeField } from '@khai/event-sourcing';

import { shipment } from '../domain/aggregates';
import type { ConfirmDelivery } from '../domain/shipment.decider';
import { CLAIM_REASONS, type ClaimReason } from '../domain/shipment.events';
import { shipmentsBuyer } from './references';

/** The delivery report and, when it says, the buyer who received it (a buyer's Kafka message always does). */
export type ConfirmDeliveryInput = ConfirmDelivery['data'] & { readonly buyerId?: string };

export class RecountDto {
  @OneOfField(SIZE_CLASSES, { description: 'TAS size class (เบอร์)' })
  size!: SizeClass;

  @WholeField(0, 1_000_000, { example: 64, description: 'trays the buyer counted' })
  trays!: number;
}

export class ClaimDto {
  @OneOfField(CLAIM_REASONS)
  reason!: ClaimReason;

  @OneOfField(SIZE_CLASSES, { description: 'TAS size class (เบอร์)' })
  size!: SizeClass;

  @WholeField(1, 100_000_000, { example: 12, description: 'eggs claimed' })
  eggs!: number;

  @WholeField(0, Number.MAX_SAFE_INTEGER, { example: 4_140, description: 'satang claimed' })
  amountSatang!: number;
}

/** The shipment id comes from the path. */
export class ConfirmDeliveryDto {
  @IdField({
    example: 'B-makro-cm',
    description: "the buyer who received the shipment, when it says: it must be the shipment's buyer",
    optional: true,
  })
  buyerId?: string;

  @DayField({ example: '2026-11-26' })
  deliveredOn!: string;

  @ListField(
    RecountDto,
    { min: 1, max: SIZE_CLASSES.length },
    { description: "the buyer's count, one line per shipped size" },
  )
  recount!: RecountDto[];

  @ListField(
    ClaimDto,
    { max: SIZE_CLASSES.length * CLAIM_REASONS.length },
    { description: 'claims per reason and size; may be empty' },
  )
  claims!: ClaimDto[];
}

export const confirmDelivery = shipment.useCase({
  name: 'ConfirmDelivery',
  streamId: (d: ConfirmDeliveryInput) => d.shipmentId,
  checks: [happenedBy('deliveredOn'), shipmentsBuyer],
  command: ({ buyerId: _receiver, ...data }: ConfirmDeliveryInput) => ({ type: 'ConfirmDelivery', data }),
  http: {
    tag: 'sales',
    roles: ['manager', 'staff', { partner: 'buyerId' }],
    path: '/shipments/:shipmentId/delivery',
    body: ConfirmDeliveryDto,
  },
});
