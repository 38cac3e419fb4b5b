import { IsLogPosition } from '@khai/contracts';
import { ApiProblems, NotFound, QUERY_PROBLEMS, Roles } from '@khai/event-sourcing';
import { READ_MODEL_STORE, ReadModelRunner, type ReadModelStore } from '@khai/read-models';
import { Controller, Get, Inject, Param, Query as QueryParams } from '@nestjs/common';
import { type IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';

import {
  TRACE_LOTS,
  TRACE_SHIPMENTS,
  type TracedTrays,
  type TraceLotDoc,
  type TraceShipmentDoc,
} from './traceability.projection';

class TracedTraysDto {
  @ApiProperty() lotId!: string;
  @ApiProperty() size!: number;
  @ApiProperty() trays!: number;
  @ApiProperty() eggs!: number;
  @ApiProperty({ nullable: true, type: String }) memberId!: string | null;
  @ApiProperty({ nullable: true, type: String }) farmId!: string | null;
  @ApiProperty({ nullable: true, type: String }) flockId!: string | null;
  @ApiProperty({ nullable: true, type: String }) collectedOn!: string | null;
}

export class ShipmentTraceDto {
  @ApiProperty() shipmentId!: string;
  @ApiProperty({ type: [TracedTraysDto] }) trays!: TracedTrays[];
}

export class TraceParams {
  @ApiPropertyOptional({
    description: 'read your writes: wait until the trace reflects this log position; 422 at once past the log’s head',
  })
  @IsOptional()
  @Type(() => Number)
  @IsLogPosition()
  minPosition?: number;
}

export class TraceShipmentQuery extends Query<ShipmentTraceDto> {
  constructor(
    readonly shipmentId: string,
    readonly minPosition: number | undefined,
  ) {
    super();
  }
}

@QueryHandler(TraceShipmentQuery)
export class TraceShipmentHandler implements IQueryHandler<TraceShipmentQuery> {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    @Inject(ReadModelRunner) private readonly runner: ReadModelRunner,
  ) {}

  async execute({ shipmentId, minPosition }: TraceShipmentQuery): Promise<ShipmentTraceDto> {
    if (minPosition !== undefined) await this.runner.waitFor(minPosition);
    const shipment = await this.store.get<TraceShipmentDoc>(TRACE_SHIPMENTS, shipmentId);
    // Kept sorted by lot, then size, by the projection; released lines (no trays) are left out.
    const allocations = (shipment?.allocations ?? []).filter((a) => a.trays > 0);
    const lots = await this.store.getMany<TraceLotDoc>(TRACE_LOTS, [...new Set(allocations.map((a) => a.lotId))]);
    const trays: TracedTrays[] = allocations.map((a) => {
      const origin = lots.get(a.lotId);
      return {
        lotId: a.lotId,
        size: a.size as TracedTrays['size'],
        trays: a.trays,
        eggs: a.eggs,
        memberId: origin?.memberId ?? null,
        farmId: origin?.farmId ?? null,
        flockId: origin?.flockId ?? null,
        collectedOn: origin?.collectedOn ?? null,
      };
    });
    if (trays.length === 0) throw new NotFound(`no trays are allocated to shipment ${shipmentId}`, { shipmentId });
    return { shipmentId, trays };
  }
}

@ApiTags('analytics')
@ApiProblems(QUERY_PROBLEMS)
@Controller('analytics/traceability')
export class TraceabilityController {
  constructor(private readonly queries: QueryBus) {}

  /** Every tray of a shipment back to its lot, member, farm and flock. */
  @Get('shipments/:shipmentId')
  @Roles('manager', 'staff')
  @ApiOkResponse({ type: ShipmentTraceDto })
  trace(@Param('shipmentId') shipmentId: string, @QueryParams() params: TraceParams): Promise<ShipmentTraceDto> {
    return this.queries.execute(new TraceShipmentQuery(shipmentId, params.minPosition));
  }
}
