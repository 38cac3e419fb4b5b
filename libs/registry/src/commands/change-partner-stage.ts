import { IsBusinessDate, IsFreeText } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';

import { type ChangePartnerStage, partner } from '../domain/partner.decider';
import { CHAIN_STAGES, type ChainStage } from '../domain/partner.vocabulary';

/** The partner id comes from the path. */
export class ChangePartnerStageDto {
  @ApiProperty({ enum: CHAIN_STAGES })
  @IsIn(CHAIN_STAGES)
  stage!: ChainStage;

  @ApiProperty({ example: 'now grades and packs for the cooperative' })
  @IsString()
  @Length(1, 500)
  @IsFreeText({ notBlank: true })
  reason!: string;

  @ApiProperty({ example: '2023-02-01', description: 'ISO date of the move; not before the registration' })
  @IsBusinessDate()
  changedOn!: string;
}

export const changePartnerStage = partner.useCase({
  name: 'ChangePartnerStage',
  streamId: (d: ChangePartnerStage['data']) => d.partnerId,
  checks: [happenedBy('changedOn')],
  http: {
    tag: 'registry',
    roles: ['manager'],
    path: '/partners/:partnerId/stage',
    body: ChangePartnerStageDto,
  },
});
