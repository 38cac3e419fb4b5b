import { ValidateBy, type ValidationArguments } from 'class-validator';

import { NOT_BLANK } from './edge-formats';

/**
 * One character of free text (names, reasons, notes, addresses): anything but the C0 and C1 control characters
 * (tab, line feed and carriage return allowed), NUL among them, the bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069: they make text read otherwise than it is stored, in a statement or a log), and a
 * surrogate that is not half of a pair. Written without the `u` flag, so that it reads alike in JSON Schema.
 */
const FREE_CHAR =
  '(?:[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\uD800-\\uDFFF]' +
  '|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])';

/** Free text as `IsFreeText` takes it. */
export const FREE_TEXT = new RegExp(`^${FREE_CHAR}*$`);
/** Free text with something in it besides white space. */
export const NOT_BLANK_FREE_TEXT = new RegExp(`^(?=[\\s\\S]*\\S)${FREE_CHAR}*$`);

export const IS_FREE_TEXT = 'isFreeText';

/**
 * A free-text field: refuses control characters, NUL, bidi overrides and lone surrogates, and, with `notBlank`, a
 * text of white space only. Every free-text field of a request takes this rule (the OpenAPI document shows it as
 * its pattern); its type and length are the field's own rules.
 */
export function IsFreeText(options: { readonly notBlank?: boolean } = {}): PropertyDecorator {
  const notBlank = options.notBlank === true;
  return ValidateBy({
    name: IS_FREE_TEXT,
    constraints: [notBlank],
    validator: {
      // Not a string: the field's @IsString says so.
      validate: (value) => typeof value !== 'string' || (notBlank ? NOT_BLANK_FREE_TEXT : FREE_TEXT).test(value),
      defaultMessage: ({ property, value }: ValidationArguments) =>
        typeof value === 'string' && FREE_TEXT.test(value) && !NOT_BLANK.test(value)
          ? `${property} must not be blank`
          : `${property} must be text without control characters, bidi overrides or lone surrogates`,
    },
  });
}
