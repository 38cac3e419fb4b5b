import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, Matches, Max, Min } from 'class-validator';

import { SIZE_CLASSES, type SizeClass } from './egg';

/**
 * The formats every edge (HTTP, Kafka, CLI) checks the same way. Client-supplied
 * ids: a letter or digit, then up to 63 letters, digits, `.`, `_`, `-`.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** A business day, YYYY-MM-DD (Asia/Bangkok), never a timestamp; IsBusinessDate also checks it is a real date. */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** Free text that is not blank. */
export const NOT_BLANK = /\S/;

export function IsBusinessDate(field: string): PropertyDecorator {
  return applyDecorators(
    IsISO8601({ strict: true, strictSeparator: true }),
    Matches(DAY_PATTERN, { message: `${field} must be a date (YYYY-MM-DD)` }),
  );
}

/** Whole satang per egg: 1 satang up to 1,000 THB. */
export function IsSatangPerEgg(): PropertyDecorator {
  return applyDecorators(IsInt(), Min(1), Max(100_000));
}

/** A price for one size class (เบอร์), in satang per egg. */
export class SizePriceDto {
  @ApiProperty({ enum: SIZE_CLASSES, description: 'TAS size class (เบอร์)' })
  @IsIn(SIZE_CLASSES)
  size!: SizeClass;

  @ApiProperty({ example: 365, description: 'satang per egg' })
  @IsSatangPerEgg()
  satangPerEgg!: number;
}
