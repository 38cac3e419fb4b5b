import { IsBusinessDate } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';

import { member, type RegisterFarm } from '../domain/member.decider';
import { NewFarmDto } from './register-member';

/** Another farm of the member in the path. */
export class RegisterFarmDto extends NewFarmDto {
  @ApiProperty({ example: '2026-03-01', description: 'ISO date the farm comes into the cooperative' })
  @IsBusinessDate()
  registeredOn!: string;
}

export const registerFarm = member.useCase({
  name: 'RegisterFarm',
  streamId: (d: RegisterFarm['data']) => d.memberId,
  checks: [happenedBy('registeredOn')],
  http: { tag: 'registry', roles: ['manager'], path: '/members/:memberId/farms', body: RegisterFarmDto },
});
