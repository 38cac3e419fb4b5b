import fc from 'fast-check';

import { addDayLine } from '../projections/cluster-map/day-lines';
import { compareNumbers, upsertSorted } from './sorted-list';

type Line = readonly [key: number, amount: number];

const keyOf = (l: Line): number => l[0];
const add =
  (amount: number) =>
  (current: Line | undefined): Line | undefined =>
    current ? [current[0], current[1] + amount] : undefined;

describe('upsertSorted', () => {
  const lines: readonly Line[] = Object.freeze([Object.freeze([1, 10] as const), Object.freeze([5, 50] as const)]);

  it('inserts in key order, replaces the item of the key, removes it when the change gives undefined', () => {
    expect(upsertSorted(lines, 3, keyOf, compareNumbers, (): Line => [3, 30])).toEqual([
      [1, 10],
      [3, 30],
      [5, 50],
    ]);
    expect(upsertSorted(lines, 9, keyOf, compareNumbers, (): Line => [9, 90])).toEqual([
      [1, 10],
      [5, 50],
      [9, 90],
    ]);
    expect(upsertSorted(lines, 0, keyOf, compareNumbers, (): Line => [0, 0])).toEqual([[0, 0], ...lines]);
    expect(upsertSorted(lines, 5, keyOf, compareNumbers, add(5))).toEqual([
      [1, 10],
      [5, 55],
    ]);
    expect(upsertSorted(lines, 1, keyOf, compareNumbers, () => undefined)).toEqual([[5, 50]]);
    // Nothing to remove and nothing to add: the same items.
    expect(upsertSorted(lines, 2, keyOf, compareNumbers, () => undefined)).toEqual(lines);
  });

  it('shares the unchanged items with the old list and leaves the old list as it was', () => {
    const next = upsertSorted(lines, 5, keyOf, compareNumbers, add(1));
    expect(next[0]).toBe(lines[0]);
    expect(next[1]).not.toBe(lines[1]);
    expect(lines).toEqual([
      [1, 10],
      [5, 50],
    ]);
  });

  it('gives a frozen list, its new item frozen, from a frozen or empty one; an unfrozen one stays unfrozen', () => {
    const fromFrozen = upsertSorted(lines, 3, keyOf, compareNumbers, (): Line => [3, 30]);
    expect(Object.isFrozen(fromFrozen)).toBe(true);
    expect(Object.isFrozen(fromFrozen[1])).toBe(true);
    const fromEmpty = upsertSorted<Line, number>([], 3, keyOf, compareNumbers, (): Line => [3, 30]);
    expect(Object.isFrozen(fromEmpty) && Object.isFrozen(fromEmpty[0])).toBe(true);
    const fromPlain = upsertSorted<Line, number>([[1, 10]], 3, keyOf, compareNumbers, (): Line => [3, 30]);
    expect(Object.isFrozen(fromPlain)).toBe(false);
  });

  it('keeps a list sorted with one item per key, whatever the order of the changes (day lines)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: -5, max: 5 }))), (changes) => {
        let lines: number[][] = [];
        const expected = new Map<number, number>();
        for (const [day, amount] of changes) {
          lines = addDayLine(lines, 1, [day, amount]);
          expected.set(day, (expected.get(day) ?? 0) + amount);
        }
        const sorted = [...expected].sort((a, b) => a[0] - b[0]);
        expect(lines).toEqual(sorted.map(([day, amount]) => [day, amount]));
      }),
    );
  });
});
