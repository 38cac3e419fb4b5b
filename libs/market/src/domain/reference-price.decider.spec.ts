import { Conflict, InvariantViolated, NotFound } from '@khai/core';
import { given, withKeysReversed } from '@khai/testing';

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

  it('is a no-op when the same price is announced again and the stored one has its keys in another order', () => {
    given(referencePriceDecider, [withKeysReversed(announced)])
      .when(announce)
      .thenNothing();
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

describe('revising a reference price', () => {
  const revise = {
    type: 'ReviseReferencePrice' as const,
    data: { ...announce.data, mixedSatangPerEgg: 330, reason: 'misread the report', revisedOn: '2022-03-25' },
  };

  it('records the corrected price with its reason', () => {
    given(referencePriceDecider, [announced])
      .when(revise)
      .then([
        {
          type: 'ReferencePriceRevised',
          data: { ...announced.data, mixedSatangPerEgg: 330, reason: 'misread the report', revisedOn: '2022-03-25' },
        },
      ]);
  });

  it('is a no-op when the revision changes nothing', () => {
    given(referencePriceDecider, [announced])
      .when({ ...revise, data: { ...announce.data, reason: 'same', revisedOn: '2022-03-25' } })
      .thenNothing();
  });

  it('cannot revise what was never announced, nor without a reason', () => {
    given(referencePriceDecider).when(revise).thenThrows(NotFound, 'reference_price_not_found');
    given(referencePriceDecider, [announced])
      .when({ ...revise, data: { ...revise.data, reason: ' ' } })
      .thenThrows(InvariantViolated, 'reason_required');
  });
});
