import { EGGS_PER_TRAY, type SizeClass } from '@khai/contracts';
import { InvariantViolated, requireDistinct } from '@khai/core';

import { requireSafeTotal, requireWholeNumber } from './rules';
import { CLAIM_REASONS, type ClaimReason, type DeliveryConfirmed, type ShipmentPlanned } from './shipment.events';

/** What the buyer reports on receipt. */
export interface DeliveryReport {
  readonly shipmentId: string;
  readonly deliveredOn: string;
  readonly recount: readonly { readonly size: SizeClass; readonly trays: number }[];
  readonly claims: readonly {
    readonly reason: ClaimReason;
    readonly size: SizeClass;
    readonly eggs: number;
    readonly amountSatang: number;
  }[];
}

/**
 * The buyer's recount and claims, checked against what was shipped, size by size:
 * every shipped size is recounted once and never above what was shipped; a SHORT
 * claim is backed by missing trays, every other claim by eggs received.
 */
export function deliveryConfirmed(data: DeliveryReport, plan: ShipmentPlanned['data']): DeliveryConfirmed {
  const shipped = new Map<SizeClass, number>();
  for (const item of plan.items) shipped.set(item.size, (shipped.get(item.size) ?? 0) + item.trays);

  requireDistinct(
    data.recount.map((r) => r.size),
    'duplicate_size_class',
    'each size may be recounted once',
  );
  for (const line of [...data.recount, ...data.claims]) requireShipped(shipped, line.size);
  const missing = [...shipped.keys()].filter((size) => !data.recount.some((r) => r.size === size));
  if (missing.length > 0) {
    throw new InvariantViolated('recount_missing_size', 'the recount must count every shipped size', {
      sizes: missing.sort((a, b) => a - b),
    });
  }
  const recount = [...shipped.entries()]
    .sort(([a], [b]) => a - b)
    .map(([size, shippedTrays]) => {
      const recountedTrays = data.recount.find((r) => r.size === size)?.trays ?? 0;
      requireWholeNumber(recountedTrays, 0, 'invalid_recount', 'trays');
      if (recountedTrays > shippedTrays) {
        throw new InvariantViolated('recount_exceeds_shipped', `more trays of size ${size} recounted than shipped`, {
          size,
          shippedTrays,
          recountedTrays,
        });
      }
      return { size, shippedTrays, recountedTrays, shortTrays: shippedTrays - recountedTrays };
    });

  requireDistinct(
    data.claims.map((c) => `${c.reason}\u0000${c.size}`),
    'duplicate_claim',
    'each reason may be claimed once per size',
  );
  const claims = [...data.claims]
    .sort((a, b) => a.size - b.size || CLAIM_REASONS.indexOf(a.reason) - CLAIM_REASONS.indexOf(b.reason))
    .map((c) => {
      if (!CLAIM_REASONS.includes(c.reason)) {
        throw new InvariantViolated('invalid_claim', `reason must be one of ${CLAIM_REASONS.join(', ')}`);
      }
      requireWholeNumber(c.eggs, 1, 'invalid_claim', 'eggs');
      requireWholeNumber(c.amountSatang, 0, 'invalid_claim', 'amountSatang');
      return { reason: c.reason, size: c.size, eggs: c.eggs, amountSatang: c.amountSatang };
    });
  for (const line of recount) {
    const forSize = claims.filter((c) => c.size === line.size);
    const shortEggs = sumEggs(forSize.filter((c) => c.reason === 'SHORT'));
    const otherEggs = sumEggs(forSize.filter((c) => c.reason !== 'SHORT'));
    if (shortEggs > line.shortTrays * EGGS_PER_TRAY) {
      throw new InvariantViolated('short_claim_exceeds_shortfall', `size ${line.size} is short fewer eggs`, {
        size: line.size,
        shortTrays: line.shortTrays,
        claimedEggs: shortEggs,
      });
    }
    if (otherEggs > line.recountedTrays * EGGS_PER_TRAY) {
      throw new InvariantViolated('claims_exceed_received', `claims on size ${line.size} exceed the eggs received`, {
        size: line.size,
        recountedTrays: line.recountedTrays,
        claimedEggs: otherEggs,
      });
    }
  }
  const claimedSatang = claims.reduce((t, c) => t + c.amountSatang, 0);
  requireSafeTotal(claimedSatang, 'claimedSatang');
  return {
    type: 'DeliveryConfirmed',
    data: {
      shipmentId: data.shipmentId,
      orderId: plan.orderId,
      buyerId: plan.buyerId,
      deliveredOn: data.deliveredOn,
      recount,
      claims,
      shortTrays: recount.reduce((t, l) => t + l.shortTrays, 0),
      claimedSatang,
    },
  };
}

function requireShipped(shipped: ReadonlyMap<SizeClass, number>, size: SizeClass): void {
  if (!shipped.has(size)) {
    throw new InvariantViolated('size_not_shipped', `size ${size} was not shipped`, { size });
  }
}

function sumEggs(claims: readonly { readonly eggs: number }[]): number {
  return claims.reduce((t, c) => t + c.eggs, 0);
}
