import { IsSatangPerEgg, SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, ValidateNested } from 'class-validator';

/** A price for one size class (เบอร์), in satang per egg: part of many request and answer bodies. */
export class SizePriceDto {
  @ApiProperty({ enum: SIZE_CLASSES, description: 'TAS size class (เบอร์)' })
  @IsIn(SIZE_CLASSES)
  size!: SizeClass;

  @ApiProperty({ example: 365, description: 'satang per egg' })
  @IsSatangPerEgg()
  satangPerEgg!: number;
}

/**
 * A list of prices, one per size class: each checked as a SizePriceDto, at most one per class
 * (`minItems` 1 unless `mayBeEmpty`). One decorator for every list of size prices a write takes.
 */
export function SizePrices(description: string, options: { mayBeEmpty?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: [SizePriceDto], description }),
    IsArray(),
    ...(options.mayBeEmpty ? [] : [ArrayMinSize(1)]),
    ArrayMaxSize(SIZE_CLASSES.length),
    ValidateNested({ each: true }),
    Type(() => SizePriceDto),
  );
}
