import {
  checkJson,
  FEED_TYPE_PATTERN,
  ID_PATTERN,
  IsBusinessDate,
  IsIsoTimestamp,
  IsNumberWithDecimals,
  MatchesPattern,
  NOT_BLANK,
  SOURCE_PATTERN,
} from '@khai/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { answerLanguage, inThai } from './messages';

class Line {
  @IsInt() trays!: number;
}

/** Every kind of rule the edges use, each broken once. */
class EveryRule {
  @IsInt() @Min(1) integer: unknown;
  @Max(5) atMost: unknown;
  @IsIn([1, 2]) oneOf: unknown;
  @IsArray() @ArrayMaxSize(1) @ArrayMinSize(3) @ArrayUnique() list: unknown;
  @IsString() @MaxLength(2) @IsNotEmpty() text: unknown;
  @IsNumber() number: unknown;
  @IsDefined() required: unknown;
  @IsBoolean() flag: unknown;
  @IsBusinessDate() day: unknown;
  @IsIsoTimestamp() at: unknown;
  @IsNumberWithDecimals(2) amount: unknown;
  @MatchesPattern(ID_PATTERN) lotId: unknown;
  @MatchesPattern(NOT_BLANK) note: unknown;
  @MatchesPattern(NOT_BLANK, { message: 'reason must not be blank' }) reason: unknown;
  @MatchesPattern(FEED_TYPE_PATTERN) feedType: unknown;
  @MatchesPattern(SOURCE_PATTERN) source: unknown;
  @ValidateNested() @Type(() => Line) line: unknown;
  @ValidateNested({ each: true }) @Type(() => Line) lines: unknown;
}

describe('validation messages in Thai', () => {
  it('has a Thai message for every rule the edges use', () => {
    const checked = checkJson(EveryRule, {
      integer: 'x',
      atMost: 9,
      oneOf: 3,
      list: [1, 1],
      text: 5,
      number: 'x',
      flag: 3,
      day: '2026-02-30',
      at: 'x',
      amount: 1.234,
      lotId: 'a b',
      note: ' ',
      reason: ' ',
      feedType: 'x',
      source: 'X',
      line: 5,
      lines: [{ trays: 'x' }],
      extra: 1,
    });
    expect(checked?.ok).toBe(false);
    const messages = checked?.ok === false ? checked.errors.flatMap((e) => e.messages) : [];
    expect(messages.length).toBeGreaterThan(20);
    const untranslated = messages.filter((m) => inThai(m) === m);
    expect(untranslated).toEqual([]);
  });

  it('keeps the field names and values', () => {
    expect(inThai('eggs must not be less than 1')).toBe('eggs ต้องไม่น้อยกว่า 1');
    expect(inThai('property valueOf should not exist')).toBe('ไม่รู้จักช่อง valueOf');
    expect(inThai('grade must be one of the following values: A, B')).toBe('grade ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: A, B');
    // The Kafka messages' own words (kafka/validators).
    expect(inThai('size must be a TAS size class 0–6')).toBe('size ต้องเป็นเบอร์ไข่ตาม มกษ. 0–6');
    expect(inThai('buyerId must be an id: letters, digits, ".", "_", "-" (1–64)')).toMatch(/^buyerId ต้องเป็นรหัส/);
    expect(inThai('something we never said')).toBe('something we never said');
  });
});

describe('the language of an answer', () => {
  it.each([
    [undefined, 'en'],
    ['th', 'th'],
    ['th-TH,th;q=0.9,en;q=0.8', 'th'],
    ['en-US,en;q=0.9,th;q=0.8', 'en'],
    ['en;q=0.5, th;q=0.7', 'th'],
    ['fr, de', 'en'],
    ['th;q=0', 'en'],
  ])('Accept-Language %s → %s', (header, language) => {
    expect(answerLanguage(header)).toBe(language);
  });
});
