import { feedSavings } from './feed-savings';

describe('feed savings', () => {
  it('adds up (market − negotiated) × kg and relates it to the market cost', () => {
    // 10,000 kg at 14.20 against a market of 15.00: (1,500 − 1,420) × 10,000 = 800,000 satang saved.
    // 2,500 kg at 15.40 against a market of 15.20: (1,520 − 1,540) × 2,500 = −50,000 (dearer than the market).
    // Market cost 15,000,000 + 3,800,000 = 18,800,000; negotiated 14,200,000 + 3,850,000 = 18,050,000.
    // Savings 750,000 satang = 7,500 THB; 750,000 / 18,800,000 = 0.0398936 = 3.98936 %.
    const s = feedSavings([
      { kg: 10_000, marketPricePerKgSatang: 1_500, negotiatedPricePerKgSatang: 1_420 },
      { kg: 2_500, marketPricePerKgSatang: 1_520, negotiatedPricePerKgSatang: 1_540 },
    ]);
    expect(s).toMatchObject({
      kg: 12_500,
      marketCostSatang: 18_800_000,
      negotiatedCostSatang: 18_050_000,
      savingsSatang: 750_000,
    });
    expect(s.savingsRatio).toBeCloseTo(0.0398936, 7);
    expect(s.savingsPct).toBeCloseTo(3.98936, 5);
  });

  it('has no percentage without purchases', () => {
    expect(feedSavings([])).toEqual({
      kg: 0,
      marketCostSatang: 0,
      negotiatedCostSatang: 0,
      savingsSatang: 0,
      savingsRatio: null,
      savingsPct: null,
    });
  });
});
