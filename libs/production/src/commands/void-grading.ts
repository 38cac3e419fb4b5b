import { DayField, TextField } from '@khai/event-sourcing';

import type { VoidGrading } from '../domain/lot.commands';
import { lot } from '../domain/lot.decider';

/** The lot id comes from the path. */
export class VoidGradingDto {
  @TextField(500, { example: 'scale mis-calibrated', description: 'why the grading is cancelled' })
  reason!: string;

  @DayField({ example: '2026-11-25', description: 'ISO date of the correction; not before the grading' })
  voidedOn!: string;
}

export const voidGrading = lot.useCase({
  name: 'VoidGrading',
  streamId: (d: VoidGrading['data']) => d.lotId,
  http: { tag: 'production', roles: ['manager', 'staff'], path: '/lots/:lotId/grading/void', body: VoidGradingDto },
});
