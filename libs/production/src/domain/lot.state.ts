import type { EggsCollected, LotEvent, LotGraded } from './lot.events';

export type LotState =
  | { readonly status: 'none' }
  | { readonly status: 'collected'; readonly collection: EggsCollected['data'] }
  | { readonly status: 'graded'; readonly collection: EggsCollected['data']; readonly grading: LotGraded['data'] };

export const initialLotState: LotState = { status: 'none' };

/** Total: an event that cannot apply (never written by the decider) leaves the state as it is. */
export function evolveLot(state: LotState, event: LotEvent): LotState {
  switch (event.type) {
    case 'EggsCollected':
      return state.status === 'none' ? { status: 'collected', collection: event.data } : state;
    case 'LotGraded':
      return state.status === 'none' ? state : { status: 'graded', collection: state.collection, grading: event.data };
  }
}
