import {
  aggregate,
  assertNever,
  Conflict,
  type Decider,
  InvariantViolated,
  NotFound,
  requireDistinct,
  sameFacts,
} from '@khai/core';

import type { ReferencePrice, ReferencePriceEvent } from './reference-price.events';
import { evolveReferencePrice, initialReferencePriceState, type ReferencePriceState } from './reference-price.state';

type PriceData = Omit<ReferencePrice, 'referencePriceId'>;

export type AnnounceReferencePrice = { readonly type: 'AnnounceReferencePrice'; readonly data: PriceData };
export type ReviseReferencePrice = {
  readonly type: 'ReviseReferencePrice';
  readonly data: PriceData & { readonly reason: string; readonly revisedOn: string };
};
export type ReferencePriceCommand = AnnounceReferencePrice | ReviseReferencePrice;

/** One stream per source and effective date. */
export function referencePriceId(source: string, effectiveDate: string): string {
  return `${source}.${effectiveDate}`;
}

function normalised(data: PriceData): ReferencePrice {
  requireDistinct(
    data.sizes.map((s) => s.size),
    'duplicate_size_class',
    'each size class may be priced once',
  );
  return {
    referencePriceId: referencePriceId(data.source, data.effectiveDate),
    source: data.source,
    effectiveDate: data.effectiveDate,
    mixedSatangPerEgg: data.mixedSatangPerEgg,
    sizes: [...data.sizes].sort((a, b) => a.size - b.size).map((s) => ({ size: s.size, satangPerEgg: s.satangPerEgg })),
  };
}

export const referencePriceDecider: Decider<ReferencePriceCommand, ReferencePriceEvent, ReferencePriceState> = {
  initialState: initialReferencePriceState,
  evolve: evolveReferencePrice,
  decide(command, state) {
    switch (command.type) {
      case 'AnnounceReferencePrice': {
        const price = normalised(command.data);
        if (state.status === 'none') return [{ type: 'ReferencePriceAnnounced', data: price }];
        if (sameFacts(state.announcement, price)) return [];
        throw new Conflict(
          'reference_price_already_announced',
          `${price.source} already announced a different price effective ${price.effectiveDate}; revise it with a reason`,
          { referencePriceId: price.referencePriceId },
        );
      }
      case 'ReviseReferencePrice': {
        const { reason, revisedOn, ...data } = command.data;
        const price = normalised(data);
        if (state.status === 'none') {
          throw new NotFound(
            `no price of ${price.source} effective ${price.effectiveDate} to revise`,
            { source: price.source, effectiveDate: price.effectiveDate },
            'reference_price_not_found',
          );
        }
        if (sameFacts(state.announcement, price)) return [];
        if (reason.trim() === '') throw new InvariantViolated('reason_required', 'a revision needs a reason');
        return [{ type: 'ReferencePriceRevised', data: { ...price, reason, revisedOn } }];
      }
      default:
        return assertNever(command);
    }
  },
};

/** Reference prices live in the `referenceprice` stream category, one stream per source and day. */
export const referencePrice = aggregate('referenceprice', referencePriceDecider);
