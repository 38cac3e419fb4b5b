import { DayField, happenedBy, TextField } from '@khai/event-sourcing';
import { OmitType, PickType } from '@nestjs/swagger';

import { referencePrice, referencePriceId, type ReviseReferencePrice } from '../domain/reference-price.decider';
import { AnnounceReferencePriceDto } from './announce-reference-price';

/** The price revised: its source and effective date, from the path, checked as when it was announced. */
export class ReferencePricePath extends PickType(AnnounceReferencePriceDto, ['source', 'effectiveDate'] as const) {}

export class ReviseReferencePriceDto extends OmitType(AnnounceReferencePriceDto, ['source', 'effectiveDate'] as const) {
  @TextField(500, { example: 'the report was misread' })
  reason!: string;

  @DayField({ example: '2022-03-25' })
  revisedOn!: string;
}

/** A correction of an announced price; the reason is kept. */
export const reviseReferencePrice = referencePrice.useCase({
  name: 'ReviseReferencePrice',
  streamId: (d: ReviseReferencePrice['data']) => referencePriceId(d.source, d.effectiveDate),
  checks: [happenedBy('revisedOn')],
  http: {
    tag: 'market',
    roles: ['manager'],
    path: '/reference-prices/:source/:effectiveDate/revisions',
    body: ReviseReferencePriceDto,
    params: ReferencePricePath,
  },
});
