import { upsertSorted } from '../../read-side/sorted-list';

/**
 * A month document's lines: each starts with its key (`keyLength` numbers, the
 * day of the month first) and goes on with amounts. Lines are kept sorted by key,
 * one per key, so that the same events give the same document in any batching.
 * Adding a line shares the others with the previous version (see `upsertSorted`).
 */
export function addDayLine<L extends number[]>(lines: readonly (readonly number[])[], keyLength: number, line: L): L[] {
  return upsertSorted(
    lines as readonly L[],
    line,
    (l) => l,
    (a, b) => compareKeys(a, b, keyLength),
    (same) => (same ? (same.map((v, i) => (i < keyLength ? v : v + (line[i] as number))) as L) : ([...line] as L)),
  );
}

function compareKeys(a: readonly number[], b: readonly number[], keyLength: number): number {
  for (let i = 0; i < keyLength; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}

/** The business day (YYYY-MM-DD) of a line of the month `month` (YYYY-MM). */
export const dayOfLine = (month: string, dayOfMonth: number): string =>
  `${month}-${String(dayOfMonth).padStart(2, '0')}`;
