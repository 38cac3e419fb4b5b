import { Conflict, InvariantViolated, NotFound } from '@khai/core';
import { given } from '@khai/testing';

import { type AdjustFeedDelivery, feedContractDecider, type PlaceFeedOrder } from './feed-contract.decider';
import type { FeedContractAgreed, FeedDelivered, FeedDeliveryAdjusted, FeedOrderPlaced } from './feed-contract.events';

const agreed: FeedContractAgreed = {
  type: 'FeedContractAgreed',
  data: {
    contractId: 'FC-2026-01',
    supplierId: 'SUP-CPF',
    feedType: 'LAYER_COMPLETE',
    pricePerKgSatang: 1450,
    volumeKg: 10_000,
    validFrom: '2026-01-01',
    validTo: '2026-03-31',
    marketPricePerKgSatang: 1550,
    agreedOn: '2025-12-20',
  },
};

const order: PlaceFeedOrder = {
  type: 'PlaceFeedOrder',
  data: {
    contractId: 'FC-2026-01',
    orderId: 'PO-001',
    memberId: 'M001',
    farmId: 'F01',
    kg: 6000,
    orderedOn: '2026-01-02',
    requestedDeliveryOn: '2026-01-15',
  },
};
const placed: FeedOrderPlaced = { type: 'FeedOrderPlaced', data: order.data };
const withOrder = (data: Partial<PlaceFeedOrder['data']>): PlaceFeedOrder => ({
  ...order,
  data: { ...order.data, ...data },
});

const base = {
  contractId: 'FC-2026-01',
  farmId: 'F01',
  memberId: 'M001',
  feedType: 'LAYER_COMPLETE',
  pricePerKgSatang: 1450,
  deliveredOn: '2026-01-15',
};
const onOrder: FeedDelivered = {
  type: 'FeedDelivered',
  data: { ...base, deliveryId: 'D-001', orderId: 'PO-001', kg: 4000, amountSatang: 5_800_000 },
};
const offOrder: FeedDelivered = {
  type: 'FeedDelivered',
  data: { ...base, deliveryId: 'D-002', kg: 3000, amountSatang: 4_350_000 },
};
const deliverOnOrder = (kg: number, extra: object = {}) =>
  ({
    type: 'RecordFeedDelivery',
    data: { ...base, deliveryId: 'D-009', orderId: 'PO-001', kg, deliveredOn: '2026-01-20', ...extra },
  }) as const;

const adjust: AdjustFeedDelivery = {
  type: 'AdjustFeedDelivery',
  data: {
    contractId: 'FC-2026-01',
    deliveryId: 'D-002',
    adjustmentId: 'ADJ-001',
    newKg: 2800,
    reason: 'weighbridge ticket shows 2,800 kg',
    adjustedOn: '2026-01-16',
  },
};
const adjusted: FeedDeliveryAdjusted = {
  type: 'FeedDeliveryAdjusted',
  data: {
    contractId: 'FC-2026-01',
    deliveryId: 'D-002',
    adjustmentId: 'ADJ-001',
    previousKg: 3000,
    newKg: 2800,
    deltaKg: -200,
    pricePerKgSatang: 1450,
    amountDeltaSatang: -290_000,
    reason: 'weighbridge ticket shows 2,800 kg',
    adjustedOn: '2026-01-16',
  },
};
const withAdjust = (data: Partial<AdjustFeedDelivery['data']>): AdjustFeedDelivery => ({
  ...adjust,
  data: { ...adjust.data, ...data },
});

describe('placing a feed order on behalf of a member', () => {
  it('holds the ordered kg against the contract', () => {
    given(feedContractDecider, [agreed]).when(order).then([placed]);
  });

  it('is a no-op when the same order is sent again, even once the contract is full', () => {
    const full: FeedOrderPlaced = { type: 'FeedOrderPlaced', data: { ...order.data, orderId: 'PO-002', kg: 4000 } };
    given(feedContractDecider, [agreed, placed, full]).when(order).thenNothing();
  });

  it('refuses other details for a placed order', () => {
    given(feedContractDecider, [agreed, placed])
      .when(withOrder({ kg: 6001 }))
      .thenThrows(Conflict, 'order_already_placed');
  });

  it('refuses an order without a contract', () => {
    given(feedContractDecider).when(order).thenThrows(NotFound, 'contract_not_found');
  });

  it('refuses delivery asked for before the order was placed', () => {
    given(feedContractDecider, [agreed])
      .when(withOrder({ requestedDeliveryOn: '2026-01-01' }))
      .thenThrows(InvariantViolated, 'invalid_order_dates');
  });

  it('refuses delivery asked for outside the contract period', () => {
    given(feedContractDecider, [agreed])
      .when(withOrder({ requestedDeliveryOn: '2026-04-01' }))
      .thenThrows(InvariantViolated, 'outside_contract_period');
  });

  it('counts open orders and deliveries outside orders against the volume', () => {
    const error = given(feedContractDecider, [agreed, placed, offOrder])
      .when(withOrder({ orderId: 'PO-002', kg: 1001 }))
      .thenThrows(InvariantViolated, 'contract_volume_exceeded');
    expect(error.details).toMatchObject({ openOrderKg: 6000, deliveredKg: 3000, remainingKg: 1000 });
  });

  it('accepts an order that takes exactly what is left', () => {
    given(feedContractDecider, [agreed, placed, offOrder])
      .when(withOrder({ orderId: 'PO-002', kg: 1000 }))
      .then([{ type: 'FeedOrderPlaced', data: { ...order.data, orderId: 'PO-002', kg: 1000 } }]);
  });
});

describe('delivering against an order', () => {
  it('fills the order without spending more of the contract', () => {
    // The contract is fully committed (6,000 ordered + 4,000 outside orders); the order may still be filled.
    const rest: FeedDelivered = { ...offOrder, data: { ...offOrder.data, kg: 4000, amountSatang: 5_800_000 } };
    given(feedContractDecider, [agreed, placed, rest])
      .when(deliverOnOrder(6000))
      .then([
        {
          type: 'FeedDelivered',
          data: { ...deliverOnOrder(6000).data, pricePerKgSatang: 1450, amountSatang: 8_700_000 },
        },
      ]);
  });

  it('refuses more than is left on the order', () => {
    const error = given(feedContractDecider, [agreed, placed, onOrder])
      .when(deliverOnOrder(2001))
      .thenThrows(InvariantViolated, 'order_overdelivered');
    expect(error.details).toMatchObject({ orderedKg: 6000, deliveredKg: 4000, remainingKg: 2000 });
  });

  it('refuses an unknown order', () => {
    given(feedContractDecider, [agreed])
      .when(deliverOnOrder(10, { orderId: 'PO-404' }))
      .thenThrows(NotFound, 'order_not_found');
  });

  it('refuses a delivery to another farm than the order is for', () => {
    given(feedContractDecider, [agreed, placed])
      .when(deliverOnOrder(10, { farmId: 'F02' }))
      .thenThrows(InvariantViolated, 'order_farm_mismatch');
  });

  it('is a no-op when the same delivery on an order is sent again', () => {
    given(feedContractDecider, [agreed, placed, onOrder])
      .when({ type: 'RecordFeedDelivery', data: { ...base, deliveryId: 'D-001', orderId: 'PO-001', kg: 4000 } })
      .thenNothing();
  });

  it('refuses the same delivery against another order', () => {
    given(feedContractDecider, [agreed, placed, offOrder])
      .when({ type: 'RecordFeedDelivery', data: { ...base, deliveryId: 'D-002', orderId: 'PO-001', kg: 3000 } })
      .thenThrows(Conflict, 'delivery_already_recorded');
  });
});

describe('adjusting a delivery', () => {
  it('records the correction with its reason and the money at the contract price', () => {
    given(feedContractDecider, [agreed, offOrder]).when(adjust).then([adjusted]);
  });

  it('carries the order of a delivery on an order', () => {
    given(feedContractDecider, [agreed, placed, onOrder])
      .when(withAdjust({ deliveryId: 'D-001', newKg: 6000 }))
      .then([
        {
          type: 'FeedDeliveryAdjusted',
          data: {
            ...adjusted.data,
            deliveryId: 'D-001',
            orderId: 'PO-001',
            previousKg: 4000,
            newKg: 6000,
            deltaKg: 2000,
            amountDeltaSatang: 2_900_000,
          },
        },
      ]);
  });

  it('accepts a correction down to nothing', () => {
    given(feedContractDecider, [agreed, offOrder])
      .when(withAdjust({ newKg: 0 }))
      .then([
        {
          type: 'FeedDeliveryAdjusted',
          data: { ...adjusted.data, newKg: 0, deltaKg: -3000, amountDeltaSatang: -4_350_000 },
        },
      ]);
  });

  it('is a no-op when the same adjustment is sent again, even after a later one', () => {
    const later: FeedDeliveryAdjusted = {
      type: 'FeedDeliveryAdjusted',
      data: { ...adjusted.data, adjustmentId: 'ADJ-002', previousKg: 2800, newKg: 2900, deltaKg: 100 },
    };
    given(feedContractDecider, [agreed, offOrder, adjusted, later]).when(adjust).thenNothing();
  });

  it('refuses other details under an adjustment id already used', () => {
    given(feedContractDecider, [agreed, offOrder, adjusted])
      .when(withAdjust({ newKg: 2700 }))
      .thenThrows(Conflict, 'adjustment_already_recorded');
  });

  it('refuses an unknown delivery', () => {
    given(feedContractDecider, [agreed])
      .when(withAdjust({ deliveryId: 'D-404' }))
      .thenThrows(NotFound, 'delivery_not_found');
  });

  it('refuses an adjustment without a contract', () => {
    given(feedContractDecider).when(adjust).thenThrows(NotFound, 'contract_not_found');
  });

  it.each([
    [{ reason: '  ' }, 'adjustment_reason_required'],
    [{ newKg: -1 }, 'invalid_adjusted_kg'],
    [{ newKg: 3000 }, 'adjustment_changes_nothing'],
    [{ adjustedOn: '2026-01-14' }, 'adjustment_before_delivery'],
  ])('refuses %j (%s)', (change, code) => {
    given(feedContractDecider, [agreed, offOrder]).when(withAdjust(change)).thenThrows(InvariantViolated, code);
  });

  it('keeps the volume rule: a correction upwards must fit what is left', () => {
    const error = given(feedContractDecider, [agreed, placed, offOrder])
      .when(withAdjust({ newKg: 4001 }))
      .thenThrows(InvariantViolated, 'contract_volume_exceeded');
    expect(error.details).toMatchObject({ remainingKg: 1000, requestedKg: 1001 });
  });

  it('keeps the order rule: a correction upwards must fit what is left on the order', () => {
    given(feedContractDecider, [agreed, placed, onOrder])
      .when(withAdjust({ deliveryId: 'D-001', newKg: 6001 }))
      .thenThrows(InvariantViolated, 'order_overdelivered');
  });
});
