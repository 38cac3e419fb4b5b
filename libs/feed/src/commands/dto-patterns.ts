import { allOf } from '@khai/contracts';
import { IsInt, Max, Min } from 'class-validator';

/** The edge formats shared by the feed DTOs. */
export { ID_PATTERN as ID, NOT_BLANK } from '@khai/contracts';
/** Feed types are configuration codes (LAYER_COMPLETE, PULLET_GROWER), not an enum. */
export const FEED_TYPE = /^[A-Z][A-Z0-9_]{0,39}$/;

/** A whole number from `min` to `max` (kg, satang); checked, and reported, as `@IsInt() @Min() @Max()` stacked. */
export function IsIntBetween(min: number, max: number): PropertyDecorator {
  return allOf(Max(max), Min(min), IsInt());
}
