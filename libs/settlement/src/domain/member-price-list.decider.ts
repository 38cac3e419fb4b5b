import { aggregate, Conflict, type Decider, sameFacts } from '@khai/core';

import type { MemberEggPricesSet, MemberPriceListEvent } from './member-price-list.events';
import {
  evolveMemberPriceSchedule,
  initialMemberPriceScheduleState,
  type MemberPriceScheduleState,
} from './member-price-list.state';
import { normalisedPrices } from './prices';

export type SetMemberEggPrices = { readonly type: 'SetMemberEggPrices'; readonly data: MemberEggPricesSet['data'] };
export type MemberPriceListCommand = SetMemberEggPrices;

/**
 * The cooperative's schedule of member price lists, one stream, so that a
 * settlement reads every list in force for its eggs at once and consistently.
 * A list is set once and never edited: settlements keep the id they were paid
 * by, so a new price is a new list. A repeat that differs only in `setOn` is a retry.
 */
export const memberPriceScheduleDecider: Decider<
  MemberPriceListCommand,
  MemberPriceListEvent,
  MemberPriceScheduleState
> = {
  initialState: initialMemberPriceScheduleState,
  evolve: evolveMemberPriceSchedule,
  decide({ data }, state) {
    const priceList = { ...data, prices: normalisedPrices(data.prices) };
    const earlier = state.lists.find((l) => l.priceListId === data.priceListId);
    if (!earlier) return [{ type: 'MemberEggPricesSet', data: priceList }];
    const { setOn: _setOn, ...requested } = priceList;
    const { setOn: _was, ...current } = earlier;
    if (sameFacts(requested, current)) return [];
    throw new Conflict(
      'price_list_already_set',
      `price list ${data.priceListId} is already set with other prices; set a new list instead`,
      { priceListId: data.priceListId },
    );
  },
};

/** The schedule lives in one stream of the `memberpriceschedule` category. */
export const memberPriceSchedule = aggregate('memberpriceschedule', memberPriceScheduleDecider);
export const PRICE_SCHEDULE_ID = 'cooperative';
