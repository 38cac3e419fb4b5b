import { exactProduct, exactSum, ratioOrNull } from './rounding';

/** Feed bought under a negotiated contract, with the market price it is compared with. */
export interface FeedPurchase {
  readonly kg: number;
  readonly marketPricePerKgSatang: number;
  readonly negotiatedPricePerKgSatang: number;
}

export interface FeedSavings {
  readonly kg: number;
  /** Σ market × kg: what the feed would have cost bought at the market price. */
  readonly marketCostSatang: number;
  /** Σ negotiated × kg: what it cost. */
  readonly negotiatedCostSatang: number;
  /** Σ (market − negotiated) × kg; negative when the contract was dearer than the market. */
  readonly savingsSatang: number;
  /** savings / market cost, a ratio (× 100 for %); null with no market cost. */
  readonly savingsRatio: number | null;
  readonly savingsPct: number | null;
}

/** What collective buying saved against the market price, to the satang. */
export function feedSavings(purchases: readonly FeedPurchase[]): FeedSavings {
  const kg = exactSum(
    purchases.map((p) => p.kg),
    'kg',
  );
  const marketCostSatang = exactSum(purchases.map((p) => exactProduct(p.kg, p.marketPricePerKgSatang)));
  const negotiatedCostSatang = exactSum(purchases.map((p) => exactProduct(p.kg, p.negotiatedPricePerKgSatang)));
  const savingsSatang = marketCostSatang - negotiatedCostSatang;
  const savingsRatio = ratioOrNull(savingsSatang, marketCostSatang);
  return {
    kg,
    marketCostSatang,
    negotiatedCostSatang,
    savingsSatang,
    savingsRatio,
    savingsPct: savingsRatio === null ? null : (savingsSatang * 100) / marketCostSatang,
  };
}
