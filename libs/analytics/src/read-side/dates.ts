export const GRANULARITIES = ['day', 'week', 'month'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** YYYY-MM of a business day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

const weeks = new Map<string, string>();

/**
 * ISO 8601 week of a business day, YYYY-Www (weeks start on Monday; week 1 holds
 * the year's first Thursday). The day is already the Bangkok date, so the
 * arithmetic runs on it as a calendar date, in UTC, with no time zone shift.
 */
export function isoWeekOf(day: string): string {
  let week = weeks.get(day);
  if (week === undefined) {
    const date = Date.parse(`${day}T00:00:00Z`);
    const mondayBased = (new Date(date).getUTCDay() + 6) % 7;
    const thursday = new Date(date + (3 - mondayBased) * 86_400_000);
    const year = thursday.getUTCFullYear();
    const n = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
    week = `${year}-W${String(n).padStart(2, '0')}`;
    weeks.set(day, week);
  }
  return week;
}

/** The period a day falls in, at the asked granularity. */
export function periodOf(day: string, granularity: Granularity): string {
  if (granularity === 'day') return day;
  return granularity === 'week' ? isoWeekOf(day) : monthOf(day);
}

const DAY_MS = 86_400_000;
const isoDays = new Map<number, string>();

/** Days since 1970-01-01 of a business day. */
export function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** The business day of a day number. */
export function isoOfDay(n: number): string {
  let day = isoDays.get(n);
  if (day === undefined) {
    day = new Date(n * DAY_MS).toISOString().slice(0, 10);
    isoDays.set(n, day);
  }
  return day;
}
