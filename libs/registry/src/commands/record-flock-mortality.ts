import { DayField, happenedBy, TextField, WholeField } from '@khai/event-sourcing';

import { flock, type RecordFlockMortality } from '../domain/flock.decider';

/** The flock id comes from the path. */
export class RecordFlockMortalityDto {
  @DayField({ example: '2026-02-01', description: 'ISO date of the count; not before placement' })
  recordedOn!: string;

  @WholeField(1, 10_000_000, { example: 3, description: 'hens found dead; at most the hens alive' })
  deaths!: number;

  @TextField(200, { example: 'heat stress', optional: true })
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
