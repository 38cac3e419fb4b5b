import { SIZE_CLASSES } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';

import { IsBusinessDate, SizePriceDto } from '../common.dto';

/** The negotiation id comes from the path. */
export class AgreePriceDto {
  @ApiProperty({ example: '2026-10-04' })
  @IsBusinessDate()
  agreedOn!: string;

  @ApiProperty({ type: [SizePriceDto], description: 'the agreed price per asked size class' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SIZE_CLASSES.length)
  @ValidateNested({ each: true })
  @Type(() => SizePriceDto)
  prices!: SizePriceDto[];

  @ApiProperty({ example: '2026-10-06', description: 'first day the price applies' })
  @IsBusinessDate()
  validFrom!: string;

  @ApiProperty({ example: '2026-12-31', description: 'last day the price applies' })
  @IsBusinessDate()
  validTo!: string;
}
