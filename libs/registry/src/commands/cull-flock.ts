import { IsBusinessDate, IsFreeText, IsWhole } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

import { type CullFlock, flock } from '../domain/flock.decider';

/** The flock id comes from the path. */
export class CullFlockDto {
  @ApiProperty({ example: '2026-11-30', description: 'ISO date of the cull (ปลดระวาง); not before placement' })
  @IsBusinessDate()
  culledOn!: string;

  @ApiProperty({ example: 4800, description: 'hens culled; at most the hens alive (a partial cull is allowed)' })
  @IsWhole(1, 10_000_000)
  hens!: number;

  @ApiProperty({ example: 'end of lay' })
  @IsString()
  @Length(1, 200)
  @IsFreeText({ notBlank: true })
  reason!: string;
}

export const cullFlock = flock.useCase({
  name: 'CullFlock',
  streamId: (d: CullFlock['data']) => d.flockId,
  checks: [happenedBy('culledOn')],
  http: {
    tag: 'registry',
    roles: ['manager', 'staff'],
    path: '/flocks/:flockId/culls',
    body: CullFlockDto,
    description: 'Send an Idempotency-Key: the same cull twice is two culls, unless the key makes the retry a repeat.',
  },
});
