import { aggregatePremium, linePremium, mixNormalisedPremium } from './price-premium';

// The cooperative network's ladder of 24 Mar 2022 (data/published/size-ladders.csv):
// mixed 3.40; sizes 0–6: 4.20 4.00 3.80 3.50 3.30 3.10 2.90 THB per egg.
const ladder = {
  mixedSatangPerEgg: 340,
  sizes: [420, 400, 380, 350, 330, 310, 290].map((satangPerEgg, size) => ({
    size: size as 0 | 1 | 2 | 3 | 4 | 5 | 6,
    satangPerEgg,
  })),
};

describe('price premium, size-matched per line', () => {
  it('is realised − reference over reference', () => {
    // size 0 at 4.30 vs 4.20: +10 satang, 10/420 = 0.0238095…
    expect(linePremium({ eggs: 300, realisedSatangPerEgg: 430, referenceSatangPerEgg: 420 })).toEqual({
      premiumSatangPerEgg: 10,
      premiumRatio: 10 / 420,
    });
    // size 3 at 3.40 vs 3.50: −10 satang, −10/350 = −0.0285714…
    expect(linePremium({ eggs: 600, realisedSatangPerEgg: 340, referenceSatangPerEgg: 350 }).premiumRatio).toBeCloseTo(
      -0.0285714,
      6,
    );
  });

  it('says nothing rather than divide by a zero reference', () => {
    expect(linePremium({ eggs: 1, realisedSatangPerEgg: 5, referenceSatangPerEgg: 0 }).premiumRatio).toBeNull();
  });
});

describe('premium aggregated over lines: money won over money at the reference', () => {
  it('divides the sums, not the lines', () => {
    // Line A: 300 eggs, 430 vs 420; line B: 600 eggs, 340 vs 350.
    // Realised 300×430 + 600×340 = 129,000 + 204,000 = 333,000 satang; reference 126,000 + 210,000 = 336,000.
    // Premium −3,000 satang; −3,000 / 336,000 = −0.00892857. (The egg-weighted mean of the line ratios,
    // (300 × 10/420 − 600 × 10/350) / 900 = −0.0111111, is another measure, and not answered.)
    // Mean realised 333,000/900 = 370 satang; reference 336,000/900 = 373.33, kept exact.
    const a = aggregatePremium([
      { eggs: 300, realisedSatangPerEgg: 430, referenceSatangPerEgg: 420 },
      { eggs: 600, realisedSatangPerEgg: 340, referenceSatangPerEgg: 350 },
    ]);
    expect(a).toMatchObject({
      eggs: 900,
      realisedSatang: 333_000,
      referenceSatang: 336_000,
      premiumSatang: -3_000,
      realisedSatangPerEgg: 370,
    });
    expect(a.premiumRatio).toBeCloseTo(-0.00892857, 8);
    expect(a.referenceSatangPerEgg).toBeCloseTo(373.3333, 4);
  });

  it('keeps the mean price per egg exact: an answer rounds it', () => {
    // 1 egg at 301 + 1 egg at 300 = 601 / 2 = 300.5
    expect(
      aggregatePremium([
        { eggs: 1, realisedSatangPerEgg: 301, referenceSatangPerEgg: 300 },
        { eggs: 1, realisedSatangPerEgg: 300, referenceSatangPerEgg: 300 },
      ]).realisedSatangPerEgg,
    ).toBe(300.5);
  });

  it('has no ratio without eggs', () => {
    expect(aggregatePremium([])).toMatchObject({
      eggs: 0,
      premiumRatio: null,
      realisedSatangPerEgg: null,
    });
  });
});

describe('mix-normalised premium', () => {
  it('values the sale’s size mix at the reference ladder', () => {
    // Sale: 300 × size 0 at 4.30, 600 × size 3 at 3.40, 90 × size 5 at 3.10.
    // Realised: 300×430 + 600×340 + 90×310 = 129,000 + 204,000 + 27,900 = 360,900 satang.
    // At the ladder: 300×420 + 600×350 + 90×310 = 126,000 + 210,000 + 27,900 = 363,900 satang.
    // Premium of the mix: (360,900 − 363,900) / 363,900 = −3,000 / 363,900 = −0.0082440…
    // Ungraded at mixed 3.40: 990 × 340 = 336,600; the mix is worth (363,900 − 336,600)/336,600 = +0.0811052…
    const m = mixNormalisedPremium(
      [
        { size: 0, eggs: 300, satangPerEgg: 430 },
        { size: 3, eggs: 600, satangPerEgg: 340 },
        { size: 5, eggs: 90, satangPerEgg: 310 },
      ],
      ladder,
    );
    expect(m).toMatchObject({ eggs: 990, realisedSatang: 360_900, ladderSatang: 363_900, mixedSatang: 336_600 });
    expect(m.premiumRatio).toBeCloseTo(-0.008244, 6);
    expect(m.mixEffectRatio).toBeCloseTo(0.0811052, 6);
    expect(m.sizesAtMixed).toEqual([]);
  });

  it('values a size missing from the ladder at the mixed price, and says which', () => {
    // Ladder with sizes 0 and 3 only (mixed 3.40): 30 × size 5 at 3.10 → 30 × 340 = 10,200 at reference;
    // realised 9,300; premium −900 / 10,200 = −0.0882353.
    const m = mixNormalisedPremium([{ size: 5, eggs: 30, satangPerEgg: 310 }], {
      mixedSatangPerEgg: 340,
      sizes: [
        { size: 0, satangPerEgg: 420 },
        { size: 3, satangPerEgg: 350 },
      ],
    });
    expect(m.ladderSatang).toBe(10_200);
    expect(m.premiumRatio).toBeCloseTo(-0.0882353, 6);
    expect(m.sizesAtMixed).toEqual([5]);
  });
});
