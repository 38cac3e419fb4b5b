import { IsSatangPerEgg, SIZE_CLASSES, type SizeClass } from '@khai/contracts';

import { Field, ListField, OneOfField } from './fields';

/** A price for one size class (เบอร์), in satang per egg: part of many request and answer bodies. */
export class SizePriceDto {
  @OneOfField(SIZE_CLASSES, { description: 'TAS size class (เบอร์)' })
  size!: SizeClass;

  @Field({ example: 365, description: 'satang per egg' }, IsSatangPerEgg())
  satangPerEgg!: number;
}

/**
 * A list of prices, one per size class: each checked as a SizePriceDto, at most one per class
 * (`minItems` 1 unless `mayBeEmpty`). One decorator for every list of size prices a write takes.
 */
export function SizePrices(description: string, options: { mayBeEmpty?: boolean } = {}): PropertyDecorator {
  return ListField(SizePriceDto, { min: options.mayBeEmpty ? 0 : 1, max: SIZE_CLASSES.length }, { description });
}
