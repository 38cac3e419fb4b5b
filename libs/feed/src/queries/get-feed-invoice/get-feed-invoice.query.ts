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

import { FeedInvoiceLineDto } from '../../commands/receive-feed-invoice';
import { feedInvoice } from '../../domain/feed-invoice.decider';
import { outstandingSatang } from '../../domain/feed-invoice.state';

export class FeedInvoicePaymentDto {
  @ApiProperty() paymentId!: string;
  @ApiProperty() paidOn!: string;
  @ApiProperty() amountSatang!: number;
}

export class FeedInvoiceDto {
  @ApiProperty() invoiceId!: string;
  @ApiProperty({ enum: ['received', 'paid'], description: 'paid once nothing is outstanding' })
  status!: 'received' | 'paid';
  @ApiProperty() supplierId!: string;
  @ApiProperty() contractId!: string;
  @ApiProperty() contractPricePerKgSatang!: number;
  @ApiProperty({ type: [String] }) deliveryIds!: string[];
  @ApiProperty() invoicedOn!: string;
  @ApiProperty() dueOn!: string;
  @ApiProperty({ type: [FeedInvoiceLineDto] }) lines!: FeedInvoiceLineDto[];
  @ApiProperty() vatSatang!: number;
  @ApiProperty() totalSatang!: number;
  @ApiProperty({ description: 'Σ payments' }) paidSatang!: number;
  @ApiProperty({ description: 'totalSatang − paidSatang' }) outstandingSatang!: number;
  @ApiProperty({ type: [FeedInvoicePaymentDto] }) payments!: FeedInvoicePaymentDto[];
  @ApiProperty() revision!: number;
}

export class GetFeedInvoiceQuery extends Query<FeedInvoiceDto> {
  constructor(readonly invoiceId: string) {
    super();
  }
}

@QueryHandler(GetFeedInvoiceQuery)
export class GetFeedInvoiceHandler implements IQueryHandler<GetFeedInvoiceQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ invoiceId }: GetFeedInvoiceQuery): Promise<FeedInvoiceDto> {
    const { state, revision } = await readState(this.store, feedInvoice.stream(invoiceId), feedInvoice.decider);
    if (state.status === 'none') throw new NotFound(`no feed invoice ${invoiceId}`);
    const i = state.invoice;
    return {
      invoiceId: i.invoiceId,
      status: state.status,
      supplierId: i.supplierId,
      contractId: i.contractId,
      contractPricePerKgSatang: i.contractPricePerKgSatang,
      deliveryIds: [...i.deliveryIds],
      invoicedOn: i.invoicedOn,
      dueOn: i.dueOn,
      lines: i.lines.map((l) => ({
        deliveryId: l.deliveryId,
        kg: l.kg,
        pricePerKgSatang: l.pricePerKgSatang,
        amountSatang: l.amountSatang,
      })),
      vatSatang: i.vatSatang,
      totalSatang: i.totalSatang,
      paidSatang: state.paidSatang,
      outstandingSatang: outstandingSatang(state),
      payments: [...state.payments.values()].map((p) => ({
        paymentId: p.paymentId,
        paidOn: p.paidOn,
        amountSatang: p.amountSatang,
      })),
      revision,
    };
  }
}

@ApiTags('feed')
@ApiProblems(QUERY_PROBLEMS)
@Controller('feed-invoices')
export class GetFeedInvoiceController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':invoiceId')
  @Roles('manager', 'staff', { partner: 'supplierId', in: 'answer' })
  @ApiOkResponse({ type: FeedInvoiceDto })
  get(@Param('invoiceId') invoiceId: string): Promise<FeedInvoiceDto> {
    return this.queries.execute(new GetFeedInvoiceQuery(invoiceId));
  }
}
