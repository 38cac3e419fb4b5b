import { registeredMember } from '@khai/cluster';
import { IsLogPosition, IsNumberWithDecimals } from '@khai/contracts';
import { DayField, Field, happenedBy, IdField, ListField, TextField, WholeField } from '@khai/event-sourcing';
import { Max, Min } from 'class-validator';

import type { SettleMember } from '../domain/member-account.commands';
import { memberAccount } from '../domain/member-account.decider';
import { memberPriceSchedule, PRICE_SCHEDULE_ID } from '../domain/member-price-list.decider';
import { ledgerCaughtUp } from './member-ledger.port';

/** A deduction: its reason and exactly one of the four ways to reckon it. */
export class DeductionDto {
  @TextField(200, { example: 'ค่าหุ้นสหกรณ์ (share capital)' })
  reason!: string;

  @WholeField(0, 100_000_000_000, { example: 50_000, description: 'a fixed amount, whole satang', optional: true })
  amountSatang?: number;

  @Field(
    {
      example: 2,
      description: 'satang per egg paid in the settlement (net of take-backs), two decimals',
      optional: true,
    },
    IsNumberWithDecimals(2),
    Min(0),
    Max(1_000_000),
  )
  satangPerEgg?: number;

  @Field(
    { example: 10, description: 'satang per kg of feed charged in the settlement, two decimals', optional: true },
    IsNumberWithDecimals(2),
    Min(0),
    Max(1_000_000),
  )
  satangPerKg?: number;

  @Field(
    { example: 1.5, description: 'percent of the settlement’s egg revenue, two decimals', optional: true },
    IsNumberWithDecimals(2),
    Min(0),
    Max(100),
  )
  percentOfEggRevenue?: number;
}

/** The member id comes from the path. */
export class SettleMemberDto {
  @IdField({ example: 'S-2026-11' })
  settlementId!: string;

  @DayField({ example: '2026-11-01' })
  periodFrom!: string;

  @DayField({
    example: '2026-11-30',
    description: 'entries dated on or before this day and not yet settled are settled',
  })
  periodTo!: string;

  @DayField({ example: '2026-12-02' })
  settledOn!: string;

  @Field(
    {
      example: 1_204,
      description:
        'the log position of the last write the settlement must include (a grading’s or feed delivery’s answer); ' +
        'by default the head of the log when asked. The settlement waits for the member ledger to reach it, or ' +
        'answers 503 ledger_behind with the position it waits for; past the head: 422 position_not_written',
      optional: true,
    },
    IsLogPosition(),
  )
  minPosition?: number;

  @ListField(
    DeductionDto,
    { max: 100 },
    {
      description:
        'other deductions, each with its reason and exactly one of amountSatang, satangPerEgg, satangPerKg, ' +
        'percentOfEggRevenue (422 deduction_basis otherwise); each rounded once to whole satang; may be empty',
    },
  )
  deductions!: DeductionDto[];
}

/**
 * A registered member's period that has ended. The prices come from the member price
 * lists in force on each lot's collection day, not from the caller.
 */
export const settleMember = memberAccount.useCase({
  name: 'SettleMember',
  streamId: (d: Omit<SettleMember['data'], 'priceLists'> & { minPosition?: number }) => d.memberId,
  checks: [
    happenedBy('periodFrom', 'periodTo', 'settledOn'),
    async ({ memberId }, env) => {
      await registeredMember(env, memberId);
    },
    // Last: the account is read after it, with every entry up to the position in it.
    ({ minPosition }, env) => ledgerCaughtUp(env, minPosition),
  ],
  // The schedule only grows and a list is never edited, so reading it outside the account's stream is safe.
  command: async ({ minPosition: _seen, ...data }, env) => {
    const schedule = await env.state(memberPriceSchedule, PRICE_SCHEDULE_ID);
    return { type: 'SettleMember', data: { ...data, priceLists: schedule.lists } };
  },
  http: {
    tag: 'settlement',
    roles: ['manager'],
    path: '/member-accounts/:memberId/settlements',
    body: SettleMemberDto,
    description:
      "Settles the member's unsettled entries up to periodTo: eggs × price − feed − deductions = net. Each lot's " +
      'eggs are paid at the member price list in force on its collection day (422 no_price_list_in_force, ' +
      'size_not_priced otherwise); each egg line names its list.',
  },
});
