import { ApiProblems, EVENT_STORE, type EventStore, QUERY_PROBLEMS, readState, Roles } from '@khai/event-sourcing';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';

import { SalesOrderLineDto } from '../../commands/confirm-sales-order';
import { salesOrder } from '../../domain/aggregates';
import { salesOrderNotFound } from '../../domain/sales-order.decider';
import { PAYMENT_METHODS, type PaymentMethod, type PriceBasis } from '../../domain/sales-order.events';
import { outstandingSatang } from '../../domain/sales-order.state';

export class OrderedLineDto extends SalesOrderLineDto {
  @ApiProperty({ description: 'trays × 30' }) eggs!: number;
  @ApiProperty({ description: 'eggs × satangPerEgg' }) amountSatang!: number;
}

export class PaymentDto {
  @ApiProperty() paymentId!: string;
  @ApiProperty() paidOn!: string;
  @ApiProperty() amountSatang!: number;
  @ApiProperty({ enum: PAYMENT_METHODS }) method!: PaymentMethod;
}

export class OrderDispatchDto {
  @ApiProperty() shipmentId!: string;
  @ApiProperty() dispatchedOn!: string;
}

export class CancellationDto {
  @ApiProperty() cancelledOn!: string;
  @ApiProperty() reason!: string;
}

export class SalesOrderDto {
  @ApiProperty() orderId!: string;
  @ApiProperty() buyerId!: string;
  @ApiProperty({ type: String, nullable: true }) negotiationId!: string | null;
  @ApiProperty({ enum: ['CONTRACT', 'SPOT'] }) priceBasis!: PriceBasis;
  @ApiProperty({ enum: ['confirmed', 'cancelled'] }) status!: 'confirmed' | 'cancelled';
  @ApiProperty() orderedOn!: string;
  @ApiProperty() deliveryOn!: string;
  @ApiProperty({ type: [OrderedLineDto] }) lines!: OrderedLineDto[];
  @ApiProperty() totalTrays!: number;
  @ApiProperty() totalEggs!: number;
  @ApiProperty({ description: 'Σ trays × 30 × satangPerEgg' }) valueSatang!: number;
  @ApiProperty() paidSatang!: number;
  @ApiProperty({ description: 'valueSatang − paidSatang' }) outstandingSatang!: number;
  @ApiProperty({ type: [PaymentDto] }) payments!: PaymentDto[];
  @ApiProperty({ type: [OrderDispatchDto] }) dispatches!: OrderDispatchDto[];
  @ApiPropertyOptional({ type: CancellationDto, nullable: true }) cancellation!: CancellationDto | null;
  @ApiProperty() revision!: number;
}

export class GetSalesOrderQuery extends Query<SalesOrderDto> {
  constructor(readonly orderId: string) {
    super();
  }
}

@QueryHandler(GetSalesOrderQuery)
export class GetSalesOrderHandler implements IQueryHandler<GetSalesOrderQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ orderId }: GetSalesOrderQuery): Promise<SalesOrderDto> {
    const { state, revision } = await readState(this.store, salesOrder.stream(orderId), salesOrder.decider);
    if (state.status === 'none') throw salesOrderNotFound(orderId);
    const o = state.order;
    return {
      orderId: o.orderId,
      buyerId: o.buyerId,
      negotiationId: o.negotiationId,
      priceBasis: o.priceBasis,
      status: state.status,
      orderedOn: o.orderedOn,
      deliveryOn: o.deliveryOn,
      lines: o.lines.map((l) => ({
        size: l.size,
        trays: l.trays,
        satangPerEgg: l.satangPerEgg,
        eggs: l.eggs,
        amountSatang: l.amountSatang,
      })),
      totalTrays: o.totalTrays,
      totalEggs: o.totalEggs,
      valueSatang: o.valueSatang,
      paidSatang: state.paidSatang,
      outstandingSatang: outstandingSatang(state),
      payments: state.payments.map((p) => ({
        paymentId: p.paymentId,
        paidOn: p.paidOn,
        amountSatang: p.amountSatang,
        method: p.method,
      })),
      dispatches: state.dispatches.map((d) => ({ shipmentId: d.shipmentId, dispatchedOn: d.dispatchedOn })),
      cancellation:
        state.status === 'cancelled'
          ? { cancelledOn: state.cancellation.cancelledOn, reason: state.cancellation.reason }
          : null,
      revision,
    };
  }
}

@ApiTags('sales')
@ApiProblems(QUERY_PROBLEMS)
@Controller('sales-orders')
export class GetSalesOrderController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':orderId')
  @Roles('manager', 'staff', { partner: 'buyerId', in: 'answer' })
  @ApiOkResponse({ type: SalesOrderDto })
  get(@Param('orderId') orderId: string): Promise<SalesOrderDto> {
    return this.queries.execute(new GetSalesOrderQuery(orderId));
  }
}
