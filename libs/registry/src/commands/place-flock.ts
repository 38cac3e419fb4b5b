import { ID_PATTERN, IsBusinessDate, IsFreeText, IsWhole, MatchesPattern } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

import { flock, type PlaceFlock } from '../domain/flock.decider';
import { member } from '../domain/member.decider';
import { farmOf } from '../domain/member.state';
import { farmNotFound, memberNotFound } from '../domain/registry.errors';

export class PlaceFlockDto {
  @ApiProperty({ example: 'FL-2026-01' })
  @MatchesPattern(ID_PATTERN)
  flockId!: string;

  @ApiProperty({ example: 'M001', description: 'a registered member' })
  @MatchesPattern(ID_PATTERN)
  memberId!: string;

  @ApiProperty({ example: 'F01', description: 'one of the member’s farms' })
  @MatchesPattern(ID_PATTERN)
  farmId!: string;

  @ApiProperty({ example: 'ISA Brown' })
  @IsString()
  @Length(1, 100)
  @IsFreeText({ notBlank: true })
  breed!: string;

  @ApiProperty({ example: 5000, description: 'hens housed at placement' })
  @IsWhole(1, 10_000_000)
  hensPlaced!: number;

  @ApiProperty({ example: '2026-01-20', description: 'ISO date the hens were housed' })
  @IsBusinessDate()
  placedOn!: string;

  @ApiPropertyOptional({ example: '2025-09-01', description: 'ISO hatch date; not after placedOn' })
  @IsOptional()
  @IsBusinessDate()
  hatchedOn?: string;
}

export const placeFlock = flock.useCase({
  name: 'PlaceFlock',
  streamId: (d: PlaceFlock['data']) => d.flockId,
  // The flock sits on a registered farm of its member; farms are never removed, so this cannot go stale.
  checks: [
    happenedBy('placedOn', 'hatchedOn'),
    async ({ memberId, farmId }, env) => {
      const state = await env.state(member, memberId);
      if (state.status === 'none') throw memberNotFound(memberId);
      if (!farmOf(state, farmId)) throw farmNotFound(memberId, farmId);
    },
  ],
  http: { tag: 'registry', roles: ['manager', 'staff'], path: '/flocks', body: PlaceFlockDto },
});
