import { IsBusinessDate, IsFreeText, IsWhole } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

import { flock, type RecordFlockMortality } from '../domain/flock.decider';

/** The flock id comes from the path. */
export class RecordFlockMortalityDto {
  @ApiProperty({ example: '2026-02-01', description: 'ISO date of the count; not before placement' })
  @IsBusinessDate()
  recordedOn!: string;

  @ApiProperty({ example: 3, description: 'hens found dead; at most the hens alive' })
  @IsWhole(1, 10_000_000)
  deaths!: number;

  @ApiPropertyOptional({ example: 'heat stress' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @IsFreeText({ notBlank: true })
  cause?: string;
}

export const recordFlockMortality = flock.useCase({
  name: 'RecordFlockMortality',
  streamId: (d: RecordFlockMortality['data']) => d.flockId,
  checks: [happenedBy('recordedOn')],
  http: {
    tag: 'registry',
    roles: ['manager', 'staff'],
    path: '/flocks/:flockId/mortality',
    body: RecordFlockMortalityDto,
    description:
      'Send an Idempotency-Key: the same count twice is two counts, unless the key makes the retry a repeat.',
  },
});
