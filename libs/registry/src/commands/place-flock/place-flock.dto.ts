import { IsBusinessDate, MatchesPattern } from '@khai/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

import { ID, NOT_BLANK } from '../common/patterns';

export class PlaceFlockDto {
  @ApiProperty({ example: 'FL-2026-01' })
  @MatchesPattern(ID)
  flockId!: string;

  @ApiProperty({ example: 'M001', description: 'a registered member' })
  @MatchesPattern(ID)
  memberId!: string;

  @ApiProperty({ example: 'F01', description: 'one of the member’s farms' })
  @MatchesPattern(ID)
  farmId!: string;

  @ApiProperty({ example: 'ISA Brown' })
  @IsString()
  @Length(1, 100)
  @MatchesPattern(NOT_BLANK, { message: 'breed must not be blank' })
  breed!: string;

  @ApiProperty({ example: 5000, description: 'hens housed at placement' })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  hensPlaced!: number;

  @ApiProperty({ example: '2026-01-20', description: 'ISO date the hens were housed' })
  @IsBusinessDate()
  placedOn!: string;

  @ApiPropertyOptional({ example: '2025-09-01', description: 'ISO hatch date; not after placedOn' })
  @IsOptional()
  @IsBusinessDate()
  hatchedOn?: string;
}
