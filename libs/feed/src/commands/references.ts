import { memberFarm, partnerOfKind } from '@khai/cluster';
import type { Check } from '@khai/event-sourcing';

/** How far ahead a planned day (a quote's validity, a period's end, a due day) may lie: two years. */
export const PLANNING_HORIZON_DAYS = 731;

/** The supplier named is registered as a feed supplier: 422 `feed_supplier_not_registered` otherwise. */
export const registeredFeedSupplier: Check<{ readonly supplierId: string }> = async ({ supplierId }, env) => {
  await partnerOfKind(env, supplierId, 'FEED_SUPPLIER');
};

/**
 * The feed goes to (or is ordered for) a registered member's own farm: 422
 * `member_not_registered` or `farm_not_registered` otherwise. The member ledger
 * charges the delivery to this member, so it must be one.
 */
export const membersOwnFarm: Check<{ readonly memberId: string; readonly farmId: string }> = async (
  { memberId, farmId },
  env,
) => {
  await memberFarm(env, memberId, farmId);
};
