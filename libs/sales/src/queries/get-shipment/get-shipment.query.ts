import { ApiProblems, EVENT_STORE, type EventStore, QUERY_PROBLEMS, readState, Roles } from '@khai/event-sourcing';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';

import { ClaimDto } from '../../commands/confirm-delivery';
import { ShipmentItemDto } from '../../commands/plan-shipment';
import { shipment } from '../../domain/aggregates';
import { shipmentNotFound } from '../../domain/shipment.decider';
import type { ShipmentState } from '../../domain/shipment.state';

export class ShippedItemDto extends ShipmentItemDto {
  @ApiProperty({ description: 'trays × 30' }) eggs!: number;
}

export class RefusalDto {
  @ApiProperty() refusedOn!: string;
  @ApiProperty() reason!: string;
}

export class DispatchDto {
  @ApiProperty() dispatchedOn!: string;
  @ApiProperty({ type: String, nullable: true }) vehicle!: string | null;
}

export class RecountLineDto {
  @ApiProperty() size!: number;
  @ApiProperty() shippedTrays!: number;
  @ApiProperty() recountedTrays!: number;
  @ApiProperty({ description: 'shippedTrays − recountedTrays' }) shortTrays!: number;
}

export class DeliveryDto {
  @ApiProperty() deliveredOn!: string;
  @ApiProperty({ type: [RecountLineDto] }) recount!: RecountLineDto[];
  @ApiProperty({ type: [ClaimDto] }) claims!: ClaimDto[];
  @ApiProperty() shortTrays!: number;
  @ApiProperty() claimedSatang!: number;
}

type ShipmentStatus = Exclude<ShipmentState['status'], 'none'>;

export class ShipmentDto {
  @ApiProperty() shipmentId!: string;
  @ApiProperty() orderId!: string;
  @ApiProperty() buyerId!: string;
  @ApiProperty({ enum: ['planned', 'allocated', 'refused', 'dispatched', 'delivered'] }) status!: ShipmentStatus;
  @ApiProperty() plannedOn!: string;
  @ApiProperty({ type: [ShippedItemDto], description: 'by lot and size: each tray traces back to its lot' })
  items!: ShippedItemDto[];
  @ApiProperty() totalTrays!: number;
  @ApiProperty() totalEggs!: number;
  @ApiProperty({ type: String, nullable: true }) allocatedOn!: string | null;
  @ApiPropertyOptional({ type: RefusalDto, nullable: true }) refusal!: RefusalDto | null;
  @ApiPropertyOptional({ type: DispatchDto, nullable: true }) dispatch!: DispatchDto | null;
  @ApiPropertyOptional({ type: DeliveryDto, nullable: true }) delivery!: DeliveryDto | null;
  @ApiProperty() revision!: number;
}

export class GetShipmentQuery extends Query<ShipmentDto> {
  constructor(readonly shipmentId: string) {
    super();
  }
}

@QueryHandler(GetShipmentQuery)
export class GetShipmentHandler implements IQueryHandler<GetShipmentQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ shipmentId }: GetShipmentQuery): Promise<ShipmentDto> {
    const { state, revision } = await readState(this.store, shipment.stream(shipmentId), shipment.decider);
    if (state.status === 'none') throw shipmentNotFound(shipmentId);
    const p = state.plan;
    const delivery = state.status === 'delivered' ? state.delivery : null;
    return {
      shipmentId: p.shipmentId,
      orderId: p.orderId,
      buyerId: p.buyerId,
      status: state.status,
      plannedOn: p.plannedOn,
      items: p.items.map((i) => ({ lotId: i.lotId, size: i.size, trays: i.trays, eggs: i.eggs })),
      totalTrays: p.totalTrays,
      totalEggs: p.totalEggs,
      allocatedOn: 'allocation' in state ? state.allocation.allocatedOn : null,
      refusal: state.status === 'refused' ? { refusedOn: state.refusal.refusedOn, reason: state.refusal.reason } : null,
      dispatch:
        'dispatch' in state ? { dispatchedOn: state.dispatch.dispatchedOn, vehicle: state.dispatch.vehicle } : null,
      delivery: delivery && {
        deliveredOn: delivery.deliveredOn,
        recount: delivery.recount.map((r) => ({
          size: r.size,
          shippedTrays: r.shippedTrays,
          recountedTrays: r.recountedTrays,
          shortTrays: r.shortTrays,
        })),
        claims: delivery.claims.map((c) => ({
          reason: c.reason,
          size: c.size,
          eggs: c.eggs,
          amountSatang: c.amountSatang,
        })),
        shortTrays: delivery.shortTrays,
        claimedSatang: delivery.claimedSatang,
      },
      revision,
    };
  }
}

@ApiTags('sales')
@ApiProblems(QUERY_PROBLEMS)
@Controller('shipments')
export class GetShipmentController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':shipmentId')
  @Roles('manager', 'staff', { partner: 'buyerId', in: 'answer' })
  @ApiOkResponse({ type: ShipmentDto })
  get(@Param('shipmentId') shipmentId: string): Promise<ShipmentDto> {
    return this.queries.execute(new GetShipmentQuery(shipmentId));
  }
}
