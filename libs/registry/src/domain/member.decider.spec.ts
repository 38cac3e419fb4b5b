import { Conflict, InvariantViolated } from '@khai/event-sourcing';
import { given } from '@khai/testing';

import { memberDecider, type RegisterMember } from './member.decider';
import type { FarmRegistered, FlockPlaced, MemberJoined } from './member.events';

const register: RegisterMember = {
  type: 'RegisterMember',
  data: {
    memberId: 'M001',
    name: 'สมชาย ใจดี',
    citizenId: '1234567890121',
    joinedOn: '2026-01-15',
    farm: { farmId: 'F01', name: 'ฟาร์มสมชาย', district: 'หางดง', province: 'เชียงใหม่' },
    flock: { flockId: 'FL-2026-01', breed: 'ISA Brown', hensPlaced: 5000, placedOn: '2026-01-20' },
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
const flockPlaced: FlockPlaced = {
  type: 'FlockPlaced',
  data: {
    memberId: 'M001',
    farmId: 'F01',
    flockId: 'FL-2026-01',
    breed: 'ISA Brown',
    hensPlaced: 5000,
    placedOn: '2026-01-20',
  },
};
const registered = [joined, farmRegistered, flockPlaced];

describe('registering a member', () => {
  it('records the member, their farm and its flock', () => {
    given(memberDecider).when(register).then(registered);
  });

  it('is a no-op when the same registration is sent again', () => {
    given(memberDecider, registered).when(register).thenNothing();
  });

  it('refuses other details for a registered member', () => {
    given(memberDecider, registered)
      .when({ ...register, data: { ...register.data, name: 'สมชาย ใจร้าย' } })
      .thenThrows(Conflict, 'member_already_registered');
  });

  it('refuses another flock under a registered member', () => {
    given(memberDecider, registered)
      .when({ ...register, data: { ...register.data, flock: { ...register.data.flock, hensPlaced: 4999 } } })
      .thenThrows(Conflict, 'member_already_registered');
  });

  it('refuses a citizen id whose check digit is wrong', () => {
    given(memberDecider)
      .when({ ...register, data: { ...register.data, citizenId: '1234567890122' } })
      .thenThrows(InvariantViolated, 'invalid_citizen_id');
  });
});
