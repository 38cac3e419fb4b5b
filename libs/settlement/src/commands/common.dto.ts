import { SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, Matches, Max, Min } from 'class-validator';

/** Client-supplied ids: letters, digits, `.`, `_`, `-`; starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** A business day, YYYY-MM-DD (Asia/Bangkok), never a timestamp. */
export function IsBusinessDate(field: string): PropertyDecorator {
  return applyDecorators(
    IsISO8601({ strict: true, strictSeparator: true }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${field} must be a date (YYYY-MM-DD)` }),
  );
}

export class SizePriceDto {
  @ApiProperty({ enum: SIZE_CLASSES, description: 'TAS size class (เบอร์)' })
  @IsIn(SIZE_CLASSES)
  size!: SizeClass;

  @ApiProperty({ example: 380, description: 'satang per egg the cooperative pays the member' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  satangPerEgg!: number;
}
