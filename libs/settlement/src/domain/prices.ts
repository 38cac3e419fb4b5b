import { InvariantViolated, requireDistinct } from '@khai/core';

import type { MemberEggPrice } from './member-price-list.events';

/** Each size priced once, in whole satang, at least one egg's worth; sorted by size. */
export function normalisedPrices(prices: readonly MemberEggPrice[]): readonly MemberEggPrice[] {
  if (prices.length === 0) throw new InvariantViolated('prices_required', 'a price list prices at least one size');
  requireDistinct(
    prices.map((p) => p.size),
    'duplicate_size_class',
    'each size class may be priced once',
  );
  const bad = prices.filter((p) => !Number.isSafeInteger(p.satangPerEgg) || p.satangPerEgg < 1);
  if (bad.length > 0) {
    throw new InvariantViolated('invalid_price', 'prices are whole satang per egg, at least 1', { sizes: bad });
  }
  return [...prices].sort((a, b) => a.size - b.size).map((p) => ({ size: p.size, satangPerEgg: p.satangPerEgg }));
}
