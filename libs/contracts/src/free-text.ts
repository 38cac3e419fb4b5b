import { ValidateBy, type ValidationArguments } from 'class-validator';

import { NOT_BLANK } from './edge-formats';

/**
 * What free text may not hold (names, reasons, notes, addresses): the C0 and C1 control characters (tab, line feed
 * and carriage return allowed), NUL among them, and the bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069: they make text read otherwise than it is stored, in a statement or a log). Written without the `u`
 * flag and without surrogates, so that the patterns read alike in JSON Schema and in every regex dialect a
 * generator may use (Rust's, Python's): the OpenAPI document publishes them as the pattern of each free-text field.
 */
const NOT_FREE = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069';

/** Free text as its pattern says it (`IsFreeText` refuses a lone surrogate besides). */
export const FREE_TEXT = new RegExp(`^[^${NOT_FREE}]*$`);
/**
 * Free text with something in it besides white space, as its pattern says it: white space, one character that is
 * not, then anything free. Not a lookahead, which generators handle slowly (schemathesis's coverage phase took
 * four times as long).
 */
export const NOT_BLANK_FREE_TEXT = new RegExp(`^[^\\S${NOT_FREE}]*[^\\s${NOT_FREE}][^${NOT_FREE}]*$`);

/**
 * A surrogate that is not half of a pair: a string no UTF-8 can hold, which a JSON body can still carry as a
 * `\uD800` escape. Free text refuses it too; the pattern cannot say so in a dialect that reads code points (a
 * Rust or Python regex has no surrogates to match), so the document says it in words (`FREE_TEXT_NOTE`).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What the pattern of free text leaves unsaid, for the OpenAPI document. */
export const FREE_TEXT_NOTE =
  'A field with the free-text pattern also refuses a lone surrogate (a \\uD800–\\uDFFF escape that is not half of ' +
  'a pair): a string UTF-8 cannot hold, which a regex over code points cannot match.';

/** Whether `value` is free text, as `IsFreeText` takes it (`notBlank`: not white space only). */
export function isFreeText(value: string, notBlank = false): boolean {
  return (notBlank ? NOT_BLANK_FREE_TEXT : FREE_TEXT).test(value) && !LONE_SURROGATE.test(value);
}

export const IS_FREE_TEXT = 'isFreeText';

/**
 * A free-text field: refuses control characters, NUL, bidi overrides and lone surrogates, and, with `notBlank`, a
 * text of white space only. Every free-text field of a request takes this rule (the OpenAPI document shows it as
 * its pattern, and the lone surrogates in words); its type and length are the field's own rules.
 */
export function IsFreeText(options: { readonly notBlank?: boolean } = {}): PropertyDecorator {
  const notBlank = options.notBlank === true;
  return ValidateBy({
    name: IS_FREE_TEXT,
    constraints: [notBlank],
    validator: {
      // Not a string: the field's @IsString says so.
      validate: (value) => typeof value !== 'string' || isFreeText(value, notBlank),
      defaultMessage: ({ property, value }: ValidationArguments) =>
        typeof value === 'string' && isFreeText(value) && !NOT_BLANK.test(value)
          ? `${property} must not be blank`
          : `${property} must be text without control characters, bidi overrides or lone surrogates`,
    },
  });
}
