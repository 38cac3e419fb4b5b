import { useTranslation } from 'react-i18next';

import type { components } from './api/schema';

export type Size = components['schemas']['SizeCountDto']['size'];
export type Reason = components['schemas']['RejectCountDto']['reason'];
export type RejectProduct = components['schemas']['ProcessRejectsDto']['product'];

/** A list of every value of the API's type `All`: it does not compile when the API has one it does not name. */
const every =
  <All>() =>
  <const L extends readonly All[]>(
    list: L & ([Exclude<All, L[number]>] extends [never] ? unknown : { missing: Exclude<All, L[number]> }),
  ): L =>
    list;

/** The TAS size classes (เบอร์), in the order shown. */
export const SIZES = every<Size>()([0, 1, 2, 3, 4, 5, 6]);
/** Why eggs are rejected, in the order shown. */
export const REASONS = every<Reason>()([
  'CRACKED',
  'DENTED',
  'BROKEN',
  'DIRTY',
  'SOFT_SHELL',
  'MISSHAPEN',
  'BLOOD_SPOT',
  'UNDERSIZE',
]);

/** What rejected eggs are processed into, in the order shown. */
export const REJECT_PRODUCTS = every<RejectProduct>()(['LIQUID_EGG', 'BOILED_EGG', 'BAKERY_GRADE', 'ANIMAL_FEED']);

/** A size as people say it, the number beside its name: "เบอร์ 2 · ใหญ่", "size 2 · large". */
export function useSizeLabel(): (size: Size) => string {
  const { t } = useTranslation();
  return (size) => `${t('sizes.name', { size })} · ${t(`sizes.${size}`)}`;
}
