import { Conflict, InvariantViolated } from '@khai/core';
import { given } from '@khai/testing';

import { memberPriceScheduleDecider, type SetMemberEggPrices } from './member-price-list.decider';
import type { MemberEggPricesSet } from './member-price-list.events';
import { listInForce, type MemberPriceList } from './member-price-list.state';

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
  it('sets the prices, sorted by size', () => given(memberPriceScheduleDecider).when(set).then([wasSet]));

  it('is a no-op for the same list, also when retried on another day', () => {
    given(memberPriceScheduleDecider, [wasSet]).when(set).thenNothing();
    given(memberPriceScheduleDecider, [wasSet])
      .when({ ...set, data: { ...set.data, setOn: '2026-10-29' } })
      .thenNothing();
  });

  it('refuses other prices under the same list id', () => {
    given(memberPriceScheduleDecider, [wasSet])
      .when({ ...set, data: { ...set.data, prices: [{ size: 0, satangPerEgg: 430 }] } })
      .thenThrows(Conflict, 'price_list_already_set');
    given(memberPriceScheduleDecider, [wasSet])
      .when({ ...set, data: { ...set.data, effectiveFrom: '2026-11-02' } })
      .thenThrows(Conflict, 'price_list_already_set');
  });

  it('refuses an empty list, a size priced twice, and a price below one satang', () => {
    given(memberPriceScheduleDecider)
      .when({ ...set, data: { ...set.data, prices: [] } })
      .thenThrows(InvariantViolated, 'prices_required');
    given(memberPriceScheduleDecider)
      .when({ ...set, data: { ...set.data, prices: [...set.data.prices, { size: 0, satangPerEgg: 1 }] } })
      .thenThrows(InvariantViolated, 'duplicate_size_class');
    given(memberPriceScheduleDecider)
      .when({ ...set, data: { ...set.data, prices: [{ size: 0, satangPerEgg: 4.2 }] } })
      .thenThrows(InvariantViolated, 'invalid_price');
  });
});

describe('the schedule of member price lists', () => {
  it('keeps every list in one stream: another id is another list', () => {
    const december = { ...set, data: { ...set.data, priceListId: 'PL-2026-12', effectiveFrom: '2026-12-01' } };
    given(memberPriceScheduleDecider, [wasSet])
      .when(december)
      .then([
        {
          type: 'MemberEggPricesSet',
          data: { ...wasSet.data, priceListId: 'PL-2026-12', effectiveFrom: '2026-12-01' },
        },
      ]);
  });

  const list = (priceListId: string, effectiveFrom: string): MemberPriceList => ({
    priceListId,
    effectiveFrom,
    prices: [{ size: 0, satangPerEgg: 400 }],
    setOn: '2026-01-01',
  });

  it('finds the list in force on a day: the latest to take effect by then, the later set on a tie', () => {
    const lists = [list('A', '2026-11-01'), list('C', '2026-12-01'), list('B', '2026-11-01')];
    expect(listInForce(lists, '2026-10-31')).toBeUndefined();
    expect(listInForce(lists, '2026-11-01')?.priceListId).toBe('B');
    expect(listInForce(lists, '2026-11-30')?.priceListId).toBe('B');
    expect(listInForce(lists, '2026-12-01')?.priceListId).toBe('C');
    expect(listInForce(lists, '2027-06-01')?.priceListId).toBe('C');
  });
});
