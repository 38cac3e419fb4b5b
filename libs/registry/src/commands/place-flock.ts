import { DayField, happenedBy, IdField, TextField, WholeField } from '@khai/event-sourcing';

import { flock, type PlaceFlock } from '../domain/flock.decider';
import { member } from '../domain/member.decider';
import { farmOf } from '../domain/member.state';
import { farmNotFound, memberNotFound } from '../domain/registry.errors';

export class PlaceFlockDto {
  @IdField({ example: 'FL-2026-01' })
  flockId!: string;

  @IdField({ example: 'M001', description: 'a registered member' })
  memberId!: string;

  @IdField({ example: 'F01', description: 'one of the member’s farms' })
  farmId!: string;

  @TextField(100, { example: 'ISA Brown' })
  breed!: string;

  @WholeField(1, 10_000_000, { example: 5000, description: 'hens housed at placement' })
  hensPlaced!: number;

  @DayField({ example: '2026-01-20', description: 'ISO date the hens were housed' })
  placedOn!: string;

  @DayField({ example: '2025-09-01', description: 'ISO hatch date; not after placedOn', optional: true })
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
