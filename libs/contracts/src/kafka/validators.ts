import { IsIn } from 'class-validator';

import { FEED_TYPE_PATTERN, ID_PATTERN, IsWhole, MatchesPattern } from '../edge-formats';
import { SIZE_CLASSES } from '../egg';

export { IsWhole };
export { ListOf } from '../compiled-check';

/** The edge checks the messages share with HTTP: a business day (YYYY-MM-DD), a timestamp, a pattern. */
export { IsBusinessDate, IsIsoTimestamp, MatchesPattern } from '../edge-formats';

/** Partner-supplied ids: the same format as over HTTP. */
export const PARTNER_ID = ID_PATTERN;
/** Message ids: a UUID is best; any 1–128 characters of letters, digits and `._:-` are accepted. */
export const MESSAGE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
/** Feed types are configuration codes (LAYER_COMPLETE), not an enum. */
export const FEED_TYPE = FEED_TYPE_PATTERN;

export function IsPartnerId(): PropertyDecorator {
  return MatchesPattern(PARTNER_ID, { message: '$property must be an id: letters, digits, ".", "_", "-" (1–64)' });
}

export function IsSizeClass(): PropertyDecorator {
  return IsIn(SIZE_CLASSES, { message: '$property must be a TAS size class 0–6' });
}
