import { ID_PATTERN, IsBusinessDate, MatchesPattern, NOT_BLANK } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsString, Length, ValidateNested } from 'class-validator';

import { member, type RegisterMember } from '../domain/member.decider';
import { IsCitizenId } from './is-thai-id.validator';

export class NewFarmDto {
  @ApiProperty({ example: 'F01', description: 'unique within the member' })
  @MatchesPattern(ID_PATTERN)
  farmId!: string;

  @ApiProperty({ example: 'ฟาร์มสมชาย' })
  @IsString()
  @Length(1, 200)
  @MatchesPattern(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({ example: 'หางดง', description: 'district (อำเภอ)' })
  @IsString()
  @Length(1, 100)
  @MatchesPattern(NOT_BLANK, { message: 'district must not be blank' })
  district!: string;

  @ApiProperty({ example: 'เชียงใหม่', description: 'province (จังหวัด)' })
  @IsString()
  @Length(1, 100)
  @MatchesPattern(NOT_BLANK, { message: 'province must not be blank' })
  province!: string;
}

/** A member and their first farm; flocks are placed with POST /flocks. */
export class RegisterMemberDto {
  @ApiProperty({ example: 'M001' })
  @MatchesPattern(ID_PATTERN)
  memberId!: string;

  @ApiProperty({ example: 'สมชาย ใจดี' })
  @IsString()
  @Length(1, 200)
  @MatchesPattern(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({ example: '1234567890121', description: '13 digits, no dashes; personal data (PDPA)' })
  @IsCitizenId()
  citizenId!: string;

  @ApiProperty({ example: '2026-01-15', description: 'ISO date the membership starts; also the first farm’s' })
  @IsBusinessDate()
  joinedOn!: string;

  @ApiProperty({ type: NewFarmDto, description: 'the first farm' })
  @IsDefined()
  @ValidateNested()
  @Type(() => NewFarmDto)
  farm!: NewFarmDto;
}

export const registerMember = member.useCase({
  name: 'RegisterMember',
  streamId: (d: RegisterMember['data']) => d.memberId,
  http: { tag: 'registry', path: '/members', body: RegisterMemberDto },
});
