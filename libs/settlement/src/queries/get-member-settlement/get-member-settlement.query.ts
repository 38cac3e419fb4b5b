import { formatThb, SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import {
  ApiProblems,
  EVENT_STORE,
  type EventStore,
  NotFound,
  QUERY_PROBLEMS,
  readState,
  Roles,
  SizePriceDto,
} from '@khai/event-sourcing';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';

import { memberAccount } from '../../domain/member-account.decider';
import type { Settlement } from '../../domain/member-account.state';

export class EggLineDto {
  @ApiProperty({ enum: SIZE_CLASSES }) size!: SizeClass;
  @ApiProperty({ description: 'negative where a grading paid earlier is taken back' }) eggs!: number;
  @ApiProperty() satangPerEgg!: number;
  @ApiProperty({ description: 'eggs × satangPerEgg' }) amountSatang!: number;
  @ApiProperty({
    description: 'the member price list that priced these eggs (a take-back: the list they were paid by)',
  })
  priceListId!: string;
}

export class SettlementPriceListDto {
  @ApiProperty() priceListId!: string;
  @ApiProperty({ nullable: true, type: String, description: 'null for settlements recorded before it was kept' })
  effectiveFrom!: string | null;
  @ApiProperty({ type: [SizePriceDto] }) prices!: SizePriceDto[];
}

export class DeductionLineDto {
  @ApiProperty() reason!: string;
  @ApiProperty({ description: 'whole satang, rounded once, half away from zero' }) amountSatang!: number;
  @ApiProperty({ enum: ['fixed', 'per-egg', 'per-kg', 'percent'] }) kind!: string;
  @ApiPropertyOptional({ description: 'per-egg: the rate' }) satangPerEgg?: number;
  @ApiPropertyOptional({ description: 'per-egg: the eggs paid, net of take-backs' }) eggs?: number;
  @ApiPropertyOptional({ description: 'per-kg: the rate' }) satangPerKg?: number;
  @ApiPropertyOptional({ description: 'per-kg: the kg of feed charged' }) kg?: number;
  @ApiPropertyOptional({ description: 'percent: the rate' }) percentOfEggRevenue?: number;
  @ApiPropertyOptional({ description: 'percent: the egg revenue it applies to' }) eggRevenueSatang?: number;
}

export class GradingRefDto {
  @ApiProperty() lotId!: string;
  @ApiProperty({ description: '1 for the first grading of the lot' }) grading!: number;
}

export class PaidGradingRefDto extends GradingRefDto {
  @ApiProperty({ description: 'the member price list in force on the lot’s collection day' }) priceListId!: string;
}

/** The amounts as Thai baht for people: ฿1,234.50 (th-TH). */
export class StatementThbDto {
  @ApiProperty({ example: '฿1,234.50' }) eggRevenue!: string;
  @ApiProperty() feedCharge!: string;
  @ApiProperty() deductions!: string;
  @ApiProperty() net!: string;
}

export class MemberStatementDto {
  @ApiProperty() memberId!: string;
  @ApiProperty() settlementId!: string;
  @ApiProperty() periodFrom!: string;
  @ApiProperty() periodTo!: string;
  @ApiProperty() settledOn!: string;
  @ApiProperty({ type: [SettlementPriceListDto], description: 'the lists that priced the eggs, by effectiveFrom' })
  priceLists!: SettlementPriceListDto[];
  @ApiProperty({ type: [EggLineDto] }) eggLines!: EggLineDto[];
  @ApiProperty() eggRevenueSatang!: number;
  @ApiProperty() feedKg!: number;
  @ApiProperty() feedChargeSatang!: number;
  @ApiProperty({ type: [DeductionLineDto] }) deductions!: DeductionLineDto[];
  @ApiProperty() deductionsSatang!: number;
  @ApiProperty({ description: 'eggRevenueSatang − feedChargeSatang − deductionsSatang' }) netSatang!: number;
  @ApiProperty({ type: StatementThbDto }) thb!: StatementThbDto;
  @ApiProperty({ type: [String] }) lotIds!: string[];
  @ApiProperty({ type: [String] }) voidedLotIds!: string[];
  @ApiProperty({ type: [String] }) deliveryIds!: string[];
  @ApiProperty({ type: [String] }) adjustmentIds!: string[];
  @ApiProperty({ type: [PaidGradingRefDto] }) gradings!: PaidGradingRefDto[];
  @ApiProperty({ type: [GradingRefDto] }) voids!: GradingRefDto[];
}

export function toStatement(s: Settlement): MemberStatementDto {
  return {
    memberId: s.memberId,
    settlementId: s.settlementId,
    periodFrom: s.periodFrom,
    periodTo: s.periodTo,
    settledOn: s.settledOn,
    priceLists: s.priceLists.map((l) => ({
      priceListId: l.priceListId,
      effectiveFrom: l.effectiveFrom,
      prices: l.prices.map((p) => ({ size: p.size, satangPerEgg: p.satangPerEgg })),
    })),
    eggLines: s.eggLines.map((l) => ({
      size: l.size,
      eggs: l.eggs,
      satangPerEgg: l.satangPerEgg,
      amountSatang: l.amountSatang,
      priceListId: l.priceListId,
    })),
    eggRevenueSatang: s.eggRevenueSatang,
    feedKg: s.feedKg,
    feedChargeSatang: s.feedChargeSatang,
    deductions: s.deductions.map((d) => {
      const { kind, ...rates } = d.basis;
      return { reason: d.reason, amountSatang: d.amountSatang, kind, ...rates };
    }),
    deductionsSatang: s.deductionsSatang,
    netSatang: s.netSatang,
    thb: {
      eggRevenue: formatThb(s.eggRevenueSatang),
      feedCharge: formatThb(s.feedChargeSatang),
      deductions: formatThb(s.deductionsSatang),
      net: formatThb(s.netSatang),
    },
    lotIds: [...s.lotIds],
    voidedLotIds: [...s.voidedLotIds],
    deliveryIds: [...s.deliveryIds],
    adjustmentIds: [...s.adjustmentIds],
    gradings: s.gradings.map((g) => ({ lotId: g.lotId, grading: g.grading, priceListId: g.priceListId })),
    voids: s.voids.map((g) => ({ lotId: g.lotId, grading: g.grading })),
  };
}

export class GetMemberSettlementQuery extends Query<MemberStatementDto> {
  constructor(
    readonly memberId: string,
    readonly settlementId: string,
  ) {
    super();
  }
}

@QueryHandler(GetMemberSettlementQuery)
export class GetMemberSettlementHandler implements IQueryHandler<GetMemberSettlementQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ memberId, settlementId }: GetMemberSettlementQuery): Promise<MemberStatementDto> {
    const { state } = await readState(this.store, memberAccount.stream(memberId), memberAccount.decider);
    const settlement =
      state.status === 'open' ? state.settlements.find((s) => s.settlementId === settlementId) : undefined;
    if (!settlement) {
      throw new NotFound(
        `no settlement ${settlementId} of member ${memberId}`,
        { memberId, settlementId },
        'settlement_not_found',
      );
    }
    return toStatement(settlement);
  }
}

@ApiTags('settlement')
@ApiProblems(QUERY_PROBLEMS)
@Controller('member-accounts')
export class GetMemberSettlementController {
  constructor(private readonly queries: QueryBus) {}

  /** A member's statement (ใบแจ้งยอด): every line, the totals, and the totals in baht. */
  @Get(':memberId/settlements/:settlementId')
  @Roles('manager', { member: 'memberId' })
  @ApiOkResponse({ type: MemberStatementDto })
  get(@Param('memberId') memberId: string, @Param('settlementId') settlementId: string): Promise<MemberStatementDto> {
    return this.queries.execute(new GetMemberSettlementQuery(memberId, settlementId));
  }
}
