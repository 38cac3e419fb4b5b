import { Conflict, type Decider, InvariantViolated } from '@khai/event-sourcing';

import type { ReferencePriceAnnounced, ReferencePriceEvent } from './reference-price.events';
import { evolveReferencePrice, initialReferencePriceState, type ReferencePriceState } from './reference-price.state';

export type AnnounceReferencePrice = {
  readonly type: 'AnnounceReferencePrice';
  readonly data: Omit<ReferencePriceAnnounced['data'], 'referencePriceId'>;
};

export type ReferencePriceCommand = AnnounceReferencePrice;

/** One stream per source and effective date. */
export function referencePriceId(source: string, effectiveDate: string): string {
  return `${source}.${effectiveDate}`;
}

export const referencePriceDecider: Decider<ReferencePriceCommand, ReferencePriceEvent, ReferencePriceState> = {
  initialState: initialReferencePriceState,
  evolve: evolveReferencePrice,
  decide(command, state) {
    const { data } = command;
    const sizes = new Set(data.sizes.map((s) => s.size));
    if (sizes.size !== data.sizes.length) {
      throw new InvariantViolated('duplicate_size_class', 'each size class may be priced once');
    }
    const announced: ReferencePriceAnnounced = {
      type: 'ReferencePriceAnnounced',
      data: {
        referencePriceId: referencePriceId(data.source, data.effectiveDate),
        ...data,
        sizes: [...data.sizes].sort((a, b) => a.size - b.size),
      },
    };
    if (state.status === 'none') return [announced];
    if (JSON.stringify(state.announcement) === JSON.stringify(announced.data)) return [];
    throw new Conflict(
      'reference_price_already_announced',
      `${data.source} already announced a different price effective ${data.effectiveDate}`,
      { referencePriceId: announced.data.referencePriceId },
    );
  },
};
