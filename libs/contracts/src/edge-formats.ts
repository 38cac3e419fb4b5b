import { buildMessage, IsInt, Max, Min, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * The formats every edge (HTTP, Kafka, CLI) checks the same way. Client-supplied
 * ids: a letter or digit, then up to 63 letters, digits, `.`, `_`, `-`.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** A business day, YYYY-MM-DD (Asia/Bangkok), never a timestamp; `isBusinessDay` also checks it is a real date. */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** Free text that is not blank. */
export const NOT_BLANK = /\S/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether a year (1000–9999), month (1–12) and day name a day of the Gregorian
 * calendar. Years before 1000 are refused: class-validator's strict ISO 8601
 * check refuses them too, or answers by the machine's time zone (it parses the
 * year without its leading zeros, as local time).
 */
function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number));
}

/**
 * A real business day written YYYY-MM-DD: what every command, message and file
 * dates its facts with. Accepts what ISO 8601 (strict) and the pattern together
 * accepted, in one pass (edge-formats.spec.ts checks the two agree).
 */
export function isBusinessDay(value: unknown): boolean {
  return typeof value === 'string' && DAY_PATTERN.test(value) && isCalendarDayAt(value);
}

/** Whether the YYYY-MM-DD at the start of a text already matched is a calendar day (read in place: no match array). */
function isCalendarDayAt(text: string): boolean {
  return isCalendarDay(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
}

/** The decimal number in `length` digits at `start` of a text known to have digits there. */
function number(text: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

export const IS_BUSINESS_DATE = 'isBusinessDate';

export function IsBusinessDate(): PropertyDecorator {
  return ValidateBy({
    name: IS_BUSINESS_DATE,
    validator: {
      validate: (value) => isBusinessDay(value),
      defaultMessage: buildMessage((each) => `${each}$property must be a date (YYYY-MM-DD)`),
    },
  });
}

/**
 * An RFC 3339 timestamp (`date-time`) with its offset, as partners send `occurredAt`:
 * `2026-12-07T09:30:00+07:00`, `2026-12-07T02:30:00.123Z`. Narrower than RFC 3339 where
 * it lets an application be: `T` and `Z` in capitals, seconds 00–59 (no leap second), a
 * fraction of 1 to 9 digits, years 1000–9999.
 */
export const TIMESTAMP_PATTERN =
  /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * A timestamp in TIMESTAMP_PATTERN on a real day. A date alone (`2026-12-07`), a time
 * without its offset or the other forms of ISO 8601 are refused: the partner's
 * document promises RFC 3339 with an offset.
 */
export function isIsoTimestamp(value: unknown): boolean {
  return typeof value === 'string' && TIMESTAMP_PATTERN.test(value) && isCalendarDayAt(value);
}

export const IS_ISO_TIMESTAMP = 'isIsoTimestamp';

export function IsIsoTimestamp(): PropertyDecorator {
  return ValidateBy({
    name: IS_ISO_TIMESTAMP,
    validator: {
      validate: (value) => isIsoTimestamp(value),
      defaultMessage: buildMessage(
        (each) => `${each}$property must be an RFC 3339 timestamp with its offset (e.g. 2026-12-07T09:30:00+07:00)`,
      ),
    },
  });
}

/** A feed type: `LAYER_COMPLETE`. */
export const FEED_TYPE_PATTERN = /^[A-Z][A-Z0-9_]{0,39}$/;
/** A source of prices: `coop-network`. */
export const SOURCE_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * What a person is told each pattern asks for: a validation message never shows a
 * regular expression. Keyed by the pattern's source, so a pattern written again
 * elsewhere is described too; a pattern with neither a description here nor a
 * message of its own is refused where it is declared.
 */
const PATTERN_WORDS = new Map<string, string>([
  [ID_PATTERN.source, 'an id: 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit (e.g. M017)'],
  [NOT_BLANK.source, 'text that is not blank'],
  [
    FEED_TYPE_PATTERN.source,
    'a feed type: capital letters, digits and "_", starting with a letter (e.g. LAYER_COMPLETE)',
  ],
  [SOURCE_PATTERN.source, 'a source: lower-case letters, digits and dashes (e.g. coop-network)'],
]);

/**
 * class-validator's `@Matches(pattern)` rule (`matches`), by `pattern.test`, told in words: "$property must be
 * <what the pattern asks for>". Every edge (HTTP DTOs, Kafka messages) checks its patterns with it.
 */
export function MatchesPattern(pattern: RegExp, options?: ValidationOptions): PropertyDecorator {
  if (pattern.global || pattern.sticky)
    throw new Error(`a pattern with state (${pattern.flags}) answers by its last use`);
  const words = PATTERN_WORDS.get(pattern.source);
  if (words === undefined && options?.message === undefined)
    throw new Error(`say in words what /${pattern.source}/ asks for: a message, or an entry in PATTERN_WORDS`);
  return ValidateBy(
    {
      name: 'matches',
      constraints: [pattern],
      validator: {
        validate: (value) => typeof value === 'string' && pattern.test(value),
        defaultMessage: buildMessage((each) => `${each}$property must be ${words ?? ''}`, options),
      },
    },
    options,
  );
}

/**
 * How many decimal places a number has, read from its shortest written form: `120.25` 2, `1e-7` 7, `1.5e-7` 8,
 * `1e21` 0. class-validator's `@IsNumber({ maxDecimalPlaces })` counts the characters after a "." and throws a
 * TypeError on `1e-7`, which has none.
 */
export function decimalPlaces(value: number): number {
  const [digits = '', exponent = '0'] = String(value).split('e');
  return Math.max(0, (digits.split('.')[1]?.length ?? 0) - Number(exponent));
}

/** A finite number with at most `places` decimals. */
export function IsNumberWithDecimals(places: number): PropertyDecorator {
  return ValidateBy({
    name: 'isNumberWithDecimals',
    constraints: [places],
    validator: {
      validate: (value) => typeof value === 'number' && Number.isFinite(value) && decimalPlaces(value) <= places,
      defaultMessage: buildMessage(
        (each) => `${each}$property must be a number with at most $constraint1 decimal places`,
      ),
    },
  });
}

/**
 * A position in the event log, as a write answers it: a whole number that a double holds exactly. Past 2^53 a
 * query string's digits no longer name one position (`1e300` reads as a whole number too).
 */
export function IsLogPosition(): PropertyDecorator {
  return allOf(IsInt(), Min(0), Max(Number.MAX_SAFE_INTEGER));
}

/** Whole satang per egg: 1 satang up to 1,000 THB. */
export function IsSatangPerEgg(): PropertyDecorator {
  return allOf(IsInt(), Min(1), Max(100_000));
}

/** A whole number between min and max (counts, kilograms, satang): `@IsInt() @Min(min) @Max(max)` as one. */
export function IsWhole(min: number, max: number = Number.MAX_SAFE_INTEGER): PropertyDecorator {
  return allOf(IsInt(), Min(min), Max(max));
}

/** Several rules as one decorator, applied in the order given (the edges' shared language needs no framework). */
export function allOf(...rules: readonly PropertyDecorator[]): PropertyDecorator {
  return (target, property) => {
    for (const rule of rules) rule(target, property);
  };
}
