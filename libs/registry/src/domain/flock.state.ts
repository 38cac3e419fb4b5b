import type { FlockEvent, FlockPlaced } from './flock.events';

/** Head counts of a placed flock: hensAlive = hensPlaced − deaths − culled, never below 0. */
export interface FlockCounts {
  readonly placement: FlockPlaced['data'];
  readonly hensPlaced: number;
  readonly hensAlive: number;
  readonly deaths: number;
  readonly culled: number;
}

/** `laying` while hens are alive; `closed` once none are (nothing more can happen to it). */
export type FlockState =
  | { readonly status: 'none' }
  | ({ readonly status: 'laying' } & FlockCounts)
  | ({ readonly status: 'closed' } & FlockCounts);

export const initialFlockState: FlockState = { status: 'none' };

/** Total: an event that cannot apply (never written by the decider) leaves the state as it is. */
export function evolveFlock(state: FlockState, event: FlockEvent): FlockState {
  switch (event.type) {
    case 'FlockPlaced':
      if (state.status !== 'none') return state;
      return withCounts({ placement: event.data, hensPlaced: event.data.hensPlaced, deaths: 0, culled: 0 });
    case 'FlockMortalityRecorded':
      if (state.status === 'none') return state;
      return withCounts({ ...state, deaths: state.deaths + event.data.deaths });
    case 'FlockCulled':
      if (state.status === 'none') return state;
      return withCounts({ ...state, culled: state.culled + event.data.hens });
  }
}

function withCounts(c: Omit<FlockCounts, 'hensAlive'>): FlockState {
  const hensAlive = c.hensPlaced - c.deaths - c.culled;
  return {
    status: hensAlive > 0 ? 'laying' : 'closed',
    placement: c.placement,
    hensPlaced: c.hensPlaced,
    hensAlive,
    deaths: c.deaths,
    culled: c.culled,
  };
}

/** Mortality % = deaths / hens placed × 100, rounded half up to two decimals, in integers. */
export function mortalityPercent(deaths: number, hensPlaced: number): number {
  if (hensPlaced <= 0) return 0;
  return Math.floor((deaths * 20_000 + hensPlaced) / (2 * hensPlaced)) / 100;
}
