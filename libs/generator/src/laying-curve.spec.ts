import { dayOf } from './calendar';
import { generateEvents } from './generate';
import { henDayRate, meanEggGrams } from './laying-curve';
import { readPublishedPrices } from './options';

describe('the laying curve', () => {
  const curve = { onsetWeeks: 19, peakRate: 0.94, peakWeek: 28, rateAt72: 0.66 };

  it('starts at the onset, peaks at the peak week and declines to the rate at 72 weeks', () => {
    expect(henDayRate(18.9, curve)).toBe(0);
    expect(henDayRate(19, curve)).toBeCloseTo(0.05, 2);
    expect(henDayRate(28, curve)).toBeGreaterThan(0.93);
    expect(henDayRate(72, curve)).toBeCloseTo(0.66 * (1 / (1 + Math.exp(-(72 - 21.2) / 0.75))), 6);
    const weeks = Array.from({ length: 800 }, (_, i) => 18 + i / 10);
    const peak = weeks.reduce((best, w) => (henDayRate(w, curve) > henDayRate(best, curve) ? w : best));
    expect(peak).toBeCloseTo(28, 0);
  });

  it('lays small eggs when young and larger ones as the hens age', () => {
    const weight = { onsetGrams: 48, matureGrams: 65, tauWeeks: 11, sdGrams: 4.5 };
    expect(meanEggGrams(19, 19, weight)).toBe(48);
    expect(meanEggGrams(30, 19, weight)).toBeGreaterThan(58);
    expect(meanEggGrams(70, 19, weight)).toBeGreaterThan(64);
  });
});

describe('a generated flock', () => {
  // Two years from the start: flocks placed early in the horizon are followed from 17 to beyond 72 weeks.
  const appends = [
    ...generateEvents({
      seed: 11,
      years: 2,
      members: 10,
      startDate: '2022-01-01',
      publishedPrices: readPublishedPrices('data/published'),
    }),
  ];
  const events = appends.flatMap((a) =>
    a.events.map((e) => ({ type: e.type, data: e.data as Record<string, string | number> })),
  );
  const placed = events.filter((e) => e.type === 'FlockPlaced').map((e) => e.data);
  // The first flock placed after the start that reaches 73 weeks within the horizon.
  const flock = placed.find(
    (p) => String(p.placedOn) >= '2022-01-01' && dayOf(String(p.hatchedOn)) + 73 * 7 <= dayOf('2023-12-31'),
  );

  it('follows the curve: onset 18 – 21 weeks, peak ≥ 90 % near week 28, ≤ 70 % by week 72', () => {
    expect(flock).toBeDefined();
    if (!flock) return;
    const hatch = dayOf(String(flock.hatchedOn));
    // Hens alive each day from placement and weekly mortality; eggs from the flock's lots.
    const deathsOn = new Map<number, number>();
    const eggsOn = new Map<number, number>();
    for (const e of events) {
      if (e.data.flockId !== flock.flockId) continue;
      if (e.type === 'FlockMortalityRecorded') deathsOn.set(dayOf(String(e.data.recordedOn)), Number(e.data.deaths));
      if (e.type === 'EggsCollected') eggsOn.set(dayOf(String(e.data.collectedOn)), Number(e.data.eggs));
    }
    const weekly = new Map<number, { eggs: number; henDays: number }>();
    let hens = Number(flock.hensPlaced);
    for (let day = dayOf(String(flock.placedOn)); day < hatch + 80 * 7 && day <= dayOf('2023-12-31'); day++) {
      const week = Math.floor((day - hatch) / 7);
      const w = weekly.get(week) ?? { eggs: 0, henDays: 0 };
      w.eggs += eggsOn.get(day) ?? 0;
      w.henDays += hens;
      weekly.set(week, w);
      hens -= deathsOn.get(day) ?? 0;
    }
    const rate = (week: number): number => {
      const w = weekly.get(week);
      return w ? w.eggs / w.henDays : 0;
    };
    const firstEggs = Math.min(...[...eggsOn.keys()].map((d) => (d - hatch) / 7));
    expect(firstEggs).toBeGreaterThanOrEqual(18);
    expect(firstEggs).toBeLessThanOrEqual(21);
    const weeks = [...weekly.keys()];
    const peakWeek = weeks.reduce((best, w) => (rate(w) > rate(best) ? w : best));
    expect(peakWeek).toBeGreaterThanOrEqual(25);
    expect(peakWeek).toBeLessThanOrEqual(31);
    expect(rate(peakWeek)).toBeGreaterThanOrEqual(0.9);
    expect(weekly.has(72)).toBe(true);
    expect(rate(72)).toBeLessThanOrEqual(0.7);
    expect(rate(72)).toBeGreaterThan(0.55);
  });
});
