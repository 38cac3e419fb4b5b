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
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';

import { SaleLineDto } from '../../commands/record-sale';
import { sale } from '../../domain/aggregates';

export class RecordedSaleLineDto extends SaleLineDto {
  @ApiProperty({ description: 'eggs × satangPerEgg' }) amountSatang!: number;
}

export class SaleDto {
  @ApiProperty() saleId!: string;
  @ApiProperty() buyerId!: string;
  @ApiPropertyOptional({ description: 'the sales order a delivered shipment fulfilled (absent for a gate sale)' })
  orderId?: string;
  @ApiProperty() soldOn!: string;
  @ApiProperty({ type: [RecordedSaleLineDto] }) lines!: RecordedSaleLineDto[];
  @ApiProperty({ type: [String] }) lotIds!: string[];
  @ApiProperty() totalEggs!: number;
  @ApiProperty() totalSatang!: number;
  @ApiProperty() revision!: number;
}

export class GetSaleQuery extends Query<SaleDto> {
  constructor(readonly saleId: string) {
    super();
  }
}

@QueryHandler(GetSaleQuery)
export class GetSaleHandler implements IQueryHandler<GetSaleQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ saleId }: GetSaleQuery): Promise<SaleDto> {
    const { state, revision } = await readState(this.store, sale.stream(saleId), sale.decider);
    if (state.status === 'none') throw new NotFound(`no sale ${saleId}`, { saleId });
    const s = state.sale;
    return {
      saleId: s.saleId,
      buyerId: s.buyerId,
      ...(s.orderId === undefined ? {} : { orderId: s.orderId }),
      soldOn: s.soldOn,
      lines: s.lines.map((l) => ({
        size: l.size,
        eggs: l.eggs,
        satangPerEgg: l.satangPerEgg,
        amountSatang: l.amountSatang,
      })),
      lotIds: [...s.lotIds],
      totalEggs: s.totalEggs,
      totalSatang: s.totalSatang,
      revision,
    };
  }
}

@ApiTags('sales')
@ApiProblems(QUERY_PROBLEMS)
@Controller('sales')
export class GetSaleController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':saleId')
  @Roles('manager', 'staff')
  @ApiOkResponse({ type: SaleDto })
  get(@Param('saleId') saleId: string): Promise<SaleDto> {
    return this.queries.execute(new GetSaleQuery(saleId));
  }
}
