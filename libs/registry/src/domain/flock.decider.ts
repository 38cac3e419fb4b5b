import { aggregate, Conflict, type Decider, InvariantViolated, sameFacts } from '@khai/core';

import type { FlockCulled, FlockEvent, FlockMortalityRecorded, FlockPlaced } from './flock.events';
import { evolveFlock, type FlockCounts, type FlockState, initialFlockState } from './flock.state';
import { flockNotFound } from './registry.errors';

export type PlaceFlock = { readonly type: 'PlaceFlock'; readonly data: FlockPlaced['data'] };
export type RecordFlockMortality = {
  readonly type: 'RecordFlockMortality';
  readonly data: FlockMortalityRecorded['data'];
};
export type CullFlock = { readonly type: 'CullFlock'; readonly data: FlockCulled['data'] };

export type FlockCommand = PlaceFlock | RecordFlockMortality | CullFlock;

/**
 * Mortality and culls are counts that add up, so the same count sent twice is two
 * counts: a retried request is made once by its Idempotency-Key, not by comparing data.
 */
export const flockDecider: Decider<FlockCommand, FlockEvent, FlockState> = {
  initialState: initialFlockState,
  evolve: evolveFlock,
  decide(command, state) {
    switch (command.type) {
      case 'PlaceFlock':
        return place(command, state);
      case 'RecordFlockMortality':
        return recordMortality(command, state);
      case 'CullFlock':
        return cull(command, state);
    }
  },
};

function place({ data }: PlaceFlock, state: FlockState): FlockEvent[] {
  requireHenCount(data.hensPlaced);
  if (data.hatchedOn !== undefined && data.hatchedOn > data.placedOn) {
    throw new InvariantViolated('hatched_after_placed', `flock ${data.flockId} cannot hatch after it is placed`, {
      hatchedOn: data.hatchedOn,
      placedOn: data.placedOn,
    });
  }
  const placed: FlockPlaced = {
    type: 'FlockPlaced',
    data: {
      flockId: data.flockId,
      memberId: data.memberId,
      farmId: data.farmId,
      breed: data.breed,
      hensPlaced: data.hensPlaced,
      placedOn: data.placedOn,
      ...(data.hatchedOn !== undefined ? { hatchedOn: data.hatchedOn } : {}),
    },
  };
  if (state.status === 'none') return [placed];
  if (sameFacts(state.placement, placed.data)) return [];
  throw new Conflict('flock_already_placed', `flock ${data.flockId} was already placed with other details`, {
    flockId: data.flockId,
  });
}

function recordMortality({ data }: RecordFlockMortality, state: FlockState): FlockEvent[] {
  const flock = requireLaying(data.flockId, state, data.recordedOn);
  requireHenCount(data.deaths);
  if (data.deaths > flock.hensAlive) {
    throw new InvariantViolated(
      'more_deaths_than_hens',
      `flock ${data.flockId} has ${flock.hensAlive} hens alive, fewer than ${data.deaths} deaths`,
      { hensAlive: flock.hensAlive, deaths: data.deaths },
    );
  }
  return [
    {
      type: 'FlockMortalityRecorded',
      data: {
        flockId: data.flockId,
        recordedOn: data.recordedOn,
        deaths: data.deaths,
        ...(data.cause !== undefined ? { cause: data.cause } : {}),
      },
    },
  ];
}

function cull({ data }: CullFlock, state: FlockState): FlockEvent[] {
  const flock = requireLaying(data.flockId, state, data.culledOn);
  requireHenCount(data.hens);
  if (data.hens > flock.hensAlive) {
    throw new InvariantViolated(
      'more_culled_than_hens',
      `flock ${data.flockId} has ${flock.hensAlive} hens alive, fewer than the ${data.hens} to cull`,
      { hensAlive: flock.hensAlive, hens: data.hens },
    );
  }
  return [
    {
      type: 'FlockCulled',
      data: { flockId: data.flockId, culledOn: data.culledOn, hens: data.hens, reason: data.reason },
    },
  ];
}

/** A placed flock with hens alive, and a date on or after its placement. */
function requireLaying(flockId: string, state: FlockState, on: string): FlockCounts {
  if (state.status === 'none') throw flockNotFound(flockId);
  if (state.status === 'closed') {
    throw new InvariantViolated('flock_closed', `flock ${flockId} has no hens left`, { flockId });
  }
  const { placedOn } = state.placement;
  if (on < placedOn) {
    throw new InvariantViolated('date_before_placement', `flock ${flockId} was placed on ${placedOn}`, {
      placedOn,
      date: on,
    });
  }
  return state;
}

function requireHenCount(hens: number): void {
  if (!Number.isSafeInteger(hens) || hens < 1) {
    throw new InvariantViolated('invalid_hen_count', 'hen counts must be whole numbers of at least 1', { hens });
  }
}

/** Flocks live in the `flock` stream category. */
export const flock = aggregate('flock', flockDecider);
