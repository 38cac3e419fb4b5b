import { ID_PATTERN, IsBusinessDate, MatchesPattern } from '@khai/contracts';
import { happenedBy, plannedWithin, type SizePriceDto, SizePrices } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';

import { memberPriceList, type SetMemberEggPrices } from '../domain/member-price-list.decider';

export class SetMemberEggPricesDto {
  @ApiProperty({ example: 'PL-2026-11' })
  @MatchesPattern(ID_PATTERN)
  priceListId!: string;

  @ApiProperty({ example: '2026-11-01', description: 'ISO date from which the prices apply; at most 366 days ahead' })
  @IsBusinessDate()
  effectiveFrom!: string;

  @SizePrices('one price per size class, at least one')
  prices!: SizePriceDto[];

  @ApiProperty({ example: '2026-10-28', description: 'ISO date the list was set; not after today' })
  @IsBusinessDate()
  setOn!: string;
}

export const setMemberEggPrices = memberPriceList.useCase({
  name: 'SetMemberEggPrices',
  streamId: (d: SetMemberEggPrices['data']) => d.priceListId,
  // A list is set ahead of the month it prices, at most a year ahead.
  checks: [happenedBy('setOn'), plannedWithin(366, 'effectiveFrom')],
  http: {
    tag: 'settlement',
    path: '/member-price-lists',
    body: SetMemberEggPricesDto,
    description: 'The prices per egg and size the cooperative pays its members; set once, a new price is a new list.',
  },
});
