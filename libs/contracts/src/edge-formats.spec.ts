import { isISO8601, isNumber, Matches, validateSync } from 'class-validator';
import fc from 'fast-check';

import {
  decimalPlaces,
  IsBusinessDate,
  isBusinessDay,
  IsIsoTimestamp,
  isIsoTimestamp,
  IsNumberWithDecimals,
  MatchesPattern,
} from './edge-formats';

const STRICT = { strict: true, strictSeparator: true } as const;
/** What the DTOs checked before one validator did it: ISO 8601 (strict) and the YYYY-MM-DD pattern. */
const dayAsBefore = (text: string) => isISO8601(text, STRICT) && /^\d{4}-\d{2}-\d{2}$/.test(text);

const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
/** Years before 1000, which the ISO check answered by the machine's time zone, are refused: examples below. */
const year = fc.oneof(
  fc.integer({ min: 1000, max: 9999 }).map(String),
  fc.constantFrom('2000', '1900', '2024', '2100', '1000', '9999'),
);
/** Near a day: any digits in its places, so months 00–99 and days 00–99, leap years and century years. */
const dayLike = fc.tuple(year, digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);
/** Near a timestamp: a day-like date, hours 00–29, minutes and seconds 00–69, a fraction, an offset or none. */
const timestampLike = fc
  .tuple(
    dayLike,
    fc.constantFrom('T', ' ', 't'),
    fc.integer({ min: 0, max: 29 }),
    fc.integer({ min: 0, max: 69 }),
    fc.option(fc.integer({ min: 0, max: 69 })),
    fc.constantFrom('', '.5', '.123456789', '.1234567890', ',5', '.'),
    fc.constantFrom('Z', 'z', '', '+07:00', '-00:00', '+0700', '+07', '+24:00', '+07:60', '-23:59'),
  )
  .map(([day, sep, h, m, s, fraction, offset]) => {
    const two = (n: number) => String(n).padStart(2, '0');
    return `${day}${sep}${two(h)}:${two(m)}${s === null ? '' : `:${two(s)}`}${fraction}${offset}`;
  });
/** A valid-looking text with one character changed, dropped or added. */
const mutated = (base: fc.Arbitrary<string>) =>
  fc
    .tuple(base, fc.nat(), fc.constantFrom('drop', 'set', 'add'), fc.constantFrom(...'0123456789-:T+Z.W '))
    .map(([text, at, how, c]) => {
      const i = at % (text.length + 1);
      if (how === 'drop') return text.slice(0, i) + text.slice(i + 1);
      if (how === 'set') return text.slice(0, i) + c + text.slice(i + 1);
      return text.slice(0, i) + c + text.slice(i);
    });

describe('isBusinessDay', () => {
  it.each([
    ['2026-12-06', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1600-02-29', true],
    ['0000-02-29', false],
    ['0999-12-31', false],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-12-00', false],
    ['2026-12-6', false],
    ['2026-12-06T00:00:00Z', false],
    ['20261206', false],
    [' 2026-12-06', false],
  ])('%s → %s', (text, expected) => {
    expect(isBusinessDay(text)).toBe(expected);
  });

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 20261206, new Date(), ['2026-12-06']])
      expect(isBusinessDay(value)).toBe(false);
  });

  it('answers as ISO 8601 (strict) and the YYYY-MM-DD pattern together did', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(dayLike, mutated(dayLike), fc.string({ maxLength: 12 }))
          .filter((text) => !/^\d{4}/.test(text) || text >= '1000'),
        (text) => {
          expect(isBusinessDay(text)).toBe(dayAsBefore(text));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});

/**
 * RFC 3339 `date-time` (section 5.6) read field by field, with the limits the partner's guide states (capital `T` and
 * `Z`, seconds to 59, at most 9 digits of a second, years from 1000); whether the day is real, by the Date API.
 */
function asTheGuideSays(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second, offsetHour, offsetMinute] = [1, 2, 3, 4, 5, 6, 8, 9].map((i) =>
    Number(m[i] ?? 0),
  ) as [number, number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1000 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    (m[7] ?? '').length <= 10 &&
    offsetHour <= 23 &&
    offsetMinute <= 59
  );
}

describe('isIsoTimestamp', () => {
  it.each([
    ['2026-12-06T09:30:00+07:00', true],
    ['2026-12-06T02:30:00.123Z', true],
    ['2024-02-29T23:59:59.123456789-03:30', true],
    ['2026-12-06T09:30:00-00:00', true],
    ['2026-12-06', false],
    ['2026-12-06T09:30:00', false],
    ['2026-12-06T09:30Z', false],
    ['2026-12-06T09:30:00+0700', false],
    ['2026-12-06t09:30:00z', false],
    ['2026-12-06T23:59:60Z', false],
    ['2026-12-06T09:30:00.1234567890Z', false],
    ['2026-W49-7', false],
    ['0999-12-06T09:30:00Z', false],
    ['2026-02-30T09:30:00Z', false],
    ['2026-12-06 09:30:00Z', false],
    ['2026-12-06T24:30:00Z', false],
    ['yesterday', false],
  ])('%s → %s', (text, expected) => {
    expect(isIsoTimestamp(text)).toBe(expected);
  });

  it('takes exactly the RFC 3339 timestamps the guide describes, each one class-validator’s strict ISO 8601 takes too', () => {
    fc.assert(
      fc.property(fc.oneof(timestampLike, mutated(timestampLike), fc.string({ maxLength: 30 })), (text) => {
        expect(isIsoTimestamp(text)).toBe(asTheGuideSays(text));
        if (isIsoTimestamp(text)) expect(isISO8601(text, STRICT)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 1796549400000, new Date(), ['2026-12-06T09:30:00Z']])
      expect(isIsoTimestamp(value)).toBe(false);
  });
});

describe('the decorators', () => {
  class Dated {
    @IsBusinessDate()
    day: unknown;

    @IsIsoTimestamp()
    at: unknown;
  }
  const errorsOf = (day: unknown, at: unknown) =>
    validateSync(Object.assign(new Dated(), { day, at })).map((e) => [e.property, Object.values(e.constraints ?? {})]);

  it('pass real dates and name the field of each wrong one', () => {
    expect(errorsOf('2024-02-29', '2024-02-29T23:59:59+07:00')).toEqual([]);
    expect(errorsOf('2026-02-29', 42)).toEqual([
      ['day', ['day must be a date (YYYY-MM-DD)']],
      ['at', ['at must be an RFC 3339 timestamp with its offset (e.g. 2026-12-07T09:30:00+07:00)']],
    ]);
  });
});

describe('MatchesPattern', () => {
  const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
  class ByLibrary {
    @Matches(ID)
    one: unknown;

    @Matches(ID, { each: true, message: 'each of $property must be an id' })
    many: unknown;
  }
  class ByPattern {
    @MatchesPattern(ID)
    one: unknown;

    @MatchesPattern(ID, { each: true, message: 'each of $property must be an id' })
    many: unknown;
  }
  // The rule and the verdicts are @Matches'; the message says in words what the pattern asks for.
  const errorsOf = (target: object, one: unknown, many: unknown) =>
    validateSync(Object.assign(target, { one, many })).map((e) => [
      e.property,
      Object.fromEntries(
        Object.entries(e.constraints ?? {}).map(([rule, message]) => [
          rule,
          message.replace(
            /must match .* regular expression$/,
            'must be an id: 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit (e.g. M017)',
          ),
        ]),
      ),
    ]);
  const value = fc.oneof(fc.string({ maxLength: 70 }), fc.stringMatching(ID), fc.anything());

  it('answers as class-validator’s @Matches does: the same rule name and verdicts, each element too', () => {
    fc.assert(
      fc.property(value, fc.oneof(value, fc.array(value, { maxLength: 3 })), (one, many) => {
        expect(errorsOf(new ByPattern(), one, many)).toEqual(errorsOf(new ByLibrary(), one, many));
      }),
      { numRuns: 2_000 },
    );
  });

  it('refuses a pattern that keeps state between uses', () => {
    expect(() => MatchesPattern(/a/g)).toThrow(/state/);
  });

  it('never shows a regular expression: a pattern is told in words, or declared with a message', () => {
    const [error] = validateSync(Object.assign(new ByPattern(), { one: 'no spaces allowed', many: [] }));
    expect(error?.constraints).toEqual({
      matches:
        'one must be an id: 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit (e.g. M017)',
    });
    expect(() => MatchesPattern(/^x+$/)).toThrow(/in words/);
    expect(() => MatchesPattern(/^x+$/, { message: '$property must be only x' })).not.toThrow();
  });
});

describe('IsNumberWithDecimals', () => {
  class Goal {
    @IsNumberWithDecimals(2)
    target: unknown;
  }
  const valid = (target: unknown) => validateSync(Object.assign(new Goal(), { target })).length === 0;

  it('counts decimal places whether or not the number is written with an exponent', () => {
    expect([120, 120.5, -0.25, 0.1 + 0.2, 1e-7, 1.5e-7, 2.5e-8, 1e21, 1.5e21].map(decimalPlaces)).toEqual([
      0, 1, 2, 17, 7, 8, 9, 0, 0,
    ]);
  });

  it('takes finite numbers of at most two decimals, and refuses the rest without throwing', () => {
    expect([0, 140, -5.25, 99.99, 1e21].every(valid)).toBe(true);
    expect([1e-7, 0.001, 1.5e-7, NaN, Infinity, '1', null].some(valid)).toBe(false);
    expect(validateSync(Object.assign(new Goal(), { target: 1e-7 }))[0]?.constraints).toEqual({
      isNumberWithDecimals: 'target must be a number with at most 2 decimal places',
    });
  });

  it('answers as @IsNumber({ maxDecimalPlaces: 2 }) wherever that does not throw', () => {
    const options = { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 };
    const number = fc.oneof(
      fc.double(),
      fc.integer().map((n) => n / 100),
      fc.integer().map((n) => n / 1000),
    );
    fc.assert(
      fc.property(number, (n) => {
        let library: boolean;
        try {
          library = isNumber(n, options);
        } catch {
          // 1e-7 and the like: refused here.
          expect(valid(n)).toBe(false);
          return;
        }
        expect(valid(n)).toBe(library);
      }),
      { numRuns: 5_000 },
    );
  });
});
