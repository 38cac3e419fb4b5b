import type { MemberEggPricesSet, MemberPriceListEvent } from './member-price-list.events';

export type MemberPriceList = MemberEggPricesSet['data'];

/** Every member price list of the cooperative, in the order they were set. */
export interface MemberPriceScheduleState {
  readonly lists: readonly MemberPriceList[];
}

export const initialMemberPriceScheduleState: MemberPriceScheduleState = { lists: [] };

export function evolveMemberPriceSchedule(
  state: MemberPriceScheduleState,
  event: MemberPriceListEvent,
): MemberPriceScheduleState {
  return { lists: [...state.lists, event.data] };
}

/**
 * The list in force on a day: the one with the latest `effectiveFrom` on or before
 * it; of two taking effect the same day, the one set later (as the income report
 * reads them). Undefined when no list has taken effect by then.
 */
export function listInForce(lists: readonly MemberPriceList[], day: string): MemberPriceList | undefined {
  let found: MemberPriceList | undefined;
  for (const list of lists) {
    if (list.effectiveFrom <= day && (!found || list.effectiveFrom >= found.effectiveFrom)) found = list;
  }
  return found;
}
