/**
 * Business days as whole numbers (days since 1970-01-01) so that the generator's day
 * loop does arithmetic, not Date objects; ISO strings are made once per day.
 */
const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function dayOf(iso: string): number {
  if (!ISO_DAY.test(iso)) throw new RangeError(`"${iso}" is not an ISO date`);
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) {
    throw new RangeError(`"${iso}" is not a date`);
  }
  return ms / MS_PER_DAY;
}

const isoCache = new Map<number, string>();

export function isoOf(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** 1 – 12. */
export function monthOf(day: number): number {
  return Number(isoOf(day).slice(5, 7));
}

/** The same day of the month, `months` later (clamped to the month's end). */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / MS_PER_DAY;
}

/** First day of the month the day is in. */
export function monthStart(day: number): number {
  return dayOf(`${isoOf(day).slice(0, 7)}-01`);
}

/** yyyymmdd, for ids. */
export function compactOf(day: number): string {
  return isoOf(day).replaceAll('-', '');
}
