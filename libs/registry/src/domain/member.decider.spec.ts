import { Conflict, ERASED, InvariantViolated, NotFound } from '@khai/core';
import { given } from '@khai/testing';

import {
  type ChangeMemberContact,
  type EraseMember,
  memberDecider,
  type RegisterFarm,
  type RegisterMember,
} from './member.decider';
import type { FarmRegistered, MemberContactChanged, MemberErased, MemberJoined } from './member.events';
import { evolveMember, initialMemberState } from './member.state';

const register: RegisterMember = {
  type: 'RegisterMember',
  data: {
    memberId: 'M001',
    name: 'สมชาย ใจดี',
    citizenId: '1234567890121',
    joinedOn: '2026-01-15',
    farm: { farmId: 'F01', name: 'ฟาร์มสมชาย', district: 'หางดง', province: 'เชียงใหม่' },
  },
};

const joined: MemberJoined = {
  type: 'MemberJoined',
  data: { memberId: 'M001', name: 'สมชาย ใจดี', citizenId: '1234567890121', joinedOn: '2026-01-15' },
};
const farmRegistered: FarmRegistered = {
  type: 'FarmRegistered',
  data: {
    memberId: 'M001',
    farmId: 'F01',
    name: 'ฟาร์มสมชาย',
    district: 'หางดง',
    province: 'เชียงใหม่',
    registeredOn: '2026-01-15',
  },
};
const registered = [joined, farmRegistered];

const registerFarm: RegisterFarm = {
  type: 'RegisterFarm',
  data: {
    memberId: 'M001',
    farmId: 'F02',
    name: 'ฟาร์มสมชาย 2',
    district: 'เมืองลำพูน',
    province: 'ลำพูน',
    registeredOn: '2026-03-01',
  },
};
const secondFarm: FarmRegistered = { type: 'FarmRegistered', data: registerFarm.data };

describe('registering a member', () => {
  it('records the member and their first farm', () => {
    given(memberDecider).when(register).then(registered);
  });

  it('is a no-op when the same registration is sent again', () => {
    given(memberDecider, registered).when(register).thenNothing();
  });

  it('is still a no-op after the member registered more farms', () => {
    given(memberDecider, [...registered, secondFarm])
      .when(register)
      .thenNothing();
  });

  it('refuses other details for a registered member', () => {
    given(memberDecider, registered)
      .when({ ...register, data: { ...register.data, name: 'สมชาย ใจร้าย' } })
      .thenThrows(Conflict, 'member_already_registered');
  });

  it('refuses another first farm for a registered member', () => {
    given(memberDecider, registered)
      .when({ ...register, data: { ...register.data, farm: { ...register.data.farm, district: 'สันป่าตอง' } } })
      .thenThrows(Conflict, 'member_already_registered');
  });

  it('records the phone in its national form and the bank account, when given', () => {
    given(memberDecider)
      .when({
        ...register,
        data: { ...register.data, phone: '+66812345678', bankAccount: { bank: 'BAAC', number: '020123456789' } },
      })
      .then([
        {
          ...joined,
          data: { ...joined.data, phone: '0812345678', bank: 'BAAC', bankAccountNumber: '020123456789' },
        },
        farmRegistered,
      ]);
  });

  it('is a no-op for the same registration with the phone written either way', () => {
    const withPhone = { ...joined, data: { ...joined.data, phone: '053123456' } };
    given(memberDecider, [withPhone, farmRegistered])
      .when({ ...register, data: { ...register.data, phone: '+6653123456' } })
      .thenNothing();
  });

  it('refuses a phone that is not a Thai number, and a bank or account number not known', () => {
    for (const phone of ['812345678', '08123456', '081234567890', '+660812345678', '081-234-5678', '0012345678']) {
      given(memberDecider)
        .when({ ...register, data: { ...register.data, phone } })
        .thenThrows(InvariantViolated, 'invalid_phone');
    }
    for (const bankAccount of [
      { bank: 'CHASE', number: '1234567890' },
      { bank: 'KBANK', number: '123456789' },
      { bank: 'KBANK', number: '1234567890123' },
      { bank: 'KBANK', number: '123-4-56789-0' },
    ]) {
      given(memberDecider)
        .when({ ...register, data: { ...register.data, bankAccount } })
        .thenThrows(InvariantViolated, 'invalid_bank_account');
    }
  });

  it('refuses a citizen id whose check digit is wrong', () => {
    given(memberDecider)
      .when({ ...register, data: { ...register.data, citizenId: '1234567890122' } })
      .thenThrows(InvariantViolated, 'invalid_citizen_id');
  });
});

describe('registering a farm', () => {
  it('adds another farm to the member', () => {
    given(memberDecider, registered).when(registerFarm).then([secondFarm]);
  });

  it('is a no-op when the same farm is sent again', () => {
    given(memberDecider, [...registered, secondFarm])
      .when(registerFarm)
      .thenNothing();
  });

  it('is a no-op for the first farm as registered with the member', () => {
    given(memberDecider, registered).when({ type: 'RegisterFarm', data: farmRegistered.data }).thenNothing();
  });

  it('refuses other details under a farm id the member already uses', () => {
    given(memberDecider, [...registered, secondFarm])
      .when({ ...registerFarm, data: { ...registerFarm.data, province: 'เชียงใหม่' } })
      .thenThrows(Conflict, 'farm_already_registered');
  });

  it('answers member_not_found for an unknown member', () => {
    given(memberDecider).when(registerFarm).thenThrows(NotFound, 'member_not_found');
  });

  it('refuses a farm registered before the member joined', () => {
    given(memberDecider, registered)
      .when({ ...registerFarm, data: { ...registerFarm.data, registeredOn: '2026-01-14' } })
      .thenThrows(InvariantViolated, 'farm_registered_before_joining');
  });
});

describe('EraseMember', () => {
  const erase: EraseMember = {
    type: 'EraseMember',
    data: { memberId: 'M001', reason: 'left the cooperative, asked to be erased', erasedOn: '2026-06-30' },
  };
  const erased: MemberErased = { type: 'MemberErased', data: erase.data };

  it('erases a registered member, with the reason and no personal data', () => {
    given(memberDecider, registered).when(erase).then([erased]);
  });

  it('is a no-op for a member already erased, whatever the reason', () => {
    given(memberDecider, [...registered, erased])
      .when({ ...erase, data: { ...erase.data, reason: 'again' } })
      .then([]);
  });

  it('answers member_not_found for an unknown member', () => {
    given(memberDecider).when(erase).thenThrows(NotFound, 'member_not_found');
  });

  it('reads the name and citizen id as erased once erased, and refuses the registration again', () => {
    expect(evolveMember(evolveMember(evolveMember(initialMemberState, joined), farmRegistered), erased)).toMatchObject({
      member: { name: ERASED, citizenId: ERASED },
      erasedOn: '2026-06-30',
    });
    given(memberDecider, [...registered, erased])
      .when(register)
      .thenThrows(Conflict, 'member_already_registered');
  });
});

describe('ChangeMemberContact', () => {
  const change: ChangeMemberContact = {
    type: 'ChangeMemberContact',
    data: {
      memberId: 'M001',
      phone: '0812345678',
      bankAccount: { bank: 'KBANK', number: '1234567890' },
      changedOn: '2026-03-01',
    },
  };
  const changed: MemberContactChanged = {
    type: 'MemberContactChanged',
    data: {
      memberId: 'M001',
      phone: '0812345678',
      bank: 'KBANK',
      bankAccountNumber: '1234567890',
      changedOn: '2026-03-01',
    },
  };

  it('records the member’s new contact', () => {
    given(memberDecider, registered).when(change).then([changed]);
  });

  it('keeps the phone in its national form', () => {
    given(memberDecider, registered)
      .when({ ...change, data: { ...change.data, phone: '+66812345678' } })
      .then([changed]);
  });

  it('is a no-op for the contact the member already has, on any day', () => {
    given(memberDecider, [...registered, changed])
      .when({ ...change, data: { ...change.data, changedOn: '2026-04-01' } })
      .thenNothing();
  });

  it('is a no-op for the contact given at registration', () => {
    const withContact = {
      ...joined,
      data: { ...joined.data, phone: '0812345678', bank: 'KBANK', bankAccountNumber: '1234567890' },
    };
    given(memberDecider, [withContact, farmRegistered]).when(change).thenNothing();
  });

  it('replaces the contact as a whole: a part left out is no longer known', () => {
    given(memberDecider, [...registered, changed])
      .when({ type: 'ChangeMemberContact', data: { memberId: 'M001', phone: '053123456', changedOn: '2026-04-01' } })
      .then([
        { type: 'MemberContactChanged', data: { memberId: 'M001', phone: '053123456', changedOn: '2026-04-01' } },
      ]);
  });

  it('refuses a phone that is not a Thai number, and a bank account not known', () => {
    given(memberDecider, registered)
      .when({ ...change, data: { ...change.data, phone: '12345' } })
      .thenThrows(InvariantViolated, 'invalid_phone');
    given(memberDecider, registered)
      .when({ ...change, data: { ...change.data, bankAccount: { bank: 'XYZ', number: '1234567890' } } })
      .thenThrows(InvariantViolated, 'invalid_bank_account');
  });

  it('refuses a change dated before the member joined', () => {
    given(memberDecider, registered)
      .when({ ...change, data: { ...change.data, changedOn: '2026-01-14' } })
      .thenThrows(InvariantViolated, 'contact_changed_before_joining');
  });

  it('answers member_not_found for an unknown member', () => {
    given(memberDecider).when(change).thenThrows(NotFound, 'member_not_found');
  });

  it('refuses an erased member: their key is gone', () => {
    const erased: MemberErased = {
      type: 'MemberErased',
      data: { memberId: 'M001', reason: 'left', erasedOn: '2026-06-30' },
    };
    given(memberDecider, [...registered, changed, erased])
      .when(change)
      .thenThrows(InvariantViolated, 'member_erased');
  });

  it('reads the contact as erased once the member is erased', () => {
    const erased: MemberErased = {
      type: 'MemberErased',
      data: { memberId: 'M001', reason: 'left', erasedOn: '2026-06-30' },
    };
    const state = [joined, farmRegistered, changed, erased].reduce(evolveMember, initialMemberState);
    expect(state).toMatchObject({
      contact: { phone: ERASED, bank: ERASED, bankAccountNumber: ERASED },
      erasedOn: '2026-06-30',
    });
  });
});
