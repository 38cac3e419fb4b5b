/** The edge formats shared by the feed DTOs. */
export { ID_PATTERN as ID, NOT_BLANK } from '@khai/contracts';
/** Feed types are configuration codes (LAYER_COMPLETE, PULLET_GROWER), not an enum. */
export const FEED_TYPE = /^[A-Z][A-Z0-9_]{0,39}$/;
