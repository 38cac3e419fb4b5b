import { formatThb, SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import {
  ApiProblems,
  EVENT_STORE,
  type EventStore,
  NotFound,
  QUERY_PROBLEMS,
  readState,
  SizePriceDto,
} from '@khai/event-sourcing';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';

import { DeductionDto } from '../../commands/settle-member';
import { memberAccount } from '../../domain/member-account.decider';
import type { Settlement } from '../../domain/member-account.state';

export class EggLineDto {
  @ApiProperty({ enum: SIZE_CLASSES }) size!: SizeClass;
  @ApiProperty({ description: 'negative where a grading paid earlier is taken back' }) eggs!: number;
  @ApiProperty() satangPerEgg!: number;
  @ApiProperty({ description: 'eggs × satangPerEgg' }) amountSatang!: number;
}

export class GradingRefDto {
  @ApiProperty() lotId!: string;
  @ApiProperty({ description: '1 for the first grading of the lot' }) grading!: number;
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
  @ApiProperty() priceListId!: string;
  @ApiProperty({ type: [SizePriceDto] }) prices!: SizePriceDto[];
  @ApiProperty({ type: [EggLineDto] }) eggLines!: EggLineDto[];
  @ApiProperty() eggRevenueSatang!: number;
  @ApiProperty() feedKg!: number;
  @ApiProperty() feedChargeSatang!: number;
  @ApiProperty({ type: [DeductionDto] }) deductions!: DeductionDto[];
  @ApiProperty() deductionsSatang!: number;
  @ApiProperty({ description: 'eggRevenueSatang − feedChargeSatang − deductionsSatang' }) netSatang!: number;
  @ApiProperty({ type: StatementThbDto }) thb!: StatementThbDto;
  @ApiProperty({ type: [String] }) lotIds!: string[];
  @ApiProperty({ type: [String] }) voidedLotIds!: string[];
  @ApiProperty({ type: [String] }) deliveryIds!: string[];
  @ApiProperty({ type: [String] }) adjustmentIds!: string[];
  @ApiProperty({ type: [GradingRefDto] }) gradings!: GradingRefDto[];
  @ApiProperty({ type: [GradingRefDto] }) voids!: GradingRefDto[];
}

export function toStatement(s: Settlement): MemberStatementDto {
  return {
    memberId: s.memberId,
    settlementId: s.settlementId,
    periodFrom: s.periodFrom,
    periodTo: s.periodTo,
    settledOn: s.settledOn,
    priceListId: s.priceListId,
    prices: s.prices.map((p) => ({ size: p.size, satangPerEgg: p.satangPerEgg })),
    eggLines: s.eggLines.map((l) => ({
      size: l.size,
      eggs: l.eggs,
      satangPerEgg: l.satangPerEgg,
      amountSatang: l.amountSatang,
    })),
    eggRevenueSatang: s.eggRevenueSatang,
    feedKg: s.feedKg,
    feedChargeSatang: s.feedChargeSatang,
    deductions: s.deductions.map((d) => ({ reason: d.reason, amountSatang: d.amountSatang })),
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
    gradings: s.gradings.map((g) => ({ lotId: g.lotId, grading: g.grading })),
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
  @ApiOkResponse({ type: MemberStatementDto })
  get(@Param('memberId') memberId: string, @Param('settlementId') settlementId: string): Promise<MemberStatementDto> {
    return this.queries.execute(new GetMemberSettlementQuery(memberId, settlementId));
  }
}
