import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsString, Matches, MaxLength } from 'class-validator';

import { DATE, ISO_DATE, NOT_BLANK } from '../dto-patterns';

/** The negotiation comes from the path: POST /feed-negotiations/:negotiationId/failure. */
export class CloseFeedNegotiationDto {
  @ApiProperty({ example: 'no quote below the market price', maxLength: 500 })
  @IsString()
  @MaxLength(500)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  reason!: string;

  @ApiProperty({ example: '2025-12-20' })
  @IsISO8601(ISO_DATE)
  @Matches(DATE, { message: 'closedOn must be a date (YYYY-MM-DD)' })
  closedOn!: string;
}
