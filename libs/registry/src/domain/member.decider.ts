import { Conflict, type Decider, InvariantViolated } from '@khai/event-sourcing';

import { isValidCitizenId } from './citizen-id';
import type { FarmRegistered, FlockPlaced, MemberEvent, MemberJoined } from './member.events';
import { evolveMember, initialMemberState, type MemberState } from './member.state';

/** Registers a member with their first farm and its first flock. */
export type RegisterMember = {
  readonly type: 'RegisterMember';
  readonly data: MemberJoined['data'] & {
    readonly farm: Omit<FarmRegistered['data'], 'memberId' | 'registeredOn'>;
    readonly flock: Omit<FlockPlaced['data'], 'memberId' | 'farmId'>;
  };
};

export type MemberCommand = RegisterMember;

export const memberDecider: Decider<MemberCommand, MemberEvent, MemberState> = {
  initialState: initialMemberState,
  evolve: evolveMember,
  decide(command, state) {
    const { farm, flock, ...member } = command.data;
    if (!isValidCitizenId(member.citizenId)) {
      throw new InvariantViolated('invalid_citizen_id', 'the citizen id must be 13 digits with a valid check digit');
    }
    const joined: MemberJoined = { type: 'MemberJoined', data: member };
    const registered: FarmRegistered = {
      type: 'FarmRegistered',
      data: { memberId: member.memberId, ...farm, registeredOn: member.joinedOn },
    };
    const placed: FlockPlaced = {
      type: 'FlockPlaced',
      data: { memberId: member.memberId, farmId: farm.farmId, ...flock },
    };
    if (state.status === 'none') return [joined, registered, placed];

    const same =
      sameFacts(state.member, joined.data) &&
      state.farms.some((f) => sameFacts(f, registered.data)) &&
      state.flocks.some((f) => sameFacts(f, placed.data));
    if (same) return [];
    throw new Conflict(
      'member_already_registered',
      `member ${member.memberId} is already registered with other details`,
      {
        memberId: member.memberId,
      },
    );
  },
};

/** Flat records with the same fields and values, whatever their key order. */
function sameFacts<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(b) as (keyof T)[];
  return Object.keys(a).length === keys.length && keys.every((k) => a[k] === b[k]);
}
