/** The edge formats shared by the feed DTOs. */
export const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Feed types are configuration codes (LAYER_COMPLETE, PULLET_GROWER), not an enum. */
export const FEED_TYPE = /^[A-Z][A-Z0-9_]{0,39}$/;
/** A reason is free text, but not blank. */
export const NOT_BLANK = /\S/;
export const ISO_DATE = { strict: true, strictSeparator: true } as const;
