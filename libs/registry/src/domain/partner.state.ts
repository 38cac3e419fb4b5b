import type { PartnerEvent, PartnerRegistered, PartnerStageChanged } from './partner.events';
import type { ChainStage } from './partner.vocabulary';

export type PartnerState =
  | { readonly status: 'none' }
  | {
      readonly status: 'registered';
      /** As registered, kept so a repeated registration is recognised after stage changes. */
      readonly registration: PartnerRegistered['data'];
      readonly stage: ChainStage;
      readonly stageChanges: readonly PartnerStageChanged['data'][];
    };

export const initialPartnerState: PartnerState = { status: 'none' };

/** Total: an event that cannot apply (never written by the decider) leaves the state as it is. */
export function evolvePartner(state: PartnerState, event: PartnerEvent): PartnerState {
  switch (event.type) {
    case 'PartnerRegistered':
      if (state.status !== 'none') return state;
      return { status: 'registered', registration: event.data, stage: event.data.stage, stageChanges: [] };
    case 'PartnerStageChanged':
      if (state.status === 'none') return state;
      return { ...state, stage: event.data.stage, stageChanges: [...state.stageChanges, event.data] };
  }
}
