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
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';

import { memberAccount } from '../../domain/member-account.decider';

export class SizeEggsDto {
  @ApiProperty({ enum: SIZE_CLASSES }) size!: SizeClass;
  @ApiProperty() eggs!: number;
}

export class UnsettledDeliveryDto {
  @ApiProperty() lotId!: string;
  @ApiProperty() grading!: number;
  @ApiProperty() gradedOn!: string;
  @ApiProperty({ type: [SizeEggsDto] }) sizes!: SizeEggsDto[];
}

/** A void of a grading already paid: the next settlement takes its eggs back at the prices paid. */
export class UnsettledVoidDto {
  @ApiProperty() lotId!: string;
  @ApiProperty() grading!: number;
  @ApiProperty() voidedOn!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ description: 'the settlement that paid the grading' }) paidIn!: string;
  @ApiProperty({ type: [SizeEggsDto] }) sizes!: SizeEggsDto[];
  @ApiProperty({ type: [SizePriceDto] }) paidPrices!: SizePriceDto[];
}

export class UnsettledFeedChargeDto {
  @ApiProperty() deliveryId!: string;
  @ApiProperty() deliveredOn!: string;
  @ApiProperty() kg!: number;
  @ApiProperty() amountSatang!: number;
}

export class UnsettledAdjustmentDto {
  @ApiProperty() adjustmentId!: string;
  @ApiProperty() deliveryId!: string;
  @ApiProperty() deltaKg!: number;
  @ApiProperty() amountDeltaSatang!: number;
  @ApiProperty() reason!: string;
  @ApiProperty() adjustedOn!: string;
}

export class UnsettledDto {
  @ApiProperty({ type: [UnsettledDeliveryDto] }) deliveries!: UnsettledDeliveryDto[];
  @ApiProperty({ type: [UnsettledVoidDto] }) voids!: UnsettledVoidDto[];
  @ApiProperty({ type: [UnsettledFeedChargeDto] }) feedCharges!: UnsettledFeedChargeDto[];
  @ApiProperty({ type: [UnsettledAdjustmentDto] }) adjustments!: UnsettledAdjustmentDto[];
}

export class SettlementSummaryDto {
  @ApiProperty() settlementId!: string;
  @ApiProperty() periodFrom!: string;
  @ApiProperty() periodTo!: string;
  @ApiProperty() settledOn!: string;
  @ApiProperty() netSatang!: number;
  @ApiProperty({ example: '฿1,234.50' }) netThb!: string;
}

export class MemberAccountDto {
  @ApiProperty() memberId!: string;
  @ApiProperty({ type: UnsettledDto }) unsettled!: UnsettledDto;
  @ApiProperty({ type: [SettlementSummaryDto] }) settlements!: SettlementSummaryDto[];
  @ApiProperty() revision!: number;
}

export class GetMemberAccountQuery extends Query<MemberAccountDto> {
  constructor(readonly memberId: string) {
    super();
  }
}

@QueryHandler(GetMemberAccountQuery)
export class GetMemberAccountHandler implements IQueryHandler<GetMemberAccountQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ memberId }: GetMemberAccountQuery): Promise<MemberAccountDto> {
    const stream = memberAccount.stream(memberId);
    const { state, revision } = await readState(this.store, stream, memberAccount.decider);
    if (state.status === 'none') {
      throw new NotFound(`no account of member ${memberId}`, { memberId }, 'member_account_not_found');
    }
    const gradings = [...state.lots.values()].flat();
    const sizes = (list: readonly { size: SizeClass; eggs: number }[]) =>
      list.map((s) => ({ size: s.size, eggs: s.eggs }));
    return {
      memberId: state.memberId,
      unsettled: {
        deliveries: gradings
          .filter((g) => !g.paid && !g.voided)
          .map((g) => ({ lotId: g.lotId, grading: g.grading, gradedOn: g.gradedOn, sizes: sizes(g.sizes) })),
        voids: gradings.flatMap((g) =>
          g.paid && g.voided && g.voided.takenBackIn === null
            ? [
                {
                  lotId: g.lotId,
                  grading: g.grading,
                  voidedOn: g.voided.voidedOn,
                  reason: g.voided.reason,
                  paidIn: g.paid.settlementId,
                  sizes: sizes(g.sizes),
                  paidPrices: g.paid.prices.map((p) => ({ size: p.size, satangPerEgg: p.satangPerEgg })),
                },
              ]
            : [],
        ),
        feedCharges: [...state.feedCharges.values()]
          .filter((c) => c.settledIn === null)
          .map((c) => ({
            deliveryId: c.deliveryId,
            deliveredOn: c.deliveredOn,
            kg: c.kg,
            amountSatang: c.amountSatang,
          })),
        adjustments: [...state.adjustments.values()]
          .filter((a) => a.settledIn === null)
          .map((a) => ({
            adjustmentId: a.adjustmentId,
            deliveryId: a.deliveryId,
            deltaKg: a.deltaKg,
            amountDeltaSatang: a.amountDeltaSatang,
            reason: a.reason,
            adjustedOn: a.adjustedOn,
          })),
      },
      settlements: state.settlements.map((s) => ({
        settlementId: s.settlementId,
        periodFrom: s.periodFrom,
        periodTo: s.periodTo,
        settledOn: s.settledOn,
        netSatang: s.netSatang,
        netThb: formatThb(s.netSatang),
      })),
      revision,
    };
  }
}

@ApiTags('settlement')
@ApiProblems(QUERY_PROBLEMS)
@Controller('member-accounts')
export class GetMemberAccountController {
  constructor(private readonly queries: QueryBus) {}

  /** What is waiting to be settled, and the settlements made. */
  @Get(':memberId')
  @Roles('manager', { member: 'memberId' })
  @ApiOkResponse({ type: MemberAccountDto })
  get(@Param('memberId') memberId: string): Promise<MemberAccountDto> {
    return this.queries.execute(new GetMemberAccountQuery(memberId));
  }
}
