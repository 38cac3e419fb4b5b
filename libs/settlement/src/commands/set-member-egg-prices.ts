import { DayField, happenedBy, IdField, plannedWithin, type SizePriceDto, SizePrices } from '@khai/event-sourcing';

import { memberPriceSchedule, PRICE_SCHEDULE_ID, type SetMemberEggPrices } from '../domain/member-price-list.decider';

export class SetMemberEggPricesDto {
  @IdField({ example: 'PL-2026-11' })
  priceListId!: string;

  @DayField({ example: '2026-11-01', description: 'ISO date from which the prices apply; at most 366 days ahead' })
  effectiveFrom!: string;

  @SizePrices('one price per size class, at least one')
  prices!: SizePriceDto[];

  @DayField({ example: '2026-10-28', description: 'ISO date the list was set; not after today' })
  setOn!: string;
}

export const setMemberEggPrices = memberPriceSchedule.useCase({
  name: 'SetMemberEggPrices',
  streamId: (_: SetMemberEggPrices['data']) => PRICE_SCHEDULE_ID,
  // A list is set ahead of the month it prices, at most a year ahead.
  checks: [happenedBy('setOn'), plannedWithin(366, 'effectiveFrom')],
  http: {
    tag: 'settlement',
    roles: ['manager'],
    path: '/member-price-lists',
    body: SetMemberEggPricesDto,
    description:
      'The prices per egg and size the cooperative pays its members from effectiveFrom on; set once, a new ' +
      'price is a new list. Every list is kept in one schedule: a settlement pays each lot at the list in force ' +
      'on its collection day (of two taking effect the same day, the one set later).',
  },
});
