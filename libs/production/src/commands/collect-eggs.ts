import { memberFlock } from '@khai/cluster';
import {
  DayField,
  happenedBy,
  IdField,
  InvariantViolated,
  type UseCaseEnvironment,
  WholeField,
} from '@khai/event-sourcing';

import type { CollectEggs } from '../domain/lot.commands';
import { lot } from '../domain/lot.decider';

export class CollectEggsDto {
  @IdField({ example: 'L20261124-F01' })
  lotId!: string;

  @IdField({ example: 'M017' })
  memberId!: string;

  @IdField({ example: 'F01' })
  farmId!: string;

  @IdField({ example: 'FL3' })
  flockId!: string;

  @DayField({ example: '2026-11-24', description: 'ISO date of the collection' })
  collectedOn!: string;

  @WholeField(1, 10_000_000, { example: 3600, description: 'eggs collected (120 trays of 30)' })
  eggs!: number;
}

/**
 * The lot names a flock placed on the member's own farm, collected on or after the
 * placement and not after today, of no more eggs than the flock has hens alive (a
 * hen lays at most one egg a day).
 */
async function fromLayingFlock(d: CollectEggs['data'], env: UseCaseEnvironment): Promise<void> {
  const flock = await memberFlock(env, d);
  if (d.collectedOn < flock.placedOn) {
    throw new InvariantViolated(
      'collected_before_placement',
      `flock ${d.flockId} was placed on ${flock.placedOn}, after ${d.collectedOn}`,
      { flockId: d.flockId, placedOn: flock.placedOn },
    );
  }
  if (d.eggs > flock.hensAlive) {
    throw new InvariantViolated(
      'more_eggs_than_hens',
      `${d.eggs} eggs in a day from flock ${d.flockId}, which has ${flock.hensAlive} hens alive`,
      { flockId: d.flockId, hensAlive: flock.hensAlive },
    );
  }
}

export const collectEggs = lot.useCase({
  name: 'CollectEggs',
  streamId: (d: CollectEggs['data']) => d.lotId,
  checks: [happenedBy('collectedOn'), fromLayingFlock],
  http: { tag: 'production', roles: ['manager', 'staff'], path: '/lots', body: CollectEggsDto },
});
