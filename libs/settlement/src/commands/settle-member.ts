import { registeredMember } from '@khai/cluster';
import { ID_PATTERN, IsBusinessDate, IsWhole, MatchesPattern } from '@khai/contracts';
import { happenedBy, NotFound } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';

import type { SettleMember } from '../domain/member-account.commands';
import { memberAccount } from '../domain/member-account.decider';
import { memberPriceList } from '../domain/member-price-list.decider';

export class DeductionDto {
  @ApiProperty({ example: 'ค่าหุ้นสหกรณ์ (share capital)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reason!: string;

  @ApiProperty({ example: 50_000, description: 'satang, not negative' })
  @IsWhole(0, 100_000_000_000)
  amountSatang!: number;
}

/** The member id comes from the path. */
export class SettleMemberDto {
  @ApiProperty({ example: 'S-2026-11' })
  @MatchesPattern(ID_PATTERN)
  settlementId!: string;

  @ApiProperty({ example: '2026-11-01' })
  @IsBusinessDate()
  periodFrom!: string;

  @ApiProperty({
    example: '2026-11-30',
    description: 'entries dated on or before this day and not yet settled are settled',
  })
  @IsBusinessDate()
  periodTo!: string;

  @ApiProperty({ example: '2026-12-02' })
  @IsBusinessDate()
  settledOn!: string;

  @ApiProperty({ example: 'PL-2026-11', description: 'the member price list to pay the eggs at' })
  @MatchesPattern(ID_PATTERN)
  priceListId!: string;

  @ApiProperty({ type: [DeductionDto], description: 'other deductions, each with its reason; may be empty' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => DeductionDto)
  deductions!: DeductionDto[];
}

/** A registered member's period that has ended; the prices come from the price list named, not from the caller. */
export const settleMember = memberAccount.useCase({
  name: 'SettleMember',
  streamId: (d: Omit<SettleMember['data'], 'prices'>) => d.memberId,
  checks: [
    happenedBy('periodFrom', 'periodTo', 'settledOn'),
    async ({ memberId }, env) => {
      await registeredMember(env, memberId);
    },
  ],
  // A price list is never edited once set, so reading it outside the account's stream is safe.
  command: async (data, env) => {
    const list = await env.state(memberPriceList, data.priceListId);
    if (list.status === 'none') {
      throw new NotFound(
        `no price list ${data.priceListId}`,
        { priceListId: data.priceListId },
        'price_list_not_found',
      );
    }
    return { type: 'SettleMember', data: { ...data, prices: list.priceList.prices } };
  },
  http: {
    tag: 'settlement',
    path: '/member-accounts/:memberId/settlements',
    body: SettleMemberDto,
    description: "Settles the member's unsettled entries up to periodTo: eggs × price − feed − deductions = net.",
  },
});
