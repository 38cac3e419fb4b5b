/** The platform's id shape: a letter or digit, then up to 63 of letters, digits, `.`, `_`, `-`. */
export const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** An ISO calendar date, no time (checked as a real date by IsISO8601 next to it). */
export const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** At least one character that is not white space. */
export const NOT_BLANK = /\S/;
