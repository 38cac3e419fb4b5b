import { Conflict, ERASED, InvariantViolated, NotFound } from '@khai/core';
import { given } from '@khai/testing';

import { type EraseMember, memberDecider, type RegisterFarm, type RegisterMember } from './member.decider';
import type { FarmRegistered, MemberErased, MemberJoined } from './member.events';
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
