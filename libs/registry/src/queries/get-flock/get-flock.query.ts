import { ApiProblems, EVENT_STORE, type EventStore, QUERY_PROBLEMS, readState, Roles } from '@khai/event-sourcing';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';

import { flock } from '../../domain/flock.decider';
import { mortalityPercent } from '../../domain/flock.state';
import { flockNotFound } from '../../domain/registry.errors';

export class FlockDto {
  @ApiProperty() flockId!: string;
  @ApiProperty() memberId!: string;
  @ApiProperty() farmId!: string;
  @ApiProperty() breed!: string;
  @ApiProperty() placedOn!: string;
  @ApiPropertyOptional() hatchedOn?: string;
  @ApiProperty({ enum: ['laying', 'closed'], description: 'closed once no hens are left' }) status!: string;
  @ApiProperty() hensPlaced!: number;
  @ApiProperty({ description: 'hensPlaced − deaths − culled' }) hensAlive!: number;
  @ApiProperty() deaths!: number;
  @ApiProperty() culled!: number;
  @ApiProperty({ example: 1.25, description: 'deaths / hensPlaced × 100, half up to 2 decimals' })
  mortalityPercent!: number;
  @ApiProperty() revision!: number;
}

export class GetFlockQuery extends Query<FlockDto> {
  constructor(readonly flockId: string) {
    super();
  }
}

@QueryHandler(GetFlockQuery)
export class GetFlockHandler implements IQueryHandler<GetFlockQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ flockId }: GetFlockQuery): Promise<FlockDto> {
    const { state, revision } = await readState(this.store, flock.stream(flockId), flock.decider);
    if (state.status === 'none') throw flockNotFound(flockId);
    const p = state.placement;
    return {
      flockId: p.flockId,
      memberId: p.memberId,
      farmId: p.farmId,
      breed: p.breed,
      placedOn: p.placedOn,
      ...(p.hatchedOn !== undefined ? { hatchedOn: p.hatchedOn } : {}),
      status: state.status,
      hensPlaced: state.hensPlaced,
      hensAlive: state.hensAlive,
      deaths: state.deaths,
      culled: state.culled,
      mortalityPercent: mortalityPercent(state.deaths, state.hensPlaced),
      revision,
    };
  }
}

@ApiTags('registry')
@ApiProblems(QUERY_PROBLEMS)
@Controller('flocks')
export class GetFlockController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':flockId')
  @Roles('manager', 'staff', { member: 'memberId', in: 'answer' })
  @ApiOkResponse({ type: FlockDto })
  get(@Param('flockId') flockId: string): Promise<FlockDto> {
    return this.queries.execute(new GetFlockQuery(flockId));
  }
}
