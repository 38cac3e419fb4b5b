import { IsBusinessDate, MatchesPattern, SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, Max, Min, ValidateNested } from 'class-validator';

export class SizePriceDto {
  @ApiProperty({ enum: SIZE_CLASSES, description: 'TAS size class (เบอร์)' })
  @IsIn(SIZE_CLASSES)
  size!: SizeClass;

  @ApiProperty({ example: 400, description: 'satang per egg' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  satangPerEgg!: number;
}

export class AnnounceReferencePriceDto {
  @ApiProperty({ example: 'coop-network', description: 'who announced it (lower-case slug)' })
  @MatchesPattern(/^[a-z0-9][a-z0-9-]{0,62}$/)
  source!: string;

  @ApiProperty({ example: '2022-03-24', description: 'ISO date the price takes effect' })
  @IsBusinessDate()
  effectiveDate!: string;

  @ApiProperty({ example: 340, description: 'mixed eggs (ไข่คละ), satang per egg' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  mixedSatangPerEgg!: number;

  @ApiProperty({ type: [SizePriceDto], description: 'size ladder; may be empty' })
  @IsArray()
  @ArrayMaxSize(SIZE_CLASSES.length)
  @ValidateNested({ each: true })
  @Type(() => SizePriceDto)
  sizes!: SizePriceDto[];
}
