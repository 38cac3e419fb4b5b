import { IsBusinessDate, IsFreeText } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

import { priceNegotiation } from '../domain/aggregates';
import type { FailNegotiation } from '../domain/price-negotiation.decider';

/** The negotiation id comes from the path. */
export class FailNegotiationDto {
  @ApiProperty({ example: '2026-10-04' })
  @IsBusinessDate()
  failedOn!: string;

  @ApiProperty({ example: 'buyer would not go above the reference price' })
  @IsString()
  @IsFreeText()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export const failNegotiation = priceNegotiation.useCase({
  name: 'FailNegotiation',
  streamId: (d: FailNegotiation['data']) => d.negotiationId,
  checks: [happenedBy('failedOn')],
  http: {
    tag: 'sales',
    roles: ['manager'],
    path: '/price-negotiations/:negotiationId/failure',
    body: FailNegotiationDto,
  },
});
