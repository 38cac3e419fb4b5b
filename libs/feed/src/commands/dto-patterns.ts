/** The edge formats shared by the feed DTOs. */
export { DAY_PATTERN as DATE, ID_PATTERN as ID, NOT_BLANK } from '@khai/contracts';
/** Feed types are configuration codes (LAYER_COMPLETE, PULLET_GROWER), not an enum. */
export const FEED_TYPE = /^[A-Z][A-Z0-9_]{0,39}$/;
export const ISO_DATE = { strict: true, strictSeparator: true } as const;
