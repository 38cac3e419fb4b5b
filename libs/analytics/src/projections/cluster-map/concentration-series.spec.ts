import { calendarPeriods } from './concentration-series.query';

describe('the calendar periods of a concentration series', () => {
  it('cuts a range into months, the first and last clipped to the range', () => {
    expect(calendarPeriods('2026-01-15', '2026-03-10', 'month')).toEqual([
      { period: '2026-01', from: '2026-01-15', to: '2026-01-31' },
      { period: '2026-02', from: '2026-02-01', to: '2026-02-28' },
      { period: '2026-03', from: '2026-03-01', to: '2026-03-10' },
    ]);
    expect(calendarPeriods('2024-01-01', '2025-12-31', 'month')).toHaveLength(24);
    expect(calendarPeriods('2024-02-01', '2024-02-29', 'month')).toEqual([
      { period: '2024-02', from: '2024-02-01', to: '2024-02-29' },
    ]);
    expect(calendarPeriods('2024-12-31', '2025-01-01', 'month').map((p) => p.period)).toEqual(['2024-12', '2025-01']);
  });

  it('cuts a range into calendar quarters and years', () => {
    const quarters = calendarPeriods('2023-02-10', '2025-12-31', 'quarter');
    expect(quarters[0]).toEqual({ period: '2023-Q1', from: '2023-02-10', to: '2023-03-31' });
    expect(quarters[1]).toEqual({ period: '2023-Q2', from: '2023-04-01', to: '2023-06-30' });
    expect(quarters.at(-1)).toEqual({ period: '2025-Q4', from: '2025-10-01', to: '2025-12-31' });
    expect(quarters).toHaveLength(12);
    const years = calendarPeriods('2019-06-01', '2026-12-08', 'year');
    expect(years.map((y) => y.period)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    expect(years[0]).toEqual({ period: '2019', from: '2019-06-01', to: '2019-12-31' });
    expect(years[1]).toEqual({ period: '2020', from: '2020-01-01', to: '2020-12-31' });
    expect(years.at(-1)).toEqual({ period: '2026', from: '2026-01-01', to: '2026-12-08' });
  });
});
