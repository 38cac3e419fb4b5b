import { ID_PATTERN, IsBusinessDate, MatchesPattern } from '@khai/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

import type { CollectEggs } from '../domain/lot.commands';
import { lot } from '../domain/lot.decider';

export class CollectEggsDto {
  @ApiProperty({ example: 'L20261124-F01', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  lotId!: string;

  @ApiProperty({ example: 'M017', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  memberId!: string;

  @ApiProperty({ example: 'F01', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  farmId!: string;

  @ApiProperty({ example: 'FL3', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  flockId!: string;

  @ApiProperty({ example: '2026-11-24', description: 'ISO date of the collection' })
  @IsBusinessDate()
  collectedOn!: string;

  @ApiProperty({ example: 3600, description: 'eggs collected (120 trays of 30)' })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  eggs!: number;
}

export const collectEggs = lot.useCase({
  name: 'CollectEggs',
  streamId: (d: CollectEggs['data']) => d.lotId,
  http: { tag: 'production', path: '/lots', body: CollectEggsDto },
});
