import { IsSatangPerEgg, SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

/** A price for one size class (เบอร์), in satang per egg: part of many request and answer bodies. */
export class SizePriceDto {
  @ApiProperty({ enum: SIZE_CLASSES, description: 'TAS size class (เบอร์)' })
  @IsIn(SIZE_CLASSES)
  size!: SizeClass;

  @ApiProperty({ example: 365, description: 'satang per egg' })
  @IsSatangPerEgg()
  satangPerEgg!: number;
}
