import {
  ApiProblems,
  EVENT_STORE,
  type EventStore,
  NotFound,
  QUERY_PROBLEMS,
  readState,
  Roles,
} from '@khai/event-sourcing';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';

import { feedContract } from '../../domain/feed-contract.decider';
import { committedKg, openOrderKg } from '../../domain/feed-contract.state';

export class FeedOrderDto {
  @ApiProperty() orderId!: string;
  @ApiProperty() memberId!: string;
  @ApiProperty() farmId!: string;
  @ApiProperty({ description: 'kg ordered' }) kg!: number;
  @ApiProperty({ description: 'kg delivered against the order, after adjustments' }) deliveredKg!: number;
  @ApiProperty() orderedOn!: string;
  @ApiProperty() requestedDeliveryOn!: string;
}

export class FeedDeliveryDto {
  @ApiProperty() deliveryId!: string;
  @ApiProperty({ required: false }) orderId?: string;
  @ApiProperty() memberId!: string;
  @ApiProperty() farmId!: string;
  @ApiProperty({ description: 'kg as first recorded' }) recordedKg!: number;
  @ApiProperty({ description: 'kg after adjustments' }) kg!: number;
  @ApiProperty({ description: 'satang after adjustments' }) amountSatang!: number;
  @ApiProperty() deliveredOn!: string;
}

export class FeedContractDto {
  @ApiProperty() contractId!: string;
  @ApiProperty() supplierId!: string;
  @ApiProperty() feedType!: string;
  @ApiProperty() pricePerKgSatang!: number;
  @ApiProperty() volumeKg!: number;
  @ApiProperty() validFrom!: string;
  @ApiProperty() validTo!: string;
  @ApiProperty() marketPricePerKgSatang!: number;
  @ApiProperty() agreedOn!: string;
  @ApiProperty({ required: false, description: 'the negotiation the contract came out of' }) negotiationId?: string;
  @ApiProperty({ description: 'kg ordered on behalf of members' }) orderedKg!: number;
  @ApiProperty({ description: 'kg ordered and not yet delivered' }) openOrderKg!: number;
  @ApiProperty({ description: 'kg delivered under the contract so far, after adjustments' }) deliveredKg!: number;
  @ApiProperty({ description: 'openOrderKg + deliveredKg: what the volume is spent on' }) committedKg!: number;
  @ApiProperty({ description: 'volumeKg − committedKg' }) remainingKg!: number;
  @ApiProperty({ type: [FeedOrderDto] }) orders!: FeedOrderDto[];
  @ApiProperty({ type: [FeedDeliveryDto] }) deliveries!: FeedDeliveryDto[];
  @ApiProperty() revision!: number;
}

export class GetFeedContractQuery extends Query<FeedContractDto> {
  constructor(readonly contractId: string) {
    super();
  }
}

@QueryHandler(GetFeedContractQuery)
export class GetFeedContractHandler implements IQueryHandler<GetFeedContractQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ contractId }: GetFeedContractQuery): Promise<FeedContractDto> {
    const { state, revision } = await readState(this.store, feedContract.stream(contractId), feedContract.decider);
    if (state.status === 'none') throw new NotFound(`no feed contract ${contractId}`);
    const c = state.contract;
    return {
      contractId: c.contractId,
      supplierId: c.supplierId,
      feedType: c.feedType,
      pricePerKgSatang: c.pricePerKgSatang,
      volumeKg: c.volumeKg,
      validFrom: c.validFrom,
      validTo: c.validTo,
      marketPricePerKgSatang: c.marketPricePerKgSatang,
      agreedOn: c.agreedOn,
      ...(c.negotiationId === undefined ? {} : { negotiationId: c.negotiationId }),
      orderedKg: state.orderedKg,
      openOrderKg: openOrderKg(state),
      deliveredKg: state.deliveredKg,
      committedKg: committedKg(state),
      remainingKg: c.volumeKg - committedKg(state),
      orders: [...state.orders.values()].map(({ order, deliveredKg }) => ({
        orderId: order.orderId,
        memberId: order.memberId,
        farmId: order.farmId,
        kg: order.kg,
        deliveredKg,
        orderedOn: order.orderedOn,
        requestedDeliveryOn: order.requestedDeliveryOn,
      })),
      deliveries: [...state.deliveries.values()].map(({ delivery: d, kg, amountSatang }) => ({
        deliveryId: d.deliveryId,
        ...(d.orderId === undefined ? {} : { orderId: d.orderId }),
        memberId: d.memberId,
        farmId: d.farmId,
        recordedKg: d.kg,
        kg,
        amountSatang,
        deliveredOn: d.deliveredOn,
      })),
      revision,
    };
  }
}

@ApiTags('feed')
@ApiProblems(QUERY_PROBLEMS)
@Controller('feed-contracts')
export class GetFeedContractController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':contractId')
  @Roles('manager', 'staff', { partner: 'supplierId', in: 'answer' })
  @ApiOkResponse({ type: FeedContractDto })
  get(@Param('contractId') contractId: string): Promise<FeedContractDto> {
    return this.queries.execute(new GetFeedContractQuery(contractId));
  }
}
