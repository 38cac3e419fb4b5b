import { IsSatangPerEgg, MatchesPattern } from '@khai/contracts';
import { DayField, Field, plannedWithin, type SizePriceDto, SizePrices } from '@khai/event-sourcing';

import { type AnnounceReferencePrice, referencePrice, referencePriceId } from '../domain/reference-price.decider';

export class AnnounceReferencePriceDto {
  @Field(
    { example: 'coop-network', description: 'who announced it (lower-case slug)' },
    MatchesPattern(/^[a-z0-9][a-z0-9-]{0,62}$/),
  )
  source!: string;

  @DayField({ example: '2022-03-24', description: 'ISO date the price takes effect; at most 7 days ahead' })
  effectiveDate!: string;

  @Field({ example: 340, description: 'mixed eggs (ไข่คละ), satang per egg' }, IsSatangPerEgg())
  mixedSatangPerEgg!: number;

  @SizePrices('size ladder; may be empty', { mayBeEmpty: true })
  sizes!: SizePriceDto[];
}

export const announceReferencePrice = referencePrice.useCase({
  name: 'AnnounceReferencePrice',
  streamId: (d: AnnounceReferencePrice['data']) => referencePriceId(d.source, d.effectiveDate),
  // A price is announced for the day it takes effect or a few days before ("from Monday"), not further ahead.
  checks: [plannedWithin(7, 'effectiveDate')],
  http: { tag: 'market', roles: ['manager'], path: '/reference-prices', body: AnnounceReferencePriceDto },
});
