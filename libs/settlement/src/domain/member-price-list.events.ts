import type { Satang, SizeClass } from '@khai/contracts';

export interface MemberEggPrice {
  readonly size: SizeClass;
  readonly satangPerEgg: Satang;
}

/** The prices the cooperative pays its members per egg and size, from a date on. */
export type MemberEggPricesSet = {
  readonly type: 'MemberEggPricesSet';
  readonly data: {
    readonly priceListId: string;
    /** ISO date (Asia/Bangkok business day) from which the prices apply. */
    readonly effectiveFrom: string;
    /** Sorted by size class, each size once. */
    readonly prices: readonly MemberEggPrice[];
    /** ISO date the list was set. */
    readonly setOn: string;
  };
};

export type MemberPriceListEvent = MemberEggPricesSet;
