import type { MemberEggPricesSet, MemberPriceListEvent } from './member-price-list.events';

export type MemberPriceListState =
  { readonly status: 'none' } | { readonly status: 'set'; readonly priceList: MemberEggPricesSet['data'] };

export const initialMemberPriceListState: MemberPriceListState = { status: 'none' };

export function evolveMemberPriceList(_state: MemberPriceListState, event: MemberPriceListEvent): MemberPriceListState {
  return { status: 'set', priceList: event.data };
}
