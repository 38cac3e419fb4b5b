import { DayField, happenedBy, OneOfField, TextField } from '@khai/event-sourcing';

import { type ChangePartnerStage, partner } from '../domain/partner.decider';
import { CHAIN_STAGES, type ChainStage } from '../domain/partner.vocabulary';

/** The partner id comes from the path. */
export class ChangePartnerStageDto {
  @OneOfField(CHAIN_STAGES)
  stage!: ChainStage;

  @TextField(500, { example: 'now grades and packs for the cooperative' })
  reason!: string;

  @DayField({ example: '2023-02-01', description: 'ISO date of the move; not before the registration' })
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
