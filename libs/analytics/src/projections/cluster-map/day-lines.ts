/**
 * A month document's lines: each starts with its key (`keyLength` numbers, the
 * day of the month first) and goes on with amounts. Lines are kept sorted by key,
 * one per key, so that the same events give the same document in any batching.
 */
export function addDayLine<L extends number[]>(lines: readonly (readonly number[])[], keyLength: number, line: L): L[] {
  const next = lines.map((l) => [...l] as L);
  const sameKey = (l: readonly number[]): boolean => l.slice(0, keyLength).every((v, i) => v === line[i]);
  const same = next.find(sameKey);
  if (same) {
    for (let i = keyLength; i < line.length; i++) same[i] = (same[i] as number) + (line[i] as number);
    return next;
  }
  const before = next.filter((l) => compareKeys(l, line, keyLength) < 0).length;
  next.splice(before, 0, [...line] as L);
  return next;
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
