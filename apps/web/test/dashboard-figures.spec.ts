import { bucketLabel, pctOf, perEgg, periodLabel, seriesEvery } from '../src/dashboard/figures';

describe("the dashboard's periods and figures", () => {
  it('shows a range in months up to 24 months, in quarters up to 72, in years beyond', () => {
    expect(seriesEvery('2026-01-15', '2026-03-10')).toBe('month');
    expect(seriesEvery('2024-01-01', '2025-12-31')).toBe('month');
    expect(seriesEvery('2024-01-01', '2026-01-01')).toBe('quarter');
    expect(seriesEvery('2023-02-10', '2025-12-31')).toBe('quarter');
    expect(seriesEvery('2020-01-01', '2025-12-31')).toBe('quarter');
    expect(seriesEvery('2020-01-01', '2026-01-01')).toBe('year');
    expect(seriesEvery('2019-06-01', '2026-12-08')).toBe('year');
  });

  it('writes periods in the Buddhist Era in Thai, a week by its Monday', () => {
    expect(periodLabel('2024-02', 'th')).toBe('ก.พ. 2567');
    expect(periodLabel('2024-02', 'en')).toBe('Feb 2024');
    expect(periodLabel('2024-02-14', 'th')).toBe('14 ก.พ. 2567');
    expect(periodLabel('2024-W07', 'en')).toBe('week of 12 Feb 2024');
    expect(periodLabel('2026-W01', 'th')).toBe('สัปดาห์ 29 ธ.ค. 2568'); // ISO week 1 of 2026 starts in 2025
    expect(bucketLabel('2024-Q3', 'th')).toBe('ไตรมาส 3/2567');
    expect(bucketLabel('2024', 'th')).toBe('2567');
    expect(bucketLabel('2024-Q3', 'en')).toBe('Q3 2024');
  });

  it('rounds percentages half away from zero to two decimals, and per-egg satang to whole satang', () => {
    expect(pctOf(54_000, 990_000)).toBe(5.45);
    expect(pctOf(1, 8)).toBe(12.5);
    expect(pctOf(-1, 800)).toBe(-0.13);
    expect(pctOf(1, 0)).toBeNull();
    expect(perEgg(1_044_000, 2700)).toBe(387);
    expect(perEgg(-5, 2)).toBe(-3);
    expect(perEgg(5, 0)).toBeNull();
  });
});
