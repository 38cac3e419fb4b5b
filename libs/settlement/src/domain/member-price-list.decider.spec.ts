import { Conflict, InvariantViolated } from '@khai/core';
import { given } from '@khai/testing';

import { memberPriceListDecider, type SetMemberEggPrices } from './member-price-list.decider';
import type { MemberEggPricesSet } from './member-price-list.events';

const set: SetMemberEggPrices = {
  type: 'SetMemberEggPrices',
  data: {
    priceListId: 'PL-2026-11',
    effectiveFrom: '2026-11-01',
    prices: [
      { size: 3, satangPerEgg: 350 },
      { size: 0, satangPerEgg: 420 },
      { size: 2, satangPerEgg: 380 },
    ],
    setOn: '2026-10-28',
  },
};

const wasSet: MemberEggPricesSet = {
  type: 'MemberEggPricesSet',
  data: {
    priceListId: 'PL-2026-11',
    effectiveFrom: '2026-11-01',
    prices: [
      { size: 0, satangPerEgg: 420 },
      { size: 2, satangPerEgg: 380 },
      { size: 3, satangPerEgg: 350 },
    ],
    setOn: '2026-10-28',
  },
};

describe('setting member egg prices', () => {
  it('sets the prices, sorted by size', () => given(memberPriceListDecider).when(set).then([wasSet]));

  it('is a no-op for the same list, also when retried on another day', () => {
    given(memberPriceListDecider, [wasSet]).when(set).thenNothing();
    given(memberPriceListDecider, [wasSet])
      .when({ ...set, data: { ...set.data, setOn: '2026-10-29' } })
      .thenNothing();
  });

  it('refuses other prices under the same list id', () => {
    given(memberPriceListDecider, [wasSet])
      .when({ ...set, data: { ...set.data, prices: [{ size: 0, satangPerEgg: 430 }] } })
      .thenThrows(Conflict, 'price_list_already_set');
    given(memberPriceListDecider, [wasSet])
      .when({ ...set, data: { ...set.data, effectiveFrom: '2026-11-02' } })
      .thenThrows(Conflict, 'price_list_already_set');
  });

  it('refuses an empty list, a size priced twice, and a price below one satang', () => {
    given(memberPriceListDecider)
      .when({ ...set, data: { ...set.data, prices: [] } })
      .thenThrows(InvariantViolated, 'prices_required');
    given(memberPriceListDecider)
      .when({ ...set, data: { ...set.data, prices: [...set.data.prices, { size: 0, satangPerEgg: 1 }] } })
      .thenThrows(InvariantViolated, 'duplicate_size_class');
    given(memberPriceListDecider)
      .when({ ...set, data: { ...set.data, prices: [{ size: 0, satangPerEgg: 4.2 }] } })
      .thenThrows(InvariantViolated, 'invalid_price');
  });
});
