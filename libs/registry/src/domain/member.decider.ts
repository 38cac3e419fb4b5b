import { aggregate, Conflict, type Decider, InvariantViolated, sameFacts } from '@khai/core';

import { isValidCitizenId } from './citizen-id';
import type { FarmRegistered, MemberErased, MemberEvent, MemberJoined } from './member.events';
import { evolveMember, farmOf, initialMemberState, type MemberState } from './member.state';
import { memberNotFound } from './registry.errors';

/** Registers a member with their first farm; flocks are placed on the flock aggregate. */
export type RegisterMember = {
  readonly type: 'RegisterMember';
  readonly data: MemberJoined['data'] & {
    readonly farm: Omit<FarmRegistered['data'], 'memberId' | 'registeredOn'>;
  };
};

/** Another farm of an existing member. */
export type RegisterFarm = {
  readonly type: 'RegisterFarm';
  readonly data: FarmRegistered['data'];
};

/** Erases the member's personal data (PDPA); an admin's, with a reason. */
export type EraseMember = {
  readonly type: 'EraseMember';
  readonly data: MemberErased['data'];
};

export type MemberCommand = RegisterMember | RegisterFarm | EraseMember;

export const memberDecider: Decider<MemberCommand, MemberEvent, MemberState> = {
  initialState: initialMemberState,
  evolve: evolveMember,
  decide(command, state) {
    switch (command.type) {
      case 'RegisterMember':
        return registerMember(command, state);
      case 'RegisterFarm':
        return registerFarm(command, state);
      case 'EraseMember':
        return eraseMember(command, state);
    }
  },
};

function registerMember({ data }: RegisterMember, state: MemberState): MemberEvent[] {
  const { farm, ...member } = data;
  if (!isValidCitizenId(member.citizenId)) {
    throw new InvariantViolated('invalid_citizen_id', 'the citizen id must be 13 digits with a valid check digit');
  }
  const joined: MemberJoined = {
    type: 'MemberJoined',
    data: { memberId: member.memberId, name: member.name, citizenId: member.citizenId, joinedOn: member.joinedOn },
  };
  const registered = farmRegistered({ memberId: member.memberId, ...farm, registeredOn: member.joinedOn });
  if (state.status === 'none') return [joined, registered];

  // Farms registered later do not make the original registration a different one.
  const firstFarm = farmOf(state, farm.farmId);
  if (firstFarm && sameFacts(state.member, joined.data) && sameFacts(firstFarm, registered.data)) return [];
  throw new Conflict(
    'member_already_registered',
    `member ${member.memberId} is already registered with other details`,
    { memberId: member.memberId },
  );
}

function registerFarm({ data }: RegisterFarm, state: MemberState): MemberEvent[] {
  if (state.status === 'none') throw memberNotFound(data.memberId);
  const registered = farmRegistered(data);
  const existing = farmOf(state, data.farmId);
  if (existing) {
    if (sameFacts(existing, registered.data)) return [];
    throw new Conflict(
      'farm_already_registered',
      `member ${data.memberId} already has a farm ${data.farmId} with other details`,
      { memberId: data.memberId, farmId: data.farmId },
    );
  }
  const { joinedOn } = state.member;
  if (data.registeredOn < joinedOn) {
    throw new InvariantViolated('farm_registered_before_joining', `member ${data.memberId} joined on ${joinedOn}`, {
      joinedOn,
      registeredOn: data.registeredOn,
    });
  }
  return [registered];
}

/** Once erased, a member stays erased: a repeat (any reason, any day) changes nothing. */
function eraseMember({ data }: EraseMember, state: MemberState): MemberEvent[] {
  if (state.status === 'none') throw memberNotFound(data.memberId);
  if (state.erasedOn !== undefined) return [];
  return [{ type: 'MemberErased', data: { memberId: data.memberId, reason: data.reason, erasedOn: data.erasedOn } }];
}

function farmRegistered(data: FarmRegistered['data']): FarmRegistered {
  return {
    type: 'FarmRegistered',
    data: {
      memberId: data.memberId,
      farmId: data.farmId,
      name: data.name,
      district: data.district,
      province: data.province,
      registeredOn: data.registeredOn,
    },
  };
}

/** Members and their farms live in the `member` stream category. */
export const member = aggregate('member', memberDecider);
