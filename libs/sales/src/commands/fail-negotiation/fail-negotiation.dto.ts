import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

import { IsBusinessDate } from '../common.dto';

/** The negotiation id comes from the path. */
export class FailNegotiationDto {
  @ApiProperty({ example: '2026-10-04' })
  @IsBusinessDate()
  failedOn!: string;

  @ApiProperty({ example: 'buyer would not go above the reference price' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}
