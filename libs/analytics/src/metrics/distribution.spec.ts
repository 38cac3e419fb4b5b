import { distribution, gini, percentile } from './distribution';

describe('distribution across members', () => {
  it('takes percentiles by linear interpolation between closest ranks (numpy default)', () => {
    // 1 … 10: h = 9p. p10: h = 0.9 → 1 + 0.9 × (2 − 1) = 1.9; median h = 4.5 → 5.5; p90: h = 8.1 → 9.1.
    const d = distribution([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(d.p10).toBeCloseTo(1.9, 12);
    expect(d.median).toBe(5.5);
    expect(d.p90).toBeCloseTo(9.1, 12);
    expect(d.mean).toBe(5.5);
    expect(percentile([3], 0.9)).toBe(3);
    expect(percentile([1, 2], 1)).toBe(2);
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
  });

  it('computes Gini as mean absolute difference over twice the mean', () => {
    // 1 … 10: Σᵢ Σⱼ |xᵢ − xⱼ| = 2 × Σ_d d (10 − d) = 2 × 165 = 330; MAD = 330 / 100 = 3.3;
    // Gini = 3.3 / (2 × 5.5) = 0.3.
    expect(distribution([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).gini).toBeCloseTo(0.3, 12);
    // 0, 0, 0, 100: the six ordered pairs with 100 differ by 100 → 600 / 16 = 37.5; / (2 × 25) = 0.75.
    expect(gini([0, 0, 0, 100])).toEqual({ gini: 0.75, caveat: null });
    // All equal: 0, whatever the level.
    expect(gini([7, 7, 7])).toEqual({ gini: 0, caveat: null });
    expect(gini([-3, -3])).toEqual({ gini: 0, caveat: null });
  });

  it('handles negative values and a zero mean explicitly', () => {
    // −10, 10, 30: pair differences 20, 40, 20 → ×2 = 160; MAD = 160 / 9 = 17.78; mean 10 → 17.78 / 20 = 0.8889.
    const negative = gini([-10, 10, 30]);
    expect(negative.gini).toBeCloseTo(8 / 9, 12);
    expect(negative.caveat).toBe('NEGATIVE_VALUES');
    // −5, 5: mean 0 → undefined.
    expect(gini([-5, 5])).toEqual({ gini: null, caveat: 'NON_POSITIVE_MEAN' });
    expect(distribution([])).toEqual({
      n: 0,
      mean: null,
      median: null,
      p10: null,
      p90: null,
      gini: null,
      giniCaveat: null,
    });
  });
});
