import { EGGS_PER_TRAY, SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { DayField, IdField, OneOfField, WholeField } from '@khai/event-sourcing';

import type { PackEggs } from '../domain/lot.commands';
import { lot } from '../domain/lot.decider';

/** The lot id comes from the path. */
export class PackEggsDto {
  @IdField({ example: 'PK-0001' })
  packId!: string;

  @OneOfField(SIZE_CLASSES, { description: 'TAS size class (เบอร์) of the graded eggs packed' })
  size!: SizeClass;

  @WholeField(1, 1_000_000, { example: 20, description: `whole trays (แผง) of ${EGGS_PER_TRAY} eggs` })
  trays!: number;

  @DayField({ example: '2026-11-25', description: 'ISO date of the packing; not before the grading' })
  packedOn!: string;

  @IdField({ example: 'C-0001', description: 'the case packed into', optional: true })
  caseId?: string;
}

export const packEggs = lot.useCase({
  name: 'PackEggs',
  streamId: (d: PackEggs['data']) => d.lotId,
  http: { tag: 'production', roles: ['manager', 'staff'], path: '/lots/:lotId/packs', body: PackEggsDto },
});
