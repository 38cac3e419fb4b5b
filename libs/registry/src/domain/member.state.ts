import type { FarmRegistered, FlockPlaced, MemberEvent, MemberJoined } from './member.events';

export type MemberState =
  | { readonly status: 'none' }
  | {
      readonly status: 'joined';
      readonly member: MemberJoined['data'];
      readonly farms: readonly FarmRegistered['data'][];
      readonly flocks: readonly FlockPlaced['data'][];
    };

export const initialMemberState: MemberState = { status: 'none' };

export function evolveMember(state: MemberState, event: MemberEvent): MemberState {
  switch (event.type) {
    case 'MemberJoined':
      return { status: 'joined', member: event.data, farms: [], flocks: [] };
    case 'FarmRegistered':
      return state.status === 'none' ? state : { ...state, farms: [...state.farms, event.data] };
    case 'FlockPlaced':
      return state.status === 'none' ? state : { ...state, flocks: [...state.flocks, event.data] };
  }
}
