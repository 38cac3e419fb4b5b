import type { SizeClass } from '@khai/contracts';
import { InvariantViolated } from '@khai/core';

import type { PriceNegotiationState } from './price-negotiation.state';
import type { ConfirmSalesOrder } from './sales-order.decider';
import type { SalesOrderState } from './sales-order.state';
import type { PlanShipment } from './shipment.decider';

/*
 * The rules a command keeps with another aggregate of sales, as pure functions of
 * the command and that aggregate's state: the use case reads the state (env.state)
 * and the rule says whether the command may go on.
 */

/** 422 `buyer_mismatch` when the buyer named is not the party of the negotiation, order or shipment. */
export function requireSameBuyer(
  buyerId: string,
  partyBuyerId: string,
  what: string,
  ref: Readonly<Record<string, string>>,
): void {
  if (buyerId === partyBuyerId) return;
  throw new InvariantViolated('buyer_mismatch', `${what} is buyer ${partyBuyerId}'s, not ${buyerId}'s`, {
    ...ref,
    buyerId,
    partyBuyerId,
  });
}

/**
 * A contract order (one naming a negotiation) is priced by that negotiation's agreement,
 * read from its stream by the use case: the negotiation was agreed (`negotiation_not_agreed`, with its
 * status), with this buyer (`buyer_mismatch`), the order day lies in the agreed validity
 * (`outside_agreed_validity`), and every line is of an agreed size (`size_not_agreed`) at
 * the agreed price (`contract_price_mismatch`). Otherwise it would count as contract
 * volume at prices nobody agreed. A spot order (no negotiation) is priced as it says.
 */
export function requireAgreedPrices(
  d: ConfirmSalesOrder['data'] & { readonly negotiationId: string },
  state: PriceNegotiationState,
): void {
  const { negotiationId } = d;
  if (state.status !== 'agreed') {
    throw new InvariantViolated(
      'negotiation_not_agreed',
      state.status === 'none'
        ? `no negotiation ${negotiationId} was opened`
        : `negotiation ${negotiationId} is ${state.status}, not agreed`,
      { negotiationId, negotiationStatus: state.status },
    );
  }
  const { agreement } = state;
  requireSameBuyer(d.buyerId, agreement.buyerId, `negotiation ${negotiationId}`, { negotiationId });
  if (d.orderedOn < agreement.validFrom || d.orderedOn > agreement.validTo) {
    throw new InvariantViolated(
      'outside_agreed_validity',
      `the prices of negotiation ${negotiationId} apply from ${agreement.validFrom} to ${agreement.validTo}, not on ${d.orderedOn}`,
      { negotiationId, orderedOn: d.orderedOn, validFrom: agreement.validFrom, validTo: agreement.validTo },
    );
  }
  const agreed = new Map(agreement.prices.map((p) => [p.size, p.satangPerEgg]));
  const notAgreed = d.lines.filter((l) => !agreed.has(l.size)).map((l) => l.size);
  if (notAgreed.length > 0) {
    throw new InvariantViolated('size_not_agreed', `negotiation ${negotiationId} agreed no price for these sizes`, {
      negotiationId,
      sizes: notAgreed.sort((a, b) => a - b),
      agreedPrices: agreement.prices,
    });
  }
  const off = d.lines.filter((l) => agreed.get(l.size) !== l.satangPerEgg);
  if (off.length > 0) {
    throw new InvariantViolated(
      'contract_price_mismatch',
      `the lines must be at the prices agreed in negotiation ${negotiationId}`,
      {
        negotiationId,
        lines: off
          .map((l) => ({ size: l.size, satangPerEgg: l.satangPerEgg, agreedSatangPerEgg: agreed.get(l.size) }))
          .sort((a, b) => a.size - b.size),
      },
    );
  }
}

/**
 * A shipment goes against a confirmed order, read from the order's stream by the use case: one neither
 * unknown nor cancelled (`sales_order_not_confirmed`, with its status), to the order's
 * buyer (`buyer_mismatch`), planned on or after the order day (`date_out_of_order`), and
 * of sizes the order has (`size_not_ordered`), no more trays of a size than it orders
 * (`more_than_ordered`).
 */
export function requireConfirmedOrder(d: PlanShipment['data'], state: SalesOrderState): void {
  const { orderId } = d;
  if (state.status !== 'confirmed') {
    throw new InvariantViolated(
      'sales_order_not_confirmed',
      state.status === 'none' ? `no sales order ${orderId} was confirmed` : `sales order ${orderId} was cancelled`,
      { orderId, orderStatus: state.status },
    );
  }
  const { order } = state;
  requireSameBuyer(d.buyerId, order.buyerId, `sales order ${orderId}`, { orderId });
  if (d.plannedOn < order.orderedOn) {
    throw new InvariantViolated('date_out_of_order', `sales order ${orderId} was ordered on ${order.orderedOn}`, {
      orderId,
      plannedOn: d.plannedOn,
      orderedOn: order.orderedOn,
    });
  }
  const ordered = new Map(order.lines.map((l) => [l.size, l.trays]));
  const shipped = new Map<SizeClass, number>();
  for (const item of d.items) shipped.set(item.size, (shipped.get(item.size) ?? 0) + item.trays);
  const sizes = [...shipped.keys()].sort((a, b) => a - b);
  const notOrdered = sizes.filter((size) => !ordered.has(size));
  if (notOrdered.length > 0) {
    throw new InvariantViolated('size_not_ordered', `sales order ${orderId} orders none of these sizes`, {
      orderId,
      sizes: notOrdered,
    });
  }
  const over = sizes.filter((size) => (shipped.get(size) ?? 0) > (ordered.get(size) ?? 0));
  if (over.length > 0) {
    throw new InvariantViolated('more_than_ordered', `the shipment carries more trays than sales order ${orderId}`, {
      orderId,
      sizes: over.map((size) => ({ size, trays: shipped.get(size), orderedTrays: ordered.get(size) })),
    });
  }
}
