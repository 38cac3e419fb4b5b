import { partnerOfKind } from '@khai/cluster';
import { type Check } from '@khai/event-sourcing';

import { priceNegotiation, salesOrder, shipment } from '../domain/aggregates';
import { requireSameBuyer } from '../domain/references.rules';

/** How far ahead a planned day (a delivery, the end of an agreed price) may lie: a year and a day. */
export const PLANNING_HORIZON_DAYS = 366;

/** The buyer named is registered as a buyer: 422 `buyer_not_registered` otherwise. */
export const registeredBuyer: Check<{ readonly buyerId: string }> = async ({ buyerId }, env) => {
  await partnerOfKind(env, buyerId, 'BUYER');
};

/**
 * A buyer's step in a negotiation (an offer sent on `buyers.offers.v1` names its sender)
 * comes from a registered buyer (`buyer_not_registered`) who is the negotiation's buyer
 * (`buyer_mismatch`). Without a buyer named there is nothing to check; without the
 * negotiation, nothing to compare (the decider answers 404).
 */
export const negotiationsBuyer: Check<{ readonly negotiationId: string; readonly buyerId?: string }> = async (
  { negotiationId, buyerId },
  env,
) => {
  if (buyerId === undefined) return;
  await partnerOfKind(env, buyerId, 'BUYER');
  const state = await env.state(priceNegotiation, negotiationId);
  if (state.status === 'none') return;
  requireSameBuyer(buyerId, state.negotiation.buyerId, `negotiation ${negotiationId}`, { negotiationId });
};

/** A payment names, when it names one, a registered buyer who is the order's buyer (as `negotiationsBuyer`). */
export const ordersBuyer: Check<{ readonly orderId: string; readonly buyerId?: string }> = async (
  { orderId, buyerId },
  env,
) => {
  if (buyerId === undefined) return;
  await partnerOfKind(env, buyerId, 'BUYER');
  const state = await env.state(salesOrder, orderId);
  if (state.status === 'none') return;
  requireSameBuyer(buyerId, state.order.buyerId, `sales order ${orderId}`, { orderId });
};

/** A delivery is confirmed, when it names one, by a registered buyer who is the shipment's (as `negotiationsBuyer`). */
export const shipmentsBuyer: Check<{ readonly shipmentId: string; readonly buyerId?: string }> = async (
  { shipmentId, buyerId },
  env,
) => {
  if (buyerId === undefined) return;
  await partnerOfKind(env, buyerId, 'BUYER');
  const state = await env.state(shipment, shipmentId);
  if (state.status === 'none') return;
  requireSameBuyer(buyerId, state.plan.buyerId, `shipment ${shipmentId}`, { shipmentId });
};
