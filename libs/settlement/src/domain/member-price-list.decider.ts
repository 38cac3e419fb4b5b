import { aggregate, Conflict, type Decider, sameFacts } from '@khai/core';

import type { MemberEggPricesSet, MemberPriceListEvent } from './member-price-list.events';
import {
  evolveMemberPriceList,
  initialMemberPriceListState,
  type MemberPriceListState,
} from './member-price-list.state';
import { normalisedPrices } from './prices';

export type SetMemberEggPrices = { readonly type: 'SetMemberEggPrices'; readonly data: MemberEggPricesSet['data'] };
export type MemberPriceListCommand = SetMemberEggPrices;

/**
 * A price list is set once and never edited: settlements keep the id they were paid
 * by, so a new price is a new list. A repeat that differs only in `setOn` is a retry.
 */
export const memberPriceListDecider: Decider<MemberPriceListCommand, MemberPriceListEvent, MemberPriceListState> = {
  initialState: initialMemberPriceListState,
  evolve: evolveMemberPriceList,
  decide({ data }, state) {
    const priceList = { ...data, prices: normalisedPrices(data.prices) };
    if (state.status === 'none') return [{ type: 'MemberEggPricesSet', data: priceList }];
    const { setOn: _setOn, ...requested } = priceList;
    const { setOn: _was, ...current } = state.priceList;
    if (sameFacts(requested, current)) return [];
    throw new Conflict(
      'price_list_already_set',
      `price list ${data.priceListId} is already set with other prices; set a new list instead`,
      { priceListId: data.priceListId },
    );
  },
};

/** Member price lists live in the `memberpricelist` stream category. */
export const memberPriceList = aggregate('memberpricelist', memberPriceListDecider);
