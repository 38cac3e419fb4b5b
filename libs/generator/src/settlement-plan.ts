import type { SizeClass } from '@khai/contracts';
import type { Decider, DomainEvent } from '@khai/core';
import type { FeedDelivered } from '@khai/feed';
import type { EggsCollected, LotGraded } from '@khai/production';
import {
  type DeductionRequest,
  memberAccount,
  memberPriceSchedule,
  PRICE_SCHEDULE_ID,
  recordEggDelivery,
  recordFeedCharge,
} from '@khai/settlement';

import type { CommandPart, GeneratedEvent, PlannedAppend, ProcessCommand } from './agenda';
import { addMonths, compactOf, isoOf, monthStart } from './calendar';
import type { ReferenceSeries } from './prices';

/** The member-ledger process manager (libs/processes), whose commands the generator writes as it would. */
const MEMBER_LEDGER = 'member-ledger';

/** Members are paid the reference ladder less the cooperative's costs of grading, packing and selling [E]. */
const MEMBER_SHARE_OF_REFERENCE = 0.92;
/** A list is set on this day of the month before it takes effect; settlements are made on this day of the next. */
const PRICE_LIST_SET_ON_DAY = 25;
const SETTLED_ON_DAY = 5;
/** What the cooperative deducts in every monthly settlement [E]. */
const DEDUCTIONS: readonly DeductionRequest[] = [
  { reason: 'ค่าหุ้นสหกรณ์ (share capital)', amountSatang: 20_000 },
  { reason: 'กองทุนสวัสดิการสมาชิก (members’ welfare fund)', percentOfEggRevenue: 1 },
];

type AccountState = typeof memberAccount.decider.initialState;
type ScheduleState = typeof memberPriceSchedule.decider.initialState;

function decided<C, E extends DomainEvent, S>(decider: Decider<C, E, S>, state: S, command: C): [E[], S] {
  const events = [...decider.decide(command, state)];
  let next = state;
  for (const e of events) next = decider.evolve(next, e);
  return [events, next];
}

/**
 * The members' side of the books: the member price list set monthly from the reference
 * ladder; each member's account fed by the member-ledger process manager's commands (a
 * grading's eggs, a feed delivery's charge: written with that process's metadata, so the
 * platform finds them done); and each member settled monthly for the month before, as
 * a manager does with `POST /member-accounts/{id}/settlements`. Every command goes
 * through the settlement context's deciders.
 */
export class MemberBooks {
  private readonly accounts = new Map<string, AccountState>();
  private schedule: ScheduleState = memberPriceSchedule.decider.initialState;
  /** Today's commands per member account, written at the end of the day in one append each. */
  private readonly today = new Map<string, { events: GeneratedEvent[]; commands: CommandPart[] }>();
  private readonly collections = new Map<string, EggsCollected['data']>();

  constructor(
    private readonly series: ReferenceSeries,
    private readonly startDay: number,
    private readonly endDay: number,
  ) {}

  /** Follows what is written, as the member-ledger process does; answers the append unchanged. */
  seen(append: PlannedAppend): PlannedAppend {
    for (const event of append.events) {
      if (event.type === 'EggsCollected') this.collections.set(event.data.lotId, event.data);
      else if (event.type === 'LotGraded') this.graded(event);
      else if (event.type === 'FeedDelivered') this.fed(event);
    }
    return append;
  }

  /** The day's price list, member ledger entries and settlements, after everything else of the day. */
  endOfDay(day: number): PlannedAppend[] {
    const appends: PlannedAppend[] = [];
    const list = this.priceListSetOn(day);
    if (list) appends.push(list);
    const dayOfMonth = Number(isoOf(day).slice(8, 10));
    if (dayOfMonth === SETTLED_ON_DAY && day > this.startDay && day <= this.endDay) this.settle(day);
    for (const [memberId, { events, commands }] of this.today) {
      appends.push({ day, streamName: memberAccount.stream(memberId), events, commands });
    }
    this.today.clear();
    return appends;
  }

  private graded(event: LotGraded): void {
    const { lotId, gradedOn, sizes } = event.data;
    const collection = this.collections.get(lotId);
    if (!collection) throw new Error(`lot ${lotId} was graded before it was collected`);
    this.collections.delete(lotId);
    const input = {
      memberId: collection.memberId,
      lotId,
      gradedOn,
      collectedOn: collection.collectedOn,
      sizes: sizes.map(({ size, eggs }) => ({ size, eggs })),
    };
    this.ledger(
      input.memberId,
      { type: 'RecordEggDelivery', data: input },
      {
        process: MEMBER_LEDGER,
        step: 'ledger',
        cause: event,
        useCase: recordEggDelivery,
        input,
      },
    );
  }

  private fed(event: FeedDelivered): void {
    const { memberId, deliveryId, deliveredOn, kg, amountSatang } = event.data;
    const input = { memberId, deliveryId, deliveredOn, kg, amountSatang };
    this.ledger(
      memberId,
      { type: 'RecordFeedCharge', data: input },
      {
        process: MEMBER_LEDGER,
        step: 'ledger',
        cause: event,
        useCase: recordFeedCharge,
        input,
      },
    );
  }

  private ledger(
    memberId: string,
    command: Parameters<typeof memberAccount.decider.decide>[0],
    process?: ProcessCommand,
  ): void {
    const [events, state] = decided(
      memberAccount.decider,
      this.accounts.get(memberId) ?? memberAccount.decider.initialState,
      command,
    );
    this.accounts.set(memberId, state);
    if (events.length === 0) return;
    let today = this.today.get(memberId);
    if (!today) {
      today = { events: [], commands: [] };
      this.today.set(memberId, today);
    }
    today.events.push(...events);
    today.commands.push(process ? { count: events.length, process } : { count: events.length });
  }

  /**
   * The list for the month to come, set on the 25th, at the share of the day's reference
   * ladder; the first one, for the start, a few days before it.
   */
  private priceListSetOn(day: number): PlannedAppend | null {
    const first = day === this.startDay - 6;
    const dayOfMonth = Number(isoOf(day).slice(8, 10));
    if (!first && (dayOfMonth !== PRICE_LIST_SET_ON_DAY || day < this.startDay || day > this.endDay)) return null;
    const effective = first ? this.startDay : monthStart(addMonths(monthStart(day), 1));
    if (effective > this.endDay) return null;
    const ladder = this.series.ladder(day);
    const data = {
      priceListId: `PL-${compactOf(effective).slice(0, 6)}${first && effective !== monthStart(effective) ? compactOf(effective).slice(6) : ''}`,
      effectiveFrom: isoOf(effective),
      prices: ladder.map((satang, size) => ({
        size: size as SizeClass,
        satangPerEgg: Math.round(satang * MEMBER_SHARE_OF_REFERENCE),
      })),
      setOn: isoOf(day),
    };
    const [events, state] = decided(memberPriceSchedule.decider, this.schedule, { type: 'SetMemberEggPrices', data });
    this.schedule = state;
    return { day, streamName: memberPriceSchedule.stream(PRICE_SCHEDULE_ID), events };
  }

  /** Every member with an account, for the month before, at the lists in force on each lot's collection day. */
  private settle(day: number): void {
    const periodFrom = monthStart(addMonths(monthStart(day), -1));
    const periodTo = monthStart(day) - 1;
    for (const [memberId, account] of this.accounts) {
      if (account.status !== 'open') continue;
      const data = {
        memberId,
        settlementId: `ST-${memberId}-${compactOf(periodFrom).slice(0, 6)}`,
        periodFrom: isoOf(periodFrom),
        periodTo: isoOf(periodTo),
        settledOn: isoOf(day),
        // As the use case reads them: every list of the schedule, in the order set.
        priceLists: this.schedule.lists,
        deductions: DEDUCTIONS,
      };
      this.ledger(memberId, { type: 'SettleMember', data });
    }
  }
}
