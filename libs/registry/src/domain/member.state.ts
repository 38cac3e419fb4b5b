import { ERASED } from '@khai/core';

import type { FarmRegistered, MemberContact, MemberEvent, MemberJoined } from './member.events';

export type MemberState =
  | { readonly status: 'none' }
  | {
      readonly status: 'joined';
      /** As registered (a repeat of the registration is compared with it), the contact of that day included. */
      readonly member: MemberJoined['data'];
      /** The member's contact now: as registered, then as last changed (MemberContactChanged). */
      readonly contact: MemberContact;
      readonly farms: readonly FarmRegistered['data'][];
      /** Set once the member's personal data is erased: name, citizen id and contact read as ERASED from then on. */
      readonly erasedOn?: string;
    };

export const initialMemberState: MemberState = { status: 'none' };

/** The contact parts of an event's data, without the parts it leaves out. */
export function contactOf(data: MemberContact): MemberContact {
  return {
    ...(data.phone === undefined ? {} : { phone: data.phone }),
    ...(data.bank === undefined ? {} : { bank: data.bank }),
    ...(data.bankAccountNumber === undefined ? {} : { bankAccountNumber: data.bankAccountNumber }),
  };
}

/** The parts of a contact that are known, as they read once the member's key is gone. */
function erasedContact(contact: MemberContact): MemberContact {
  return Object.fromEntries(Object.keys(contactOf(contact)).map((key) => [key, ERASED]));
}

/** Total: an event that cannot apply (never written by the decider) leaves the state as it is. */
export function evolveMember(state: MemberState, event: MemberEvent): MemberState {
  switch (event.type) {
    case 'MemberJoined':
      return state.status === 'none'
        ? { status: 'joined', member: event.data, contact: contactOf(event.data), farms: [] }
        : state;
    case 'FarmRegistered':
      return state.status === 'none' ? state : { ...state, farms: [...state.farms, event.data] };
    case 'MemberContactChanged':
      return state.status === 'none' || state.erasedOn !== undefined
        ? state
        : { ...state, contact: contactOf(event.data) };
    case 'MemberErased':
      // The fields as they read once the key is gone, also in a state folded before (the aggregate cache).
      return state.status === 'none' || state.erasedOn !== undefined
        ? state
        : {
            ...state,
            member: { ...state.member, name: ERASED, citizenId: ERASED, ...erasedContact(state.member) },
            contact: erasedContact(state.contact),
            erasedOn: event.data.erasedOn,
          };
  }
}

/** The member's farm with this id, if it is registered. */
export function farmOf(state: MemberState, farmId: string): FarmRegistered['data'] | undefined {
  return state.status === 'none' ? undefined : state.farms.find((f) => f.farmId === farmId);
}
