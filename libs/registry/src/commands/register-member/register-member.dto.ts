import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsISO8601, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';

import { IsCitizenId } from './is-citizen-id.validator';

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NOT_BLANK = /\S/;

export class NewFarmDto {
  @ApiProperty({ example: 'F01' })
  @Matches(ID)
  farmId!: string;

  @ApiProperty({ example: 'ฟาร์มสมชาย' })
  @IsString()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({ example: 'หางดง', description: 'district (อำเภอ)' })
  @IsString()
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: 'district must not be blank' })
  district!: string;

  @ApiProperty({ example: 'เชียงใหม่', description: 'province (จังหวัด)' })
  @IsString()
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: 'province must not be blank' })
  province!: string;
}

export class NewFlockDto {
  @ApiProperty({ example: 'FL-2026-01' })
  @Matches(ID)
  flockId!: string;

  @ApiProperty({ example: 'ISA Brown' })
  @IsString()
  @Length(1, 100)
  @Matches(NOT_BLANK, { message: 'breed must not be blank' })
  breed!: string;

  @ApiProperty({ example: 5000, description: 'hens housed at placement' })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  hensPlaced!: number;

  @ApiProperty({ example: '2026-01-20', description: 'ISO date the hens were housed' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'placedOn must be a date (YYYY-MM-DD)' })
  placedOn!: string;
}

export class RegisterMemberDto {
  @ApiProperty({ example: 'M001' })
  @Matches(ID)
  memberId!: string;

  @ApiProperty({ example: 'สมชาย ใจดี' })
  @IsString()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({ example: '1234567890121', description: '13 digits, no dashes; personal data (PDPA)' })
  @IsCitizenId()
  citizenId!: string;

  @ApiProperty({ example: '2026-01-15', description: 'ISO date the membership starts' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE, { message: 'joinedOn must be a date (YYYY-MM-DD)' })
  joinedOn!: string;

  @ApiProperty({ type: NewFarmDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => NewFarmDto)
  farm!: NewFarmDto;

  @ApiProperty({ type: NewFlockDto, description: 'the first flock, on that farm' })
  @IsDefined()
  @ValidateNested()
  @Type(() => NewFlockDto)
  flock!: NewFlockDto;
}
