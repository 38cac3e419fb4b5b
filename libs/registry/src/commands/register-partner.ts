import { ID_PATTERN, IsBusinessDate, IsFreeText, MatchesPattern } from '@khai/contracts';
import { happenedBy } from '@khai/event-sourcing';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

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
  @ApiProperty({ example: 'B-TOPS' })
  @MatchesPattern(ID_PATTERN)
  partnerId!: string;

  @ApiProperty({ example: 'Tops Market' })
  @IsString()
  @Length(1, 200)
  @IsFreeText({ notBlank: true })
  name!: string;

  @ApiProperty({ enum: PARTNER_KINDS })
  @IsIn(PARTNER_KINDS)
  kind!: PartnerKind;

  @ApiPropertyOptional({ enum: BUYER_CHANNELS, description: 'required for a BUYER, refused (422) for any other kind' })
  @IsOptional()
  @IsIn(BUYER_CHANNELS)
  channel?: BuyerChannel;

  @ApiPropertyOptional({
    enum: CHAIN_STAGES,
    description: 'defaults from the kind: suppliers UPSTREAM, PROCESSOR MIDSTREAM, BUYER DOWNSTREAM, others SUPPORT',
  })
  @IsOptional()
  @IsIn(CHAIN_STAGES)
  stage?: ChainStage;

  @ApiPropertyOptional({ example: 'เชียงใหม่', description: 'province (จังหวัด)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @IsFreeText({ notBlank: true })
  province?: string;

  @ApiPropertyOptional({ example: '0105536092641', description: '13 digits with the citizen id’s check digit' })
  @IsOptional()
  @IsTaxId()
  taxId?: string;

  @ApiProperty({ example: '2022-01-10', description: 'ISO date the partner comes onto the map' })
  @IsBusinessDate()
  registeredOn!: string;
}

export const registerPartner = partner.useCase({
  name: 'RegisterPartner',
  streamId: (d: RegisterPartner['data']) => d.partnerId,
  checks: [happenedBy('registeredOn')],
  http: { tag: 'registry', roles: ['manager'], path: '/partners', body: RegisterPartnerDto },
});
