import { divideRoundHalfAwayFromZero, exactSum, ratioOrNull, roundHalfAwayFromZero } from './rounding';

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
