/**
 * Tables as CSV (RFC 4180) for a spreadsheet: every field that needs it quoted, quotes doubled, CRLF between records,
 * and a byte-order mark so that a spreadsheet opens the Thai in it as UTF-8.
 */
export type CsvValue = string | number | null | undefined;

export interface CsvColumn<Row> {
  readonly header: string;
  readonly value: (row: Row) => CsvValue;
}

const NEEDS_QUOTES = /[",\r\n]/;
// A text cell a spreadsheet would take for a formula (CSV injection): kept as text by a leading apostrophe.
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const records = [
    columns.map((c) => csvField(c.header)),
    ...rows.map((row) => columns.map((c) => csvField(c.value(row)))),
  ];
  return `\uFEFF${records.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}

/** Whole satang as a decimal baht string for a spreadsheet (`123450` → `1234.50`), exact: no float involved. */
export function bahtOfSatang(satang: number | null | undefined): string {
  if (satang === null || satang === undefined) return '';
  const sign = satang < 0 ? '-' : '';
  const abs = Math.abs(satang);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
