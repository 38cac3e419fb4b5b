import { bucketLabel, buckets, pctOf, perEgg, periodLabel } from '../src/dashboard/figures';

describe("the dashboard's periods and figures", () => {
  it('cuts a range into months up to 24 months, clipped to the range', () => {
    expect(buckets('2026-01-15', '2026-03-10')).toEqual([
      { label: '2026-01', from: '2026-01-15', to: '2026-01-31' },
      { label: '2026-02', from: '2026-02-01', to: '2026-02-28' },
      { label: '2026-03', from: '2026-03-01', to: '2026-03-10' },
    ]);
    expect(buckets('2024-01-01', '2025-12-31')).toHaveLength(24);
    expect(buckets('2024-02-01', '2024-02-29')).toEqual([{ label: '2024-02', from: '2024-02-01', to: '2024-02-29' }]);
  });

  it('cuts a longer range into calendar quarters, and beyond six years into years', () => {
    const quarters = buckets('2023-02-10', '2025-12-31');
    expect(quarters[0]).toEqual({ label: '2023-Q1', from: '2023-02-10', to: '2023-03-31' });
    expect(quarters.at(-1)).toEqual({ label: '2025-Q4', from: '2025-10-01', to: '2025-12-31' });
    expect(quarters).toHaveLength(12);
    const years = buckets('2019-06-01', '2026-12-08');
    expect(years.map((y) => y.label)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    expect(years[0]).toEqual({ label: '2019', from: '2019-06-01', to: '2019-12-31' });
    expect(years.at(-1)).toEqual({ label: '2026', from: '2026-01-01', to: '2026-12-08' });
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
