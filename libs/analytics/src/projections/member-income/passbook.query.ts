import { SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { ApiProblems, EVENT_STORE, type EventStore, QUERY_PROBLEMS, readState, Roles } from '@khai/event-sourcing';
import { lot } from '@khai/production';
import { READ_MODEL_STORE, ReadModelRunner, type ReadModelStore } from '@khai/read-models';
import { emptyMemberAccount, memberAccount, type OpenMemberAccount } from '@khai/settlement';
import { Controller, Get, Inject, Param, Query as QueryParams } from '@nestjs/common';
import { type IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';

import { monthOf } from '../../read-side/dates';
import { checkPeriod, PeriodParams } from '../../read-side/period-params';
import { type ReferenceSeries, ReferenceSeriesCache } from '../../read-side/reference-series';
import { INCOME_LOTS, INCOME_MONTHS, type IncomeLotDoc, type IncomeMonthDoc } from './member-income.projection';
import { MemberIdParam } from './reconciliation.query';

export class PassbookSizeDto {
  @ApiProperty({ enum: SIZE_CLASSES }) size!: SizeClass;
  @ApiProperty() eggs!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'what the settlement paid per egg; null until settled' })
  paidSatangPerEgg!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: "the reference price in force on the collection day (the size's, else the mixed price)",
  })
  referenceSatangPerEgg!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'the reference price’s source' })
  referenceSource!: string | null;
}

export class PassbookVoidDto {
  @ApiProperty() voidedOn!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ nullable: true, type: String, description: 'the settlement that took a paid grading back' })
  takenBackIn!: string | null;
}

export class PassbookDeliveryDto {
  @ApiProperty() lotId!: string;
  @ApiProperty({ description: '1 for the first grading of the lot' }) grading!: number;
  @ApiProperty() collectedOn!: string;
  @ApiProperty() gradedOn!: string;
  @ApiProperty({ type: [PassbookSizeDto] }) sizes!: PassbookSizeDto[];
  @ApiProperty({ description: 'eggs graded into sizes' }) eggs!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      "eggs of the lot's latest grading rejected (cracked, dirty, …): not paid as graded eggs; null while the " +
      'income read model has not yet seen the grading',
  })
  rejectedEggs!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'the settlement that paid it; null until settled' })
  settlementId!: string | null;
  @ApiProperty({ nullable: true, type: String }) priceListId!: string | null;
  @ApiProperty({ nullable: true, type: PassbookVoidDto }) voided!: PassbookVoidDto | null;
}

export class PassbookFeedChargeDto {
  @ApiProperty() deliveryId!: string;
  @ApiProperty() deliveredOn!: string;
  @ApiProperty({ description: 'kg after corrections' }) kg!: number;
  @ApiProperty({ description: 'satang after corrections' }) amountSatang!: number;
  @ApiProperty({ nullable: true, type: String, description: 'the settlement that charged it; null until settled' })
  settlementId!: string | null;
}

/** How many lots awaiting grading a passbook lists: a farm's few days between collection and grading, and more. */
const AWAITING_SHOWN = 100;

export class PassbookCollectedLotDto {
  @ApiProperty() lotId!: string;
  @ApiProperty() collectedOn!: string;
  @ApiProperty() flockId!: string;
  @ApiProperty({ description: 'eggs collected, not yet graded into sizes' }) eggs!: number;
}

export class PassbookSettlementDto {
  @ApiProperty() settlementId!: string;
  @ApiProperty() periodFrom!: string;
  @ApiProperty() periodTo!: string;
  @ApiProperty() settledOn!: string;
  @ApiProperty() eggRevenueSatang!: number;
  @ApiProperty() feedChargeSatang!: number;
  @ApiProperty() deductionsSatang!: number;
  @ApiProperty() netSatang!: number;
}

export class PassbookDto {
  @ApiProperty() memberId!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({
    type: [PassbookDeliveryDto],
    description: 'each grading of a lot collected in the period, newest first',
  })
  deliveries!: PassbookDeliveryDto[];
  @ApiProperty({
    type: [PassbookCollectedLotDto],
    description:
      'lots collected in the period and not graded yet (a grading voided and not redone is under deliveries), ' +
      `newest first, at most ${AWAITING_SHOWN}: graded, a lot moves to deliveries once the member's account has it`,
  })
  awaitingGrading!: PassbookCollectedLotDto[];
  @ApiProperty({ type: [PassbookFeedChargeDto], description: 'feed delivered in the period, newest first' })
  feedCharges!: PassbookFeedChargeDto[];
  @ApiProperty({ type: [PassbookSettlementDto], description: 'settlements settled in the period, newest first' })
  settlements!: PassbookSettlementDto[];
}

export class GetPassbookQuery extends Query<PassbookDto> {
  constructor(
    readonly memberId: string,
    readonly params: PeriodParams,
  ) {
    super();
  }
}

/**
 * A member's passbook for a period, from the member's account (the ledger the settlements are made from): each
 * graded lot with the price its settlement paid beside the reference price in force on its collection day, each feed
 * charge, each settlement. The statements themselves are `GET /member-accounts/{memberId}/settlements/{id}`.
 */
@QueryHandler(GetPassbookQuery)
export class GetPassbookHandler implements IQueryHandler<GetPassbookQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(ReadModelRunner) private readonly runner: ReadModelRunner,
    @Inject(ReferenceSeriesCache) private readonly references: ReferenceSeriesCache,
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
  ) {}

  async execute({ memberId, params }: GetPassbookQuery): Promise<PassbookDto> {
    await checkPeriod(params, this.runner);
    const [{ state }, series, months] = await Promise.all([
      readState(this.events, memberAccount.stream(memberId), memberAccount.decider),
      this.references.load(),
      this.store.find<IncomeMonthDoc>(INCOME_MONTHS, {
        where: { memberId, month: { gte: monthOf(params.from), lte: monthOf(params.to) } },
      }),
    ]);
    // A member with nothing delivered yet has an empty passbook, not a missing one.
    const account = state.status === 'open' ? state : emptyMemberAccount(memberId);
    const rejected = new Map(months.flatMap((m) => m.lots.map((l) => [l.lotId, l.rejected] as const)));
    return { ...passbook(account, params, series, rejected), awaitingGrading: await this.awaiting(account, params) };
  }

  /**
   * The member's lots of the period the account does not hold, each as its own stream has it now: those still
   * collected only (a lot graded since is on its way to the account). The income read model finds them.
   */
  private async awaiting(account: OpenMemberAccount, period: PeriodParams): Promise<PassbookCollectedLotDto[]> {
    const lots = await this.store.find<IncomeLotDoc>(INCOME_LOTS, {
      where: { memberId: account.memberId, collectedOn: { gte: period.from, lte: period.to } },
      sort: [['collectedOn', -1]],
    });
    const ungraded = lots.filter((l) => !account.lots.has(l._id)).slice(0, AWAITING_SHOWN);
    const states = await Promise.all(
      ungraded.map(async (l) => (await readState(this.events, lot.stream(l._id), lot.decider)).state),
    );
    return states.flatMap((state) =>
      state.status === 'collected'
        ? [
            {
              lotId: state.collection.lotId,
              collectedOn: state.collection.collectedOn,
              flockId: state.collection.flockId,
              eggs: state.collection.eggs,
            },
          ]
        : [],
    );
  }
}

const within = (day: string, { from, to }: PeriodParams) => day >= from && day <= to;
const newestFirst =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0;

/** `rejected`: each lot's rejected eggs at its latest grading (the income read model's), where known. */
export function passbook(
  account: OpenMemberAccount,
  period: PeriodParams,
  series: ReferenceSeries,
  rejected: ReadonlyMap<string, number> = new Map(),
): Omit<PassbookDto, 'awaitingGrading'> {
  const latest = new Map<string, number>();
  for (const gradings of account.lots.values()) {
    const last = gradings[gradings.length - 1];
    if (last) latest.set(last.lotId, last.grading);
  }
  const deliveries = [...account.lots.values()]
    .flat()
    .filter((g) => within(g.collectedOn, period))
    .map((g): PassbookDeliveryDto => ({
      lotId: g.lotId,
      grading: g.grading,
      collectedOn: g.collectedOn,
      gradedOn: g.gradedOn,
      sizes: g.sizes.map(({ size, eggs }) => {
        const reference = series.priceOf(g.collectedOn, size);
        return {
          size,
          eggs,
          paidSatangPerEgg: g.paid?.prices.find((p) => p.size === size)?.satangPerEgg ?? null,
          referenceSatangPerEgg: reference?.satangPerEgg ?? null,
          referenceSource: reference?.reference.source ?? null,
        };
      }),
      eggs: g.sizes.reduce((n, s) => n + s.eggs, 0),
      // The read model keeps the lot's latest grading only; an earlier, voided one's rejects are not known there.
      rejectedEggs: latest.get(g.lotId) === g.grading ? (rejected.get(g.lotId) ?? null) : null,
      settlementId: g.paid?.settlementId ?? null,
      priceListId: g.paid?.priceListId ?? null,
      voided: g.voided && { voidedOn: g.voided.voidedOn, reason: g.voided.reason, takenBackIn: g.voided.takenBackIn },
    }))
    .sort(
      (a, b) =>
        newestFirst<PassbookDeliveryDto>((d) => `${d.collectedOn}\u0000${d.lotId}`)(a, b) || b.grading - a.grading,
    );
  const feedCharges = [...account.feedCharges.values()]
    .filter((c) => within(c.deliveredOn, period))
    .map((c) => ({
      deliveryId: c.deliveryId,
      deliveredOn: c.deliveredOn,
      kg: c.adjustedKg,
      amountSatang: c.adjustedAmountSatang,
      settlementId: c.settledIn,
    }))
    .sort(newestFirst((c) => `${c.deliveredOn}\u0000${c.deliveryId}`));
  const settlements = account.settlements
    .filter((s) => within(s.settledOn, period))
    .map((s) => ({
      settlementId: s.settlementId,
      periodFrom: s.periodFrom,
      periodTo: s.periodTo,
      settledOn: s.settledOn,
      eggRevenueSatang: s.eggRevenueSatang,
      feedChargeSatang: s.feedChargeSatang,
      deductionsSatang: s.deductionsSatang,
      netSatang: s.netSatang,
    }))
    .reverse();
  return { memberId: account.memberId, from: period.from, to: period.to, deliveries, feedCharges, settlements };
}

@ApiTags('analytics')
@ApiProblems(QUERY_PROBLEMS)
@Controller('analytics/members/:memberId/passbook')
export class PassbookController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * The member's passbook (สมุดบัญชีสมาชิก) for the period: their graded lots, each size at the price paid beside the
   * reference price, their feed charges and their settlements. A member reads only their own.
   */
  @Get()
  @Roles('manager', { member: 'memberId' })
  @ApiOkResponse({ type: PassbookDto })
  get(@Param() { memberId }: MemberIdParam, @QueryParams() params: PeriodParams): Promise<PassbookDto> {
    return this.queries.execute(new GetPassbookQuery(memberId, params));
  }
}
