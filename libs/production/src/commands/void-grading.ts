import { IsBusinessDate, IsFreeText } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

import type { VoidGrading } from '../domain/lot.commands';
import { lot } from '../domain/lot.decider';

/** The lot id comes from the path. */
export class VoidGradingDto {
  @ApiProperty({ example: 'scale mis-calibrated', description: 'why the grading is cancelled' })
  @IsString()
  @IsFreeText({ notBlank: true })
  @MaxLength(500)
  reason!: string;

  @ApiProperty({ example: '2026-11-25', description: 'ISO date of the correction; not before the grading' })
  @IsBusinessDate()
  voidedOn!: string;
}

export const voidGrading = lot.useCase({
  name: 'VoidGrading',
  streamId: (d: VoidGrading['data']) => d.lotId,
  http: { tag: 'production', roles: ['manager', 'staff'], path: '/lots/:lotId/grading/void', body: VoidGradingDto },
});
