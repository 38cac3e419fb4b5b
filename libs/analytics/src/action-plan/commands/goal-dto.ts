import { IsFreeText, MatchesPattern, SOURCE_PATTERN } from '@khai/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ApiProperty } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** What the goal DTOs share. */
export const TARGET_LIMIT = 1_000_000_000;
export const MAX_WINDOW_DAYS = 3_660;

export class ReasonDto {
  @ApiProperty({ example: 'feed prices rose 12 %' })
  @IsString()
  @IsFreeText()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

/** A premium goal's source of reference prices (optional in the body; the decider requires it for premium goals). */
export function IsReferenceSource(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      example: 'coop-network',
      description: 'price_premium_pct goals (required there): the source of reference prices to measure against',
    }),
    IsOptional(),
    MatchesPattern(SOURCE_PATTERN),
  );
}
