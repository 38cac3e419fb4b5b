/** How the dashboard writes its periods and figures: Buddhist Era in Thai, percent with two decimals, baht from satang. */
import { formatBaht, formatCount, memoised } from '../format';
import type { Language } from '../i18n/languages';

const LOCALES: Record<Language, string> = { th: 'th-TH-u-ca-buddhist', en: 'en-GB' };

// Formatters made once per language (and digits): see `memoised`.
const mediumDay = memoised(
  (language: Language) => new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone: 'UTC' }),
);
const monthYear = memoised(
  (language: Language) =>
    new Intl.DateTimeFormat(LOCALES[language], { month: 'short', year: 'numeric', timeZone: 'UTC' }),
);
const pctFormat = memoised(
  (language: Language) =>
    new Intl.NumberFormat(language === 'th' ? 'th-TH' : 'en-GB', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }),
);
const numberFormat = memoised((key: `${Language}|${number}`) => {
  const [language, digits] = key.split('|');
  return new Intl.NumberFormat(language === 'th' ? 'th-TH' : 'en-GB', { maximumFractionDigits: Number(digits) });
});

function utcNoon(isoDay: string): Date {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
}

/** `2024-02-14`, `2024-W07` or `2024-02` as people read it: `14 ก.พ. 2567`, `สัปดาห์ 12 ก.พ. 2567`, `ก.พ. 2567`. */
export function periodLabel(period: string, language: Language): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) {
    // Monday of ISO week w: the week holding 4 January is week 1.
    const year = Number(week[1]);
    const jan4 = new Date(Date.UTC(year, 0, 4, 12));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
    monday.setUTCDate(monday.getUTCDate() + (Number(week[2]) - 1) * 7);
    const day = mediumDay(language).format(monday);
    return language === 'th' ? `สัปดาห์ ${day}` : `week of ${day}`;
  }
  if (/^\d{4}-\d{2}$/.test(period)) return monthYear(language).format(utcNoon(`${period}-01`));
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return mediumDay(language).format(utcNoon(period));
  return period;
}

export function formatPct(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '–';
  return `${pctFormat(language).format(value)}%`;
}

export function formatNumber(value: number | null | undefined, language: Language, digits = 2): string {
  if (value === null || value === undefined) return '–';
  return numberFormat(`${language}|${digits}`).format(value);
}

export function baht(satang: number | null | undefined, language: Language): string {
  return satang === null || satang === undefined ? '–' : formatBaht(satang, language);
}

export function count(n: number, language: Language): string {
  return formatCount(n, language);
}

/** A ratio as a percent to two decimals, rounded half away from zero as the API rounds; null without a base. */
export function pctOf(part: number, whole: number): number | null {
  if (whole === 0) return null;
  const x = (part / whole) * 100;
  return (Math.sign(x) * Math.round(Math.abs(x) * 100)) / 100;
}

/** Whole satang per egg, rounded half away from zero; null without eggs. */
export function perEgg(satang: number, eggs: number): number | null {
  if (eggs === 0) return null;
  const x = satang / eggs;
  return Math.sign(x) * Math.round(Math.abs(x));
}

/**
 * The periods to show a question answered per period (concentration) in: months up to two years, quarters up to six,
 * years beyond: at most about two dozen points.
 */
export function seriesEvery(from: string, to: string): 'month' | 'quarter' | 'year' {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const months = (ty - fy) * 12 + (tm - fm) + 1;
  return months <= 24 ? 'month' : months <= 72 ? 'quarter' : 'year';
}

/** A bucket label (`2024-03`, `2024-Q1`, `2024`) in the user's calendar. */
export function bucketLabel(label: string, language: Language): string {
  const quarter = /^(\d{4})-Q(\d)$/.exec(label);
  const be = (year: number) => (language === 'th' ? year + 543 : year);
  if (quarter)
    return language === 'th' ? `ไตรมาส ${quarter[2]}/${be(Number(quarter[1]))}` : `Q${quarter[2]} ${quarter[1]}`;
  if (/^\d{4}$/.test(label)) return String(be(Number(label)));
  return periodLabel(label, language);
}
