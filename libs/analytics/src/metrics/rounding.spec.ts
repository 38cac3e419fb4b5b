import {
  divideRoundHalfAwayFromZero,
  exactSum,
  pctOf,
  ratioOrNull,
  ratioPct,
  roundHalfAwayFromZero,
  roundPct,
  roundSatang,
} from './rounding';

describe('money rounding: half away from zero', () => {
  it('rounds exact quotients of satang', () => {
    // 5/2 = 2.5 → 3; −5/2 = −2.5 → −3; 7/3 = 2.33 → 2; −7/3 → −2; 8/3 = 2.67 → 3; 6/3 = 2.
    expect(
      [
        [5, 2],
        [-5, 2],
        [5, -2],
        [7, 3],
        [-7, 3],
        [8, 3],
        [6, 3],
        [0, 7],
      ].map(([a, b]) => divideRoundHalfAwayFromZero(a as number, b as number)),
    ).toEqual([3, -3, -3, 2, -2, 3, 2, 0]);
  });

  it('stays exact for large amounts where a float quotient would not', () => {
    // (2^53 − 1) / 2 = 4503599627370495.5 → 4503599627370496
    expect(divideRoundHalfAwayFromZero(Number.MAX_SAFE_INTEGER, 2)).toBe(4503599627370496);
  });

  it('rounds numbers the same way, and refuses what is not exact', () => {
    expect([2.5, -2.5, 2.4999, -0.5, 0].map(roundHalfAwayFromZero)).toEqual([3, -3, 2, -1, 0]);
    expect(() => divideRoundHalfAwayFromZero(1, 0)).toThrow(RangeError);
    expect(() => divideRoundHalfAwayFromZero(1.5, 1)).toThrow(RangeError);
    expect(() => exactSum([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
    expect(ratioOrNull(1, 0)).toBeNull();
  });
});

describe('the money rule of the answers: a whole satang, half away from zero', () => {
  it('rounds an exact amount once, symmetrically', () => {
    // IOFC −150 satang over 100 hen-days = −1.5 → −2, as +1.5 → +2; 130.467 → 130; 2.5 → 3.
    expect([-1.5, 1.5, 130.4673367, 2.5, -2.5, 0].map((v) => roundSatang(v))).toEqual([-2, 2, 130, 3, -3, 0]);
    expect(roundSatang(null)).toBeNull();
  });
});

describe('the percentage rule of the answers: two decimals, half away from zero', () => {
  it('is symmetric: +10/320 and −10/320 are +3.13 % and −3.13 %', () => {
    // 10 / 320 = 0.03125 = 3.125 %: the half goes away from zero on both sides (Math.round gave −3.12).
    expect([pctOf(10, 320), pctOf(-10, 320)]).toEqual([3.13, -3.13]);
    expect([ratioPct(10 / 320), ratioPct(-10 / 320)]).toEqual([3.13, -3.13]);
    expect([roundPct(3.125), roundPct(-3.125)]).toEqual([3.13, -3.13]);
  });

  it('judges the half on the decimal figure, not on its floating-point noise', () => {
    // 1.005 × 100 is 100.49999999999999 in floating point; the figure is 1.005 → 1.01.
    expect([roundPct(1.005), roundPct(-1.005)]).toEqual([1.01, -1.01]);
    // 2,700 / 3,300 = 81.8181… % → 81.82; 1 / 3 = 33.33 %; a hair under the half stays under.
    expect([pctOf(2_700, 3_300), pctOf(1, 3), roundPct(3.12499)]).toEqual([81.82, 33.33, 3.12]);
  });

  it('has no percentage of nothing, and no negative zero', () => {
    expect(pctOf(1, 0)).toBeNull();
    expect(ratioPct(null)).toBeNull();
    expect(Object.is(roundPct(-0.001), 0)).toBe(true);
  });

  it('divides amounts too large for an exact integer quotient in floating point', () => {
    // 2^53 − 1 satang of 3 × (2^53 − 1): 33.33 %.
    expect(pctOf(Number.MAX_SAFE_INTEGER, 3 * Number.MAX_SAFE_INTEGER)).toBe(33.33);
  });
});
