import { Conflict, InvariantViolated, NotFound, sameFacts } from '@khai/core';

import type { AdjustFeedDelivery, RecordFeedDelivery } from './feed-contract.commands';
import type { FeedContractEvent, FeedDelivered, FeedDeliveryAdjusted } from './feed-contract.events';
import { assertVolumeLeft, assertWithinPeriod } from './feed-contract.rules';
import type { AgreedFeedContract, FeedDeliveryState } from './feed-contract.state';

export function deliver(data: RecordFeedDelivery['data'], state: AgreedFeedContract): FeedContractEvent[] {
  const { contract } = state;
  // A supplier's delivery note is of its own contract: checked first, so another's repeat is no repeat either.
  if (data.supplierId !== undefined && data.supplierId !== contract.supplierId) {
    throw new InvariantViolated(
      'supplier_mismatch',
      `feed contract ${contract.contractId} is with supplier ${contract.supplierId}, not ${data.supplierId}`,
      { contractId: contract.contractId, contractSupplierId: contract.supplierId },
    );
  }
  const delivered: FeedDelivered = {
    type: 'FeedDelivered',
    data: {
      contractId: data.contractId,
      deliveryId: data.deliveryId,
      // Left out rather than undefined, so the event is the same before and after storage.
      ...(data.orderId === undefined ? {} : { orderId: data.orderId }),
      farmId: data.farmId,
      memberId: data.memberId,
      feedType: data.feedType,
      kg: data.kg,
      pricePerKgSatang: contract.pricePerKgSatang,
      amountSatang: data.kg * contract.pricePerKgSatang,
      deliveredOn: data.deliveredOn,
    },
  };

  // A repeat is judged before the rules, so resending a delivery that filled the contract stays a no-op.
  const earlier = state.deliveries.get(data.deliveryId);
  if (earlier) {
    if (sameFacts(earlier.delivery, delivered.data)) return [];
    throw new Conflict('delivery_already_recorded', `delivery ${data.deliveryId} was recorded with other details`, {
      contractId: data.contractId,
      deliveryId: data.deliveryId,
    });
  }
  if (data.feedType !== contract.feedType) {
    throw new InvariantViolated(
      'feed_type_mismatch',
      `contract ${contract.contractId} covers ${contract.feedType}, not ${data.feedType}`,
      { contractFeedType: contract.feedType },
    );
  }
  assertWithinPeriod(state, data.deliveredOn);
  if (data.orderId === undefined) {
    assertVolumeLeft(state, data.kg);
  } else {
    // An order's kilograms are already held against the volume: filling it spends nothing new.
    const order = state.orders.get(data.orderId);
    if (!order) {
      throw new NotFound(
        `no order ${data.orderId} on contract ${data.contractId}`,
        { contractId: data.contractId, orderId: data.orderId },
        'order_not_found',
      );
    }
    if (order.order.farmId !== data.farmId || order.order.memberId !== data.memberId) {
      throw new InvariantViolated('order_farm_mismatch', `order ${data.orderId} is for another member or farm`, {
        orderId: data.orderId,
        memberId: order.order.memberId,
        farmId: order.order.farmId,
      });
    }
    assertOrderLeft(data.orderId, order.order.kg, order.deliveredKg, data.kg);
  }
  return [delivered];
}

export function adjust(data: AdjustFeedDelivery['data'], state: AgreedFeedContract): FeedContractEvent[] {
  const earlier = state.adjustments.get(data.adjustmentId);
  if (earlier) {
    const { contractId, deliveryId, adjustmentId, newKg, reason, adjustedOn } = earlier;
    if (sameFacts({ contractId, deliveryId, adjustmentId, newKg, reason, adjustedOn }, data)) return [];
    throw new Conflict('adjustment_already_recorded', `adjustment ${data.adjustmentId} was made with other details`, {
      contractId: data.contractId,
      adjustmentId: data.adjustmentId,
    });
  }
  const current = state.deliveries.get(data.deliveryId);
  if (!current) {
    throw new NotFound(
      `no delivery ${data.deliveryId} on contract ${data.contractId}`,
      { contractId: data.contractId, deliveryId: data.deliveryId },
      'delivery_not_found',
    );
  }
  assertAdjustmentValid(data, current);
  const deltaKg = data.newKg - current.kg;
  const { orderId } = current.delivery;
  if (deltaKg > 0) {
    const order = orderId === undefined ? undefined : state.orders.get(orderId);
    if (orderId !== undefined && order) assertOrderLeft(orderId, order.order.kg, order.deliveredKg, deltaKg);
    else assertVolumeLeft(state, deltaKg);
  }
  const price = state.contract.pricePerKgSatang;
  const adjusted: FeedDeliveryAdjusted = {
    type: 'FeedDeliveryAdjusted',
    data: {
      contractId: data.contractId,
      deliveryId: data.deliveryId,
      adjustmentId: data.adjustmentId,
      ...(orderId === undefined ? {} : { orderId }),
      previousKg: current.kg,
      newKg: data.newKg,
      deltaKg,
      pricePerKgSatang: price,
      amountDeltaSatang: deltaKg * price,
      reason: data.reason,
      adjustedOn: data.adjustedOn,
    },
  };
  return [adjusted];
}

function assertAdjustmentValid(data: AdjustFeedDelivery['data'], current: FeedDeliveryState): void {
  if (!Number.isInteger(data.newKg) || data.newKg < 0) {
    throw new InvariantViolated('invalid_adjusted_kg', 'newKg must be a whole number of kg, 0 or more', {
      newKg: data.newKg,
    });
  }
  if (data.reason.trim() === '') {
    throw new InvariantViolated('adjustment_reason_required', 'a correction must say why');
  }
  if (data.adjustedOn < current.delivery.deliveredOn) {
    throw new InvariantViolated('adjustment_before_delivery', 'a delivery cannot be corrected before it happened', {
      deliveredOn: current.delivery.deliveredOn,
      adjustedOn: data.adjustedOn,
    });
  }
  // A correction that changes nothing would leave an empty fact in the log; say so instead.
  if (data.newKg === current.kg) {
    throw new InvariantViolated(
      'adjustment_changes_nothing',
      `delivery ${data.deliveryId} is already ${current.kg} kg`,
      {
        deliveryId: data.deliveryId,
        kg: current.kg,
      },
    );
  }
}

function assertOrderLeft(orderId: string, orderedKg: number, deliveredKg: number, requestedKg: number): void {
  const remainingKg = orderedKg - deliveredKg;
  if (requestedKg > remainingKg) {
    throw new InvariantViolated(
      'order_overdelivered',
      `${requestedKg} kg exceeds the ${remainingKg} kg left on order ${orderId}`,
      { orderId, orderedKg, deliveredKg, remainingKg, requestedKg },
    );
  }
}
