import { EVENT_STORE, type EventStore, readState, streamName } from '@khai/event-sourcing';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';

import { RejectCountDto, SizeCountDto } from '../../commands/grade-lot/grade-lot.dto';
import { lotDecider } from '../../domain/lot.decider';
import { lotNotFound } from '../../domain/lot.errors';

export class LotDto {
  @ApiProperty() lotId!: string;
  @ApiProperty({ enum: ['collected', 'graded'] }) status!: 'collected' | 'graded';
  @ApiProperty() memberId!: string;
  @ApiProperty() farmId!: string;
  @ApiProperty() flockId!: string;
  @ApiProperty() collectedOn!: string;
  @ApiProperty() collectedEggs!: number;
  @ApiProperty({ type: String, nullable: true }) gradedOn!: string | null;
  @ApiProperty({ type: [SizeCountDto], description: 'eggs per size class; empty until graded' }) sizes!: SizeCountDto[];
  @ApiProperty({ type: [RejectCountDto], description: 'rejected eggs per reason; empty until graded' })
  rejects!: RejectCountDto[];
  @ApiProperty({ description: 'eggs graded into size classes; 0 until graded' }) gradedEggs!: number;
  @ApiProperty({ description: 'eggs rejected; 0 until graded' }) rejectedEggs!: number;
  @ApiProperty() revision!: number;
}

export class GetLotQuery extends Query<LotDto> {
  constructor(readonly lotId: string) {
    super();
  }
}

@QueryHandler(GetLotQuery)
export class GetLotHandler implements IQueryHandler<GetLotQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ lotId }: GetLotQuery): Promise<LotDto> {
    const { state, revision } = await readState(this.store, streamName('lot', lotId), lotDecider);
    if (state.status === 'none') throw lotNotFound(lotId);
    const c = state.collection;
    const g = state.status === 'graded' ? state.grading : undefined;
    return {
      lotId: c.lotId,
      status: state.status,
      memberId: c.memberId,
      farmId: c.farmId,
      flockId: c.flockId,
      collectedOn: c.collectedOn,
      collectedEggs: c.eggs,
      gradedOn: g?.gradedOn ?? null,
      sizes: (g?.sizes ?? []).map((s) => ({ size: s.size, eggs: s.eggs })),
      rejects: (g?.rejects ?? []).map((r) => ({ reason: r.reason, eggs: r.eggs })),
      gradedEggs: g?.gradedEggs ?? 0,
      rejectedEggs: g?.rejectedEggs ?? 0,
      revision,
    };
  }
}

@ApiTags('production')
@Controller('lots')
export class GetLotController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':lotId')
  @ApiOkResponse({ type: LotDto })
  get(@Param('lotId') lotId: string): Promise<LotDto> {
    return this.queries.execute(new GetLotQuery(lotId));
  }
}
