import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsString, Matches, MaxLength } from 'class-validator';

/** The lot id comes from the path. */
export class VoidGradingDto {
  @ApiProperty({ example: 'scale mis-calibrated', description: 'why the grading is cancelled' })
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(500)
  reason!: string;

  @ApiProperty({ example: '2026-11-25', description: 'ISO date of the correction; not before the grading' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'voidedOn must be a date (YYYY-MM-DD)' })
  voidedOn!: string;
}
