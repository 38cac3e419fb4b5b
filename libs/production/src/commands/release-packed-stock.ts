import { IsBusinessDate, IsFreeText } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

import type { ReleasePackedStock } from '../domain/lot.commands';
import { lot } from '../domain/lot.decider';

/** The lot and shipment ids come from the path. */
export class ReleasePackedStockDto {
  @ApiProperty({ example: 'shipment cancelled by the buyer' })
  @IsString()
  @IsFreeText({ notBlank: true })
  @MaxLength(500)
  reason!: string;

  @ApiProperty({ example: '2026-11-27', description: 'ISO date of the release' })
  @IsBusinessDate()
  releasedOn!: string;
}

export const releasePackedStock = lot.useCase({
  name: 'ReleasePackedStock',
  streamId: (d: ReleasePackedStock['data']) => d.lotId,
  http: {
    tag: 'production',
    roles: ['manager', 'staff'],
    path: '/lots/:lotId/allocations/:shipmentId/release',
    body: ReleasePackedStockDto,
  },
});
