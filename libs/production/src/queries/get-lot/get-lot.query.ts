import {
  ApiProblems,
  EVENT_STORE,
  type EventStore,
  QUERY_PROBLEMS,
  readState,
  Roles,
  streamName,
} from '@khai/event-sourcing';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import { lotDecider } from '../../domain/lot.decider';
import { lotNotFound } from '../../domain/lot.errors';
import type { GradedLot } from '../../domain/lot.state';
import { countersOf, gradedUnpacked, lost, packedInStock, packedTrays } from '../../domain/lot.stock';
import { LotDto, type SizeStockDto } from './lot.dto';

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
      grade: g?.grade ?? null,
      sizes: (g?.sizes ?? []).map((s) => ({ size: s.size, eggs: s.eggs })),
      rejects: (g?.rejects ?? []).map((r) => ({ reason: r.reason, eggs: r.eggs })),
      gradedEggs: g?.gradedEggs ?? 0,
      rejectedEggs: g?.rejectedEggs ?? 0,
      ...(state.status === 'graded' ? stockView(state) : { stock: [], rejectsUnprocessed: 0, rejectsProcessed: 0 }),
      revision,
    };
  }
}

function stockView({ grading, stock }: GradedLot): Pick<LotDto, 'stock' | 'rejectsUnprocessed' | 'rejectsProcessed'> {
  return {
    stock: grading.sizes.map(({ size }): SizeStockDto => {
      const counters = countersOf(stock, size);
      return {
        size,
        graded: counters.graded,
        gradedUnpacked: gradedUnpacked(counters),
        packedEggs: packedInStock(counters),
        packedTrays: packedTrays(counters),
        allocatedTrays: counters.allocatedTrays,
        lost: lost(counters),
      };
    }),
    rejectsUnprocessed: stock.rejected - stock.processed,
    rejectsProcessed: stock.processed,
  };
}

@ApiTags('production')
@ApiProblems(QUERY_PROBLEMS)
@Controller('lots')
export class GetLotController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':lotId')
  @Roles('manager', 'staff', { member: 'memberId', in: 'answer' })
  @ApiOkResponse({ type: LotDto })
  get(@Param('lotId') lotId: string): Promise<LotDto> {
    return this.queries.execute(new GetLotQuery(lotId));
  }
}
