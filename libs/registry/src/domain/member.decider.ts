import { aggregate, Conflict, type Decider, InvariantViolated, sameFacts } from '@khai/core';

import { isValidCitizenId } from './citizen-id';
import { type BankAccount, isValidBankAccount, normalisedThaiPhone } from './contact';
import type {
  FarmRegistered,
  MemberContact,
  MemberContactChanged,
  MemberErased,
  MemberEvent,
  MemberJoined,
} from './member.events';
import { contactOf, evolveMember, farmOf, initialMemberState, type MemberState } from './member.state';
import { memberNotFound } from './registry.errors';

/** A contact as a command gives it: the phone as written (0… or +66…), the bank account whole. */
export type ContactInput = { readonly phone?: string; readonly bankAccount?: BankAccount };

/** Registers a member with their first farm (and their contact, if given); flocks are placed on the flock aggregate. */
export type RegisterMember = {
  readonly type: 'RegisterMember';
  readonly data: Omit<MemberJoined['data'], keyof MemberContact> &
    ContactInput & {
      readonly farm: Omit<FarmRegistered['data'], 'memberId' | 'registeredOn'>;
    };
};

/** The member's contact from `changedOn` on, as a whole: a part left out is no longer known. */
export type ChangeMemberContact = {
  readonly type: 'ChangeMemberContact';
  readonly data: { readonly memberId: string; readonly changedOn: string } & ContactInput;
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

export type MemberCommand = RegisterMember | RegisterFarm | ChangeMemberContact | EraseMember;

export const memberDecider: Decider<MemberCommand, MemberEvent, MemberState> = {
  initialState: initialMemberState,
  evolve: evolveMember,
  decide(command, state) {
    switch (command.type) {
      case 'RegisterMember':
        return registerMember(command, state);
      case 'RegisterFarm':
        return registerFarm(command, state);
      case 'ChangeMemberContact':
        return changeContact(command, state);
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
    data: {
      memberId: member.memberId,
      name: member.name,
      citizenId: member.citizenId,
      joinedOn: member.joinedOn,
      ...validContact(member),
    },
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

/**
 * The contact as the log keeps it: the phone in its national form (0…), the bank account as two fields. Checked
 * here too, for callers that do not come through the edge's validation (the generator, a CLI); the refusal names
 * no value, as it is personal data.
 */
function validContact({ phone, bankAccount }: ContactInput): MemberContact {
  const national = phone === undefined ? undefined : normalisedThaiPhone(phone);
  if (phone !== undefined && national === undefined) {
    throw new InvariantViolated('invalid_phone', 'the phone must be a Thai number: 0 and 8–9 digits, or +66 and 8–9');
  }
  if (bankAccount !== undefined && !isValidBankAccount(bankAccount)) {
    throw new InvariantViolated(
      'invalid_bank_account',
      'the bank account must be at a listed Thai bank, its number 10–12 digits',
    );
  }
  return contactOf({
    ...(national === undefined ? {} : { phone: national }),
    ...(bankAccount === undefined ? {} : { bank: bankAccount.bank, bankAccountNumber: bankAccount.number }),
  });
}

/**
 * The same contact again changes nothing. An erased member's contact cannot be given again: their key is gone, and
 * a member who comes back registers anew.
 */
function changeContact({ data }: ChangeMemberContact, state: MemberState): MemberEvent[] {
  if (state.status === 'none') throw memberNotFound(data.memberId);
  if (state.erasedOn !== undefined) {
    throw new InvariantViolated('member_erased', `member ${data.memberId}'s personal data was erased`, {
      memberId: data.memberId,
      erasedOn: state.erasedOn,
    });
  }
  const contact = validContact(data);
  const { joinedOn } = state.member;
  if (data.changedOn < joinedOn) {
    throw new InvariantViolated('contact_changed_before_joining', `member ${data.memberId} joined on ${joinedOn}`, {
      joinedOn,
      changedOn: data.changedOn,
    });
  }
  if (sameFacts(state.contact, contact)) return [];
  const changed: MemberContactChanged = {
    type: 'MemberContactChanged',
    data: { memberId: data.memberId, ...contact, changedOn: data.changedOn },
  };
  return [changed];
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
