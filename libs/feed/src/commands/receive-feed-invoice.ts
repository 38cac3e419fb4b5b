import { IsBusinessDate, IsWhole, MatchesPattern } from '@khai/contracts';
import { happenedBy, plannedWithin } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';

import { feedContract } from '../domain/feed-contract.decider';
import { requireDeliveriesOfItsContract } from '../domain/feed-contract.rules';
import { feedInvoice, type ReceiveFeedInvoice } from '../domain/feed-invoice.decider';
import { ID } from './dto-patterns';
import { PLANNING_HORIZON_DAYS, registeredFeedSupplier } from './references';

// Bounds keep every sum a safe integer: 200 lines × 10⁷ kg × 10⁶ satang stays below 2⁵³.
const MAX_LINES = 200;

export class FeedInvoiceLineDto {
  @ApiProperty({ example: 'D-2026-0001' })
  @MatchesPattern(ID)
  deliveryId!: string;

  @ApiProperty({ example: 2000 })
  @IsWhole(1, 10_000_000)
  kg!: number;

  @ApiProperty({ example: 1450, description: 'satang per kg, as invoiced' })
  @IsWhole(1, 1_000_000)
  pricePerKgSatang!: number;

  @ApiProperty({ example: 2_900_000, description: 'kg × pricePerKgSatang' })
  @IsWhole(0, Number.MAX_SAFE_INTEGER)
  amountSatang!: number;
}

export class ReceiveFeedInvoiceDto {
  @ApiProperty({ example: 'INV-CPF-0042', description: "the supplier's invoice number" })
  @MatchesPattern(ID)
  invoiceId!: string;

  @ApiProperty({ example: 'SUP-CPF', description: "the contract's supplier, registered as FEED_SUPPLIER" })
  @MatchesPattern(ID)
  supplierId!: string;

  @ApiProperty({ example: 'FC-2026-01' })
  @MatchesPattern(ID)
  contractId!: string;

  @ApiProperty({
    example: 1450,
    description: 'the contract price, satang per kg, as on the contract: every line must be invoiced at it',
  })
  @IsWhole(1, 1_000_000)
  contractPricePerKgSatang!: number;

  @ApiProperty({ type: [String], example: ['D-2026-0001'], description: 'the deliveries invoiced, one line each' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LINES)
  @MatchesPattern(ID, { each: true })
  deliveryIds!: string[];

  @ApiProperty({ example: '2026-01-31' })
  @IsBusinessDate()
  invoicedOn!: string;

  @ApiProperty({ example: '2026-03-01' })
  @IsBusinessDate()
  dueOn!: string;

  @ApiProperty({ type: [FeedInvoiceLineDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => FeedInvoiceLineDto)
  lines!: FeedInvoiceLineDto[];

  @ApiProperty({ example: 203_000, description: 'VAT in satang (0 or more)' })
  @IsWhole(0, Number.MAX_SAFE_INTEGER)
  vatSatang!: number;

  @ApiProperty({ example: 3_103_000, description: 'Σ line amounts + VAT' })
  @IsWhole(1, Number.MAX_SAFE_INTEGER)
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
