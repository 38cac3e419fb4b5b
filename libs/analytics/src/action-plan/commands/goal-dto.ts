import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** What the goal DTOs share. */
export const TARGET_LIMIT = 1_000_000_000;
export const MAX_WINDOW_DAYS = 3_660;

export class ReasonDto {
  @ApiProperty({ example: 'feed prices rose 12 %' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}
