import { formatBaht, formatCount, formatDay, todayInBangkok, trays } from '../src/format';

describe('how the web app writes days, money and counts', () => {
  it('writes a day in the Buddhist Era in Thai, in the Gregorian calendar in English, whatever the time zone', () => {
    expect(formatDay('2026-12-08', 'th')).toBe('8 ธันวาคม 2569');
    expect(formatDay('2026-12-08', 'th', 'full')).toBe('วันอังคารที่ 8 ธันวาคม พ.ศ. 2569');
    expect(formatDay('2026-01-01', 'en')).toBe('1 January 2026');
  });

  it('writes whole satang as baht with satang, exactly, also beyond what a float holds to the satang', () => {
    expect(formatBaht(123450, 'th')).toBe('฿1,234.50');
    expect(formatBaht(5, 'en')).toBe('฿0.05');
    expect(formatBaht(-250, 'th')).toBe('-฿2.50');
    expect(formatBaht(9_007_199_254_740_991, 'th')).toBe('฿90,071,992,547,409.91');
  });

  it('counts eggs with separators and in trays of 30 and the eggs left over', () => {
    expect(formatCount(4215, 'th')).toBe('4,215');
    expect(trays(4215)).toEqual({ trays: 140, eggs: 15 });
    expect(trays(30)).toEqual({ trays: 1, eggs: 0 });
  });

  it('takes the business day in Asia/Bangkok (UTC+7)', () => {
    expect(todayInBangkok(new Date('2026-12-07T16:59:59Z'))).toBe('2026-12-07');
    expect(todayInBangkok(new Date('2026-12-07T17:00:00Z'))).toBe('2026-12-08');
  });
});
