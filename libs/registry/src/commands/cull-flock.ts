import { DayField, happenedBy, TextField, WholeField } from '@khai/event-sourcing';

import { type CullFlock, flock } from '../domain/flock.decider';

/** The flock id comes from the path. */
export class CullFlockDto {
  @DayField({ example: '2026-11-30', description: 'ISO date of the cull (ปลดระวาง); not before placement' })
  culledOn!: string;

  @WholeField(1, 10_000_000, {
    example: 4800,
    description: 'hens culled; at most the hens alive (a partial cull is allowed)',
  })
  hens!: number;

  @TextField(200, { example: 'end of lay' })
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
