import { DayField, Field, happenedBy, IdField, OneOfField, TextField } from '@khai/event-sourcing';

import { partner, type RegisterPartner } from '../domain/partner.decider';
import {
  BUYER_CHANNELS,
  type BuyerChannel,
  CHAIN_STAGES,
  type ChainStage,
  PARTNER_KINDS,
  type PartnerKind,
} from '../domain/partner.vocabulary';
import { IsTaxId } from './is-thai-id.validator';

export class RegisterPartnerDto {
  @IdField({ example: 'B-TOPS' })
  partnerId!: string;

  @TextField(200, { example: 'Tops Market' })
  name!: string;

  @OneOfField(PARTNER_KINDS)
  kind!: PartnerKind;

  @OneOfField(BUYER_CHANNELS, { description: 'required for a BUYER, refused (422) for any other kind', optional: true })
  channel?: BuyerChannel;

  @OneOfField(CHAIN_STAGES, {
    description: 'defaults from the kind: suppliers UPSTREAM, PROCESSOR MIDSTREAM, BUYER DOWNSTREAM, others SUPPORT',
    optional: true,
  })
  stage?: ChainStage;

  @TextField(100, { example: 'เชียงใหม่', description: 'province (จังหวัด)', optional: true })
  province?: string;

  @Field(
    { example: '0105536092641', description: '13 digits with the citizen id’s check digit', optional: true },
    IsTaxId(),
  )
  taxId?: string;

  @DayField({ example: '2022-01-10', description: 'ISO date the partner comes onto the map' })
  registeredOn!: string;
}

export const registerPartner = partner.useCase({
  name: 'RegisterPartner',
  streamId: (d: RegisterPartner['data']) => d.partnerId,
  checks: [happenedBy('registeredOn')],
  http: { tag: 'registry', roles: ['manager'], path: '/partners', body: RegisterPartnerDto },
});
