/** The edge formats shared by the feed DTOs. */
export { ID_PATTERN as ID, NOT_BLANK } from '@khai/contracts';
/** Feed types are configuration codes (LAYER_COMPLETE, PULLET_GROWER), not an enum. */
export { FEED_TYPE_PATTERN as FEED_TYPE } from '@khai/contracts';
