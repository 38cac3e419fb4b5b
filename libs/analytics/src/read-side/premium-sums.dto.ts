import { ApiProperty } from '@nestjs/swagger';

import { PCT_RULE, SATANG_RULE } from '../metrics/rounding';

/** Sales added up against the reference price in force on their days, size-matched. */
export class PremiumSumsDto {
  @ApiProperty() eggs!: number;
  @ApiProperty({ description: 'Σ eggs × price paid' }) realisedSatang!: number;
  @ApiProperty({ nullable: true, type: Number, description: `realisedSatang / eggs, ${SATANG_RULE}` })
  realisedSatangPerEgg!: number | null;
  @ApiProperty({ description: 'eggs sold on days no reference price was in force: left out of the premium' })
  eggsWithoutReference!: number;
  @ApiProperty({ description: 'Σ eggs × reference price of their size on their day (ladder, else mixed)' })
  referenceSatang!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: `referenceSatang / the eggs with a reference, ${SATANG_RULE}`,
  })
  referenceSatangPerEgg!: number | null;
  @ApiProperty({ description: 'Σ eggs × (price − reference), satang, over the eggs with a reference' })
  premiumSatang!: number;
  @ApiProperty({ description: 'premiumSatang in baht' }) premiumThb!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'premium over the reference, size-matched: Σ eggs × (price − reference) / Σ eggs × reference × 100 ' +
      `(premiumSatang / referenceSatang × 100) over the eggs with a reference; ${PCT_RULE}`,
  })
  premiumPct!: number | null;
}
