import { IsBusinessDate, MatchesPattern, NOT_BLANK } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';

import { type CullFlock, flock } from '../domain/flock.decider';

/** The flock id comes from the path. */
export class CullFlockDto {
  @ApiProperty({ example: '2027-07-15', description: 'ISO date of the cull (ปลดระวาง); not before placement' })
  @IsBusinessDate()
  culledOn!: string;

  @ApiProperty({ example: 4800, description: 'hens culled; at most the hens alive (a partial cull is allowed)' })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  hens!: number;

  @ApiProperty({ example: 'end of lay, 80 weeks' })
  @IsString()
  @Length(1, 200)
  @MatchesPattern(NOT_BLANK, { message: 'reason must not be blank' })
  reason!: string;
}

export const cullFlock = flock.useCase({
  name: 'CullFlock',
  streamId: (d: CullFlock['data']) => d.flockId,
  http: {
    tag: 'registry',
    path: '/flocks/:flockId/culls',
    body: CullFlockDto,
    description: 'Send an Idempotency-Key: the same cull twice is two culls, unless the key makes the retry a repeat.',
  },
});
