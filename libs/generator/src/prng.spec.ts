import { apportion, sizeMix } from './laying-curve';
import { hash32, Rng } from './prng';

describe('the seeded PRNG', () => {
  it('gives the same draws for the same seed and stream, and others for another', () => {
    const draw = (rng: Rng): number[] => Array.from({ length: 5 }, () => rng.next());
    expect(draw(new Rng(42, 'flock'))).toEqual(draw(new Rng(42, 'flock')));
    expect(draw(new Rng(42, 'flock'))).not.toEqual(draw(new Rng(43, 'flock')));
    expect(draw(new Rng(42).fork('a'))).not.toEqual(draw(new Rng(42).fork('b')));
    expect(hash32('khai')).toBe(hash32('khai'));
  });

  it('stays in range', () => {
    const rng = new Rng(7);
    for (let i = 0; i < 10_000; i++) {
      const u = rng.next();
      const n = rng.int(3, 5);
      expect(u >= 0 && u < 1).toBe(true);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
    }
  });

  it('has a standard normal with mean ≈ 0 and sd ≈ 1', () => {
    const rng = new Rng(1);
    const xs = Array.from({ length: 20_000 }, () => rng.normal());
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });
});

describe('splitting eggs', () => {
  it('apportions exactly, whatever the weights', () => {
    const rng = new Rng(3);
    for (let i = 0; i < 1_000; i++) {
      const total = rng.int(0, 50_000);
      const weights = Array.from({ length: 7 }, () => (rng.chance(0.2) ? 0 : rng.next()));
      const parts = apportion(total, weights);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      parts.forEach((p, k) => {
        expect(Number.isInteger(p) && p >= 0).toBe(true);
        if (weights.some((w) => w > 0) && weights[k] === 0) expect(p).toBe(0);
      });
    }
  });

  it('grades by the TAS bands: a 62.5 g mean is mostly size 2, with sizes 1 and 3 either side', () => {
    const mix = sizeMix(62.5, 4.5);
    expect(mix.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(mix.indexOf(Math.max(...mix))).toBe(2);
    expect(mix[1]).toBeCloseTo(mix[3] as number, 6);
  });
});
