import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

import { IsBusinessDate } from '../common.dto';

/** The shipment id comes from the path. */
export class DispatchShipmentDto {
  @ApiProperty({ example: '2026-11-26' })
  @IsBusinessDate()
  dispatchedOn!: string;

  @ApiPropertyOptional({ example: 'ชม 1234', description: 'truck or plate' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  vehicle?: string;
}
