import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsString, Matches, MaxLength } from 'class-validator';

/** The lot and shipment ids come from the path. */
export class ReleasePackedStockDto {
  @ApiProperty({ example: 'shipment cancelled by the buyer' })
  @IsString()
  @Matches(/\S/, { message: 'reason must not be blank' })
  @MaxLength(500)
  reason!: string;

  @ApiProperty({ example: '2026-11-27', description: 'ISO date of the release' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'releasedOn must be a date (YYYY-MM-DD)' })
  releasedOn!: string;
}
