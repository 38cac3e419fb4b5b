import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

import { IsBusinessDate } from '../common.dto';

/** The order id comes from the path. */
export class CancelSalesOrderDto {
  @ApiProperty({ example: '2026-11-21' })
  @IsBusinessDate()
  cancelledOn!: string;

  @ApiProperty({ example: 'buyer closed the branch' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}
