import { SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { DayField, IdField, OneOfField, TextField, WholeField } from '@khai/event-sourcing';

import type { RecordLoss } from '../domain/lot.commands';
import { lot } from '../domain/lot.decider';
import { LOSS_REASONS, LOSS_STAGES, type LossReason, type LossStage } from '../domain/lot.events';

/** The lot id comes from the path. */
export class RecordLossDto {
  @IdField({ example: 'LS-0001' })
  lossId!: string;

  @OneOfField(LOSS_STAGES, { description: 'graded eggs not yet packed, or eggs already in trays' })
  stage!: LossStage;

  @OneOfField(SIZE_CLASSES, { description: 'TAS size class (เบอร์)' })
  size!: SizeClass;

  @WholeField(1, 10_000_000, { example: 12, description: 'whole eggs lost' })
  eggs!: number;

  @OneOfField(LOSS_REASONS)
  reason!: LossReason;

  @TextField(500, { example: 'crate dropped at the loading bay', blank: 'allowed', optional: true })
  note?: string;

  @DayField({ example: '2026-11-25', description: 'ISO date of the loss; not before the grading' })
  recordedOn!: string;
}

export const recordLoss = lot.useCase({
  name: 'RecordLoss',
  streamId: (d: RecordLoss['data']) => d.lotId,
  http: { tag: 'production', roles: ['manager', 'staff'], path: '/lots/:lotId/losses', body: RecordLossDto },
});
