import type { EggsCollected, LotEvent, LotGraded, LotGradingVoided } from './lot.events';
import {
  applyAllocated,
  applyLoss,
  applyPacked,
  applyProcessed,
  applyReleased,
  type LotStock,
  stockOf,
} from './lot.stock';

export type LotState =
  | { readonly status: 'none' }
  | {
      readonly status: 'collected';
      readonly collection: EggsCollected['data'];
      /** The last correction, so that repeating it is a no-op rather than a conflict. */
      readonly lastVoid: LotGradingVoided['data'] | null;
    }
  | {
      readonly status: 'graded';
      readonly collection: EggsCollected['data'];
      readonly grading: LotGraded['data'];
      readonly stock: LotStock;
    };

export type GradedLot = Extract<LotState, { status: 'graded' }>;

export const initialLotState: LotState = { status: 'none' };

/** Total: an event that cannot apply (never written by the decider) leaves the state as it is. */
export function evolveLot(state: LotState, event: LotEvent): LotState {
  switch (event.type) {
    case 'EggsCollected':
      return state.status === 'none' ? { status: 'collected', collection: event.data, lastVoid: null } : state;
    case 'LotGraded':
      return state.status === 'none'
        ? state
        : { status: 'graded', collection: state.collection, grading: event.data, stock: stockOf(event.data) };
    case 'LotGradingVoided':
      return state.status === 'graded'
        ? { status: 'collected', collection: state.collection, lastVoid: event.data }
        : state;
    case 'EggsPacked':
      return state.status === 'graded' ? { ...state, stock: applyPacked(state.stock, event.data) } : state;
    case 'LossRecorded':
      return state.status === 'graded' ? { ...state, stock: applyLoss(state.stock, event.data) } : state;
    case 'RejectsProcessed':
      return state.status === 'graded' ? { ...state, stock: applyProcessed(state.stock, event.data) } : state;
    case 'PackedStockAllocated':
      return state.status === 'graded' ? { ...state, stock: applyAllocated(state.stock, event.data) } : state;
    case 'PackedStockReleased':
      return state.status === 'graded' ? { ...state, stock: applyReleased(state.stock, event.data) } : state;
  }
}
