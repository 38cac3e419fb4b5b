import { ERASED } from '@khai/core';

import type { FarmRegistered, MemberEvent, MemberJoined } from './member.events';

export type MemberState =
  | { readonly status: 'none' }
  | {
      readonly status: 'joined';
      readonly member: MemberJoined['data'];
      readonly farms: readonly FarmRegistered['data'][];
      /** Set once the member's personal data is erased: name and citizen id read as ERASED from then on. */
      readonly erasedOn?: string;
    };

export const initialMemberState: MemberState = { status: 'none' };

/** Total: an event that cannot apply (never written by the decider) leaves the state as it is. */
export function evolveMember(state: MemberState, event: MemberEvent): MemberState {
  switch (event.type) {
    case 'MemberJoined':
      return state.status === 'none' ? { status: 'joined', member: event.data, farms: [] } : state;
    case 'FarmRegistered':
      return state.status === 'none' ? state : { ...state, farms: [...state.farms, event.data] };
    case 'MemberErased':
      // The fields as they read once the key is gone, also in a state folded before (the aggregate cache).
      return state.status === 'none' || state.erasedOn !== undefined
        ? state
        : {
            ...state,
            member: { ...state.member, name: ERASED, citizenId: ERASED },
            erasedOn: event.data.erasedOn,
          };
  }
}

/** The member's farm with this id, if it is registered. */
export function farmOf(state: MemberState, farmId: string): FarmRegistered['data'] | undefined {
  return state.status === 'none' ? undefined : state.farms.find((f) => f.farmId === farmId);
}
