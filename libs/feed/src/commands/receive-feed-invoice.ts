import { DayField, happenedBy, IdField, IdsField, ListField, plannedWithin, WholeField } from '@khai/event-sourcing';

import { feedContract } from '../domain/feed-contract.decider';
import { requireDeliveriesOfItsContract } from '../domain/feed-contract.rules';
import { feedInvoice, type ReceiveFeedInvoice } from '../domain/feed-invoice.decider';
import { PLANNING_HORIZON_DAYS, registeredFeedSupplier } from './references';

// Bounds keep every sum a safe integer: 200 lines × 10⁷ kg × 10⁶ satang stays below 2⁵³.
const MAX_LINES = 200;

export class FeedInvoiceLineDto {
  @IdField({ example: 'D-2026-0001' })
  deliveryId!: string;

  @WholeField(1, 10_000_000, { example: 2000 })
  kg!: number;

  @WholeField(1, 1_000_000, { example: 1450, description: 'satang per kg, as invoiced' })
  pricePerKgSatang!: number;

  @WholeField(0, Number.MAX_SAFE_INTEGER, { example: 2_900_000, description: 'kg × pricePerKgSatang' })
  amountSatang!: number;
}

export class ReceiveFeedInvoiceDto {
  @IdField({ example: 'INV-CPF-0042', description: "the supplier's invoice number" })
  invoiceId!: string;

  @IdField({ example: 'SUP-CPF', description: "the contract's supplier, registered as FEED_SUPPLIER" })
  supplierId!: string;

  @IdField({ example: 'FC-2026-01' })
  contractId!: string;

  @WholeField(1, 1_000_000, {
    example: 1450,
    description: 'the contract price, satang per kg, as on the contract: every line must be invoiced at it',
  })
  contractPricePerKgSatang!: number;

  @IdsField(
    { min: 1, max: MAX_LINES },
    { example: ['D-2026-0001'], description: 'the deliveries invoiced, one line each' },
  )
  deliveryIds!: string[];

  @DayField({ example: '2026-01-31' })
  invoicedOn!: string;

  @DayField({ example: '2026-03-01' })
  dueOn!: string;

  @ListField(FeedInvoiceLineDto, { min: 1, max: MAX_LINES })
  lines!: FeedInvoiceLineDto[];

  @WholeField(0, Number.MAX_SAFE_INTEGER, { example: 203_000, description: 'VAT in satang (0 or more)' })
  vatSatang!: number;

  @WholeField(1, Number.MAX_SAFE_INTEGER, { example: 3_103_000, description: 'Σ line amounts + VAT' })
  totalSatang!: number;
}

export const receiveFeedInvoice = feedInvoice.useCase({
  name: 'ReceiveFeedInvoice',
  streamId: (d: ReceiveFeedInvoice['data']) => d.invoiceId,
  checks: [
    happenedBy('invoicedOn'),
    plannedWithin(PLANNING_HORIZON_DAYS, 'dueOn'),
    registeredFeedSupplier,
    async (d, env) => requireDeliveriesOfItsContract(d, await env.state(feedContract, d.contractId)),
  ],
  http: {
    tag: 'feed',
    roles: ['manager', { partner: 'supplierId' }],
    path: '/feed-invoices',
    body: ReceiveFeedInvoiceDto,
  },
});
