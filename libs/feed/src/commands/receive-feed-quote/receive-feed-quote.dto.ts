import { IsBusinessDate, MatchesPattern } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

import { ID } from '../dto-patterns';

/** The negotiation comes from the path: POST /feed-negotiations/:negotiationId/quotes. */
export class ReceiveFeedQuoteDto {
  @ApiProperty({ example: 'Q-CPF-1', description: 'unique within the negotiation; a requote gets a new id' })
  @MatchesPattern(ID)
  quoteId!: string;

  @ApiProperty({ example: 'SUP-CPF' })
  @MatchesPattern(ID)
  supplierId!: string;

  @ApiProperty({ example: 1500, description: 'quoted price, satang per kg' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  pricePerKgSatang!: number;

  @ApiProperty({ example: 150_000, description: 'kg the supplier offers over the period' })
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  volumeKg!: number;

  @ApiProperty({ example: '2025-11-25' })
  @IsBusinessDate()
  receivedOn!: string;

  @ApiProperty({
    example: '2025-12-31',
    required: false,
    description: 'last day the quote holds; open-ended if absent',
  })
  @IsOptional()
  @IsBusinessDate()
  validUntil?: string;
}
