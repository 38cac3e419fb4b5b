import { MatchesPattern } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { ID_PATTERN, IsBusinessDate } from '../common.dto';

export class DeductionDto {
  @ApiProperty({ example: 'ค่าหุ้นสหกรณ์ (share capital)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reason!: string;

  @ApiProperty({ example: 50_000, description: 'satang, not negative' })
  @IsInt()
  @Min(0)
  @Max(100_000_000_000)
  amountSatang!: number;
}

export class SettleMemberDto {
  @ApiProperty({ example: 'S-2026-11' })
  @MatchesPattern(ID_PATTERN)
  settlementId!: string;

  @ApiProperty({ example: '2026-11-01' })
  @IsBusinessDate()
  periodFrom!: string;

  @ApiProperty({
    example: '2026-11-30',
    description: 'entries dated on or before this day and not yet settled are settled',
  })
  @IsBusinessDate()
  periodTo!: string;

  @ApiProperty({ example: '2026-12-02' })
  @IsBusinessDate()
  settledOn!: string;

  @ApiProperty({ example: 'PL-2026-11', description: 'the member price list to pay the eggs at' })
  @MatchesPattern(ID_PATTERN)
  priceListId!: string;

  @ApiProperty({ type: [DeductionDto], description: 'other deductions, each with its reason; may be empty' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => DeductionDto)
  deductions!: DeductionDto[];
}
