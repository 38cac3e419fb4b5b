import { IsBusinessDate } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';

import { NewFarmDto } from '../register-member/register-member.dto';

/** Another farm of the member in the path. */
export class RegisterFarmDto extends NewFarmDto {
  @ApiProperty({ example: '2026-03-01', description: 'ISO date the farm comes into the cooperative' })
  @IsBusinessDate()
  registeredOn!: string;
}
