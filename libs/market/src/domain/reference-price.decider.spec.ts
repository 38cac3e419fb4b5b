import { Conflict, InvariantViolated } from '@khai/event-sourcing';
import { given } from '@khai/testing';

import { type AnnounceReferencePrice, referencePriceDecider } from './reference-price.decider';
import type { ReferencePriceAnnounced } from './reference-price.events';

const announce: AnnounceReferencePrice = {
  type: 'AnnounceReferencePrice',
  data: {
    source: 'coop-network',
    effectiveDate: '2022-03-24',
    mixedSatangPerEgg: 340,
    sizes: [
      { size: 1, satangPerEgg: 400 },
      { size: 0, satangPerEgg: 420 },
    ],
  },
};

const announced: ReferencePriceAnnounced = {
  type: 'ReferencePriceAnnounced',
  data: {
    referencePriceId: 'coop-network.2022-03-24',
    source: 'coop-network',
    effectiveDate: '2022-03-24',
    mixedSatangPerEgg: 340,
    sizes: [
      { size: 0, satangPerEgg: 420 },
      { size: 1, satangPerEgg: 400 },
    ],
  },
};

describe('announcing a reference price', () => {
  it('records the mixed price and the ladder, sorted by size', () => {
    given(referencePriceDecider).when(announce).then([announced]);
  });

  it('is a no-op when the same price is announced again', () => {
    given(referencePriceDecider, [announced]).when(announce).thenNothing();
  });

  it('refuses a different price for the same source and day', () => {
    given(referencePriceDecider, [announced])
      .when({ ...announce, data: { ...announce.data, mixedSatangPerEgg: 350 } })
      .thenThrows(Conflict, 'reference_price_already_announced');
  });

  it('refuses a ladder that prices a size twice', () => {
    given(referencePriceDecider)
      .when({ ...announce, data: { ...announce.data, sizes: [...announce.data.sizes, { size: 0, satangPerEgg: 1 }] } })
      .thenThrows(InvariantViolated, 'duplicate_size_class');
  });
});
