import { IsBusinessDate, MatchesPattern } from '@khai/contracts';
import { CommandResponseDto } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

import { ID } from '../dto-patterns';

/** The negotiation comes from the path: POST /feed-negotiations/:negotiationId/award. */
export class AwardFeedContractDto {
  @ApiProperty({ example: 'Q-CPF-2', description: 'the quote accepted' })
  @MatchesPattern(ID)
  quoteId!: string;

  @ApiProperty({ example: 'FC-2026-01', description: 'id of the feed contract to agree' })
  @MatchesPattern(ID)
  contractId!: string;

  @ApiProperty({ example: 1450, description: 'satang per kg; at most the quoted price' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  agreedPricePerKgSatang!: number;

  @ApiProperty({ example: '2025-12-20' })
  @IsBusinessDate()
  agreedOn!: string;

  @ApiProperty({ example: 1550, description: 'market price at signing, satang per kg' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  marketPricePerKgSatang!: number;
}

/** The award writes two streams, one after the other: what each write did. */
export class AwardFeedContractResponseDto {
  @ApiProperty({ type: CommandResponseDto, description: 'FeedNegotiationConcluded on feednegotiation-<id>' })
  negotiation!: CommandResponseDto;

  @ApiProperty({ type: CommandResponseDto, description: 'FeedContractAgreed on feedcontract-<contractId>' })
  contract!: CommandResponseDto;
}
