/** How the app writes days, money and egg sizes: Thai by default (Buddhist Era, baht), English on the switch. */
import type { Language } from './i18n/languages';

const LOCALES: Record<Language, string> = { th: 'th-TH-u-ca-buddhist', en: 'en-GB' };

/**
 * One formatter per language and style, made once: an Intl formatter costs far more to make than to use, and the
 * dashboard's tables format a few thousand cells (made per cell, they were a sixth of its drawing time).
 */
export function memoised<K extends string, F>(make: (key: K) => F): (key: K) => F {
  const made = new Map<K, F>();
  return (key) => {
    let f = made.get(key);
    if (f === undefined) made.set(key, (f = make(key)));
    return f;
  };
}

const dayFormats = {
  long: memoised(
    (language: Language) => new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }),
  ),
  full: memoised(
    (language: Language) => new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'full', timeZone: 'UTC' }),
  ),
};
const bahtFormat = memoised(
  (language: Language) =>
    new Intl.NumberFormat(language === 'th' ? 'th-TH' : 'en-GB', {
      style: 'currency',
      currency: 'THB',
      currencyDisplay: 'narrowSymbol',
    }),
);
const countFormat = memoised((language: Language) => new Intl.NumberFormat(language === 'th' ? 'th-TH' : 'en-GB'));

/** An ISO day (`2026-11-24`) as people read it: `24 พฤศจิกายน 2569`, or `24 November 2026`. */
export function formatDay(isoDay: string, language: Language, style: 'long' | 'full' = 'long'): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return isoDay;
  // A day is no instant: formatted at noon UTC in UTC, it is the same day in every time zone.
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  return dayFormats[style](language).format(date);
}

/** Today in Asia/Bangkok (the cooperative's business days), as an ISO day. */
export function todayInBangkok(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(now);
}

/** Whole satang as baht with satang: `฿1,234.50` (exact: no float ever holds the amount). */
export function formatBaht(satang: number, language: Language): string {
  const sign = satang < 0 ? '-' : '';
  const whole = Math.trunc(Math.abs(satang) / 100);
  const cents = Math.abs(satang) % 100;
  const amount = `${sign}${whole}.${String(cents).padStart(2, '0')}`;
  // Intl formats a decimal string exactly; its types still ask for a number.
  return bahtFormat(language).format(amount as unknown as number);
}

/** A count of eggs with thousands separators. */
export function formatCount(n: number, language: Language): string {
  return countFormat(language).format(n);
}

/** 30 eggs to a tray (แผง): whole trays and the eggs left over. */
export function trays(eggs: number): { trays: number; eggs: number } {
  return { trays: Math.floor(eggs / 30), eggs: eggs % 30 };
}
