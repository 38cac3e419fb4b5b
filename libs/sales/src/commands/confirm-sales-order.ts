import {
  ID_PATTERN,
  IsBusinessDate,
  IsSatangPerEgg,
  IsWhole,
  MatchesPattern,
  SIZE_CLASSES,
  type SizeClass,
} from '@khai/contracts';
import { happenedBy, InvariantViolated, plannedWithin, type UseCaseEnvironment } from '@khai/event-sourcing';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, ValidateNested } from 'class-validator';

import { priceNegotiation, salesOrder } from '../domain/aggregates';
import type { ConfirmSalesOrder } from '../domain/sales-order.decider';
import { PLANNING_HORIZON_DAYS, registeredBuyer, requireSameBuyer } from './references';

export class SalesOrderLineDto {
  @ApiProperty({ enum: SIZE_CLASSES, description: 'TAS size class (เบอร์)' })
  @IsIn(SIZE_CLASSES)
  size!: SizeClass;

  @ApiProperty({ example: 66, description: 'trays (แผง) of 30 eggs' })
  @IsWhole(1, 1_000_000)
  trays!: number;

  @ApiProperty({ example: 365, description: 'satang per egg' })
  @IsSatangPerEgg()
  satangPerEgg!: number;
}

export class ConfirmSalesOrderDto {
  @ApiProperty({ example: 'SO-0001', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  orderId!: string;

  @ApiProperty({ example: 'B-makro-cm', pattern: ID_PATTERN.source })
  @MatchesPattern(ID_PATTERN)
  buyerId!: string;

  @ApiPropertyOptional({
    example: 'N2026-makro-Q4',
    pattern: ID_PATTERN.source,
    description: 'the negotiation whose agreed prices apply; absent for a spot order',
  })
  @IsOptional()
  @MatchesPattern(ID_PATTERN)
  negotiationId?: string;

  @ApiProperty({ example: '2026-11-20' })
  @IsBusinessDate()
  orderedOn!: string;

  @ApiProperty({ example: '2026-11-26' })
  @IsBusinessDate()
  deliveryOn!: string;

  @ApiProperty({ type: [SalesOrderLineDto], description: 'one line per size class' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SIZE_CLASSES.length)
  @ValidateNested({ each: true })
  @Type(() => SalesOrderLineDto)
  lines!: SalesOrderLineDto[];
}

/**
 * A contract order (one naming a negotiation) is priced by that negotiation's agreement,
 * read from its stream: the negotiation was agreed (`negotiation_not_agreed`, with its
 * status), with this buyer (`buyer_mismatch`), the order day lies in the agreed validity
 * (`outside_agreed_validity`), and every line is of an agreed size (`size_not_agreed`) at
 * the agreed price (`contract_price_mismatch`). Otherwise it would count as contract
 * volume at prices nobody agreed. A spot order (no negotiation) is priced as it says.
 */
async function atAgreedPrices(d: ConfirmSalesOrder['data'], env: UseCaseEnvironment): Promise<void> {
  const { negotiationId } = d;
  if (negotiationId === undefined) return;
  const state = await env.state(priceNegotiation, negotiationId);
  if (state.status !== 'agreed') {
    throw new InvariantViolated(
      'negotiation_not_agreed',
      state.status === 'none'
        ? `no negotiation ${negotiationId} was opened`
        : `negotiation ${negotiationId} is ${state.status}, not agreed`,
      { negotiationId, negotiationStatus: state.status },
    );
  }
  const { agreement } = state;
  requireSameBuyer(d.buyerId, agreement.buyerId, `negotiation ${negotiationId}`, { negotiationId });
  if (d.orderedOn < agreement.validFrom || d.orderedOn > agreement.validTo) {
    throw new InvariantViolated(
      'outside_agreed_validity',
      `the prices of negotiation ${negotiationId} apply from ${agreement.validFrom} to ${agreement.validTo}, not on ${d.orderedOn}`,
      { negotiationId, orderedOn: d.orderedOn, validFrom: agreement.validFrom, validTo: agreement.validTo },
    );
  }
  const agreed = new Map(agreement.prices.map((p) => [p.size, p.satangPerEgg]));
  const notAgreed = d.lines.filter((l) => !agreed.has(l.size)).map((l) => l.size);
  if (notAgreed.length > 0) {
    throw new InvariantViolated('size_not_agreed', `negotiation ${negotiationId} agreed no price for these sizes`, {
      negotiationId,
      sizes: notAgreed.sort((a, b) => a - b),
      agreedPrices: agreement.prices,
    });
  }
  const off = d.lines.filter((l) => agreed.get(l.size) !== l.satangPerEgg);
  if (off.length > 0) {
    throw new InvariantViolated(
      'contract_price_mismatch',
      `the lines must be at the prices agreed in negotiation ${negotiationId}`,
      {
        negotiationId,
        lines: off
          .map((l) => ({ size: l.size, satangPerEgg: l.satangPerEgg, agreedSatangPerEgg: agreed.get(l.size) }))
          .sort((a, b) => a.size - b.size),
      },
    );
  }
}

export const confirmSalesOrder = salesOrder.useCase({
  name: 'ConfirmSalesOrder',
  streamId: (d: ConfirmSalesOrder['data']) => d.orderId,
  checks: [
    happenedBy('orderedOn'),
    plannedWithin(PLANNING_HORIZON_DAYS, 'deliveryOn'),
    registeredBuyer,
    atAgreedPrices,
  ],
  http: { tag: 'sales', roles: ['manager', { partner: 'buyerId' }], path: '/sales-orders', body: ConfirmSalesOrderDto },
});
