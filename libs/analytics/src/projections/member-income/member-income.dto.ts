import { ID_PATTERN, MatchesPattern, SIZE_CLASSES, type SizeClass } from '@khai/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

import { PCT_RULE, SATANG_RULE } from '../../metrics/rounding';
import { PeriodParams } from '../../read-side/period-params';
import type { ClusterDistribution, MemberIncome } from './income-figures';

export class MemberIncomeParams extends PeriodParams {
  @ApiPropertyOptional({ description: 'only this member; the cluster distribution still covers every member' })
  @IsOptional()
  @MatchesPattern(ID_PATTERN)
  memberId?: string;
}

class SizeEggsDto {
  @ApiProperty({ enum: SIZE_CLASSES }) size!: number;
  @ApiProperty() eggs!: number;
}

export class MemberIncomeDto {
  @ApiProperty() memberId!: string;
  @ApiProperty({
    nullable: true,
    enum: ['member-price', 'reference-price', 'mixed'],
    description:
      'member-price: every graded egg at the member price list in force on its day; reference-price: at the ' +
      'reference price in force (no member list priced it); mixed: some of each',
  })
  revenueBasis!: 'member-price' | 'reference-price' | 'mixed' | null;
  @ApiProperty() eggsAtMemberPrice!: number;
  @ApiProperty() eggsAtReferencePrice!: number;
  @ApiProperty({ description: 'graded eggs with no price of any kind in force: left out of revenue' })
  eggsUnpriced!: number;
  @ApiProperty({ type: [SizeEggsDto] }) eggsBySize!: SizeEggsDto[];
  @ApiProperty() rejectedEggs!: number;
  @ApiProperty({ description: 'graded + rejected' }) eggs!: number;
  @ApiProperty() eggRevenueSatang!: number;
  @ApiProperty() feedKg!: number;
  @ApiProperty() feedCostSatang!: number;
  @ApiProperty({ description: 'egg revenue − feed cost' }) iofcSatang!: number;
  @ApiProperty({ nullable: true, type: Number, description: `iofcSatang / henDays, ${SATANG_RULE}` })
  iofcPerHenDaySatang!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: `iofcSatang / eggs, ${SATANG_RULE}` })
  iofcPerEggSatang!: number | null;
  @ApiProperty({ description: 'Σ hens alive each day of the period' }) henDays!: number;
  @ApiProperty({ description: 'hens alive on the first day of the period' }) hensAliveAtStart!: number;
  @ApiProperty({
    description:
      'Σ over the days each flock was housed in the period of its hens housed at placement (hen-days housed)',
  })
  housedHenDays!: number;
  @ApiProperty() hensPlacedInPeriod!: number;
  @ApiProperty() deaths!: number;
  @ApiProperty() culled!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: `hen-day production: eggs (graded + rejected) ÷ henDays × 100; ${PCT_RULE}`,
  })
  henDayPct!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: `hen-housed production (the trade's measure): eggs ÷ housedHenDays × 100, hens counted as housed at placement, so deaths and culls since then lower it; ${PCT_RULE}`,
  })
  henHousedPct!: number | null;
  @ApiProperty() eggMassKg!: number;
  @ApiProperty({ nullable: true, type: Number }) meanEggGrams!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'kg feed ÷ kg eggs' }) fcr!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'grams of feed per hen per day: feedKg × 1,000 ÷ henDays, unrounded',
  })
  feedGramsPerHenDay!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'g per hen per day' })
  eggMassGramsPerHenDay!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: `deaths ÷ (hensAliveAtStart + hensPlacedInPeriod) × 100; culls are not deaths; ${PCT_RULE}`,
  })
  mortalityPct!: number | null;
}

/** mean, median, p10 and p90 rounded as the measure is (satang or percent); gini unrounded. */
export class DistributionDto {
  @ApiProperty() n!: number;
  @ApiProperty({ nullable: true, type: Number }) mean!: number | null;
  @ApiProperty({ nullable: true, type: Number }) median!: number | null;
  @ApiProperty({ nullable: true, type: Number }) p10!: number | null;
  @ApiProperty({ nullable: true, type: Number }) p90!: number | null;
  @ApiProperty({ nullable: true, type: Number }) gini!: number | null;
  @ApiProperty({ nullable: true, enum: ['NEGATIVE_VALUES', 'NON_POSITIVE_MEAN'] })
  giniCaveat!: 'NEGATIVE_VALUES' | 'NON_POSITIVE_MEAN' | null;
}

export class ClusterDistributionDto {
  @ApiProperty({
    type: DistributionDto,
    description:
      "each member's exact iofcPerHenDaySatang, over the members with hen-days in the period; " +
      `mean, median, p10, p90: ${SATANG_RULE}`,
  })
  iofcPerHenDaySatang!: DistributionDto;
  @ApiProperty({
    type: DistributionDto,
    description:
      "each member's exact henDayPct, over the members with hen-days in the period; " +
      `mean, median, p10, p90: ${PCT_RULE}`,
  })
  henDayPct!: DistributionDto;
  @ApiProperty({
    type: DistributionDto,
    description: `income over feed cost, over every member with figures; mean, median, p10, p90: ${SATANG_RULE}`,
  })
  iofcSatang!: DistributionDto;
}

export class EggGramsDto {
  @ApiProperty({ enum: SIZE_CLASSES, description: 'TAS size class (เบอร์)' }) size!: SizeClass;
  @ApiProperty({ example: 62.5, description: 'mean weight of an egg of this size, grams' }) grams!: number;
}

export class MemberIncomeReportDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty() days!: number;
  @ApiProperty({
    type: [EggGramsDto],
    description:
      'the egg weights that egg mass, mean egg weight and FCR were computed with (TAS 6702 midpoints unless configured)',
  })
  eggGrams!: EggGramsDto[];
  @ApiProperty({ description: 'log position the answer reflects' }) position!: number;
  @ApiProperty({ type: [MemberIncomeDto] }) members!: MemberIncome[];
  @ApiProperty({ type: ClusterDistributionDto, description: 'every member, whatever memberId asks' })
  cluster!: ClusterDistribution;
}
