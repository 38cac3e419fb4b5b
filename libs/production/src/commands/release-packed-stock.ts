import { DayField, TextField } from '@khai/event-sourcing';

import type { ReleasePackedStock } from '../domain/lot.commands';
import { lot } from '../domain/lot.decider';

/** The lot and shipment ids come from the path. */
export class ReleasePackedStockDto {
  @TextField(500, { example: 'shipment cancelled by the buyer' })
  reason!: string;

  @DayField({ example: '2026-11-27', description: 'ISO date of the release' })
  releasedOn!: string;
}

export const releasePackedStock = lot.useCase({
  name: 'ReleasePackedStock',
  streamId: (d: ReleasePackedStock['data']) => d.lotId,
  http: {
    tag: 'production',
    roles: ['manager', 'staff'],
    path: '/lots/:lotId/allocations/:shipmentId/release',
    body: ReleasePackedStockDto,
  },
});
