import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, Matches } from 'class-validator';

import { DATE } from '../common/patterns';
import { NewFarmDto } from '../register-member/register-member.dto';

/** Another farm of the member in the path. */
export class RegisterFarmDto extends NewFarmDto {
  @ApiProperty({ example: '2026-03-01', description: 'ISO date the farm comes into the cooperative' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'registeredOn must be a date (YYYY-MM-DD)' })
  registeredOn!: string;
}
