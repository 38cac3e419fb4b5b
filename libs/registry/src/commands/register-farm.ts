import { DayField, happenedBy } from '@khai/event-sourcing';

import { member, type RegisterFarm } from '../domain/member.decider';
import { NewFarmDto } from './register-member';

/** Another farm of the member in the path. */
export class RegisterFarmDto extends NewFarmDto {
  @DayField({ example: '2026-03-01', description: 'ISO date the farm comes into the cooperative' })
  registeredOn!: string;
}

export const registerFarm = member.useCase({
  name: 'RegisterFarm',
  streamId: (d: RegisterFarm['data']) => d.memberId,
  checks: [happenedBy('registeredOn')],
  http: { tag: 'registry', roles: ['manager'], path: '/members/:memberId/farms', body: RegisterFarmDto },
});
