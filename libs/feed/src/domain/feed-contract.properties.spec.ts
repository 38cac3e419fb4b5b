import { fold, KhaiError } from '@khai/core';
import fc from 'fast-check';

import { type FeedContractCommand, feedContractDecider } from './feed-contract.decider';
import type { FeedContractAgreed, FeedContractEvent } from './feed-contract.events';
import { type AgreedFeedContract, committedKg, type FeedContractState } from './feed-contract.state';

const VOLUME_KG = 2000;
const PRICE = 1450;
const agreed: FeedContractAgreed = {
  type: 'FeedContractAgreed',
  data: {
    contractId: 'FC-P',
    supplierId: 'SUP-P',
    feedType: 'LAYER_COMPLETE',
    pricePerKgSatang: PRICE,
    volumeKg: VOLUME_KG,
    validFrom: '2026-01-01',
    validTo: '2026-03-31',
    marketPricePerKgSatang: 1550,
    agreedOn: '2025-12-20',
  },
};

// Small id pools, so repeats, conflicts and orders filled by several deliveries all happen.
const orderId = fc.constantFrom('PO-1', 'PO-2', 'PO-3');
const farm = fc.constantFrom({ farmId: 'F01', memberId: 'M01' }, { farmId: 'F02', memberId: 'M02' });
const kg = fc.integer({ min: 1, max: 900 });

const placeOrder = fc.record({ orderId, farm, kg }).map(({ orderId, farm, kg }): FeedContractCommand => ({
  type: 'PlaceFeedOrder',
  data: { contractId: 'FC-P', orderId, ...farm, kg, orderedOn: '2026-01-02', requestedDeliveryOn: '2026-01-20' },
}));
const deliver = fc
  .record({ deliveryId: fc.constantFrom('D-1', 'D-2', 'D-3', 'D-4', 'D-5'), orderId: fc.option(orderId), farm, kg })
  .map(({ deliveryId, orderId, farm, kg }): FeedContractCommand => ({
    type: 'RecordFeedDelivery',
    data: {
      contractId: 'FC-P',
      deliveryId,
      ...(orderId === null ? {} : { orderId }),
      ...farm,
      feedType: 'LAYER_COMPLETE',
      kg,
      deliveredOn: '2026-01-20',
    },
  }));
const adjust = fc
  .record({
    adjustmentId: fc.constantFrom('A-1', 'A-2', 'A-3', 'A-4'),
    deliveryId: fc.constantFrom('D-1', 'D-2', 'D-3'),
    newKg: fc.integer({ min: 0, max: 1200 }),
  })
  .map(({ adjustmentId, deliveryId, newKg }): FeedContractCommand => ({
    type: 'AdjustFeedDelivery',
    data: { contractId: 'FC-P', deliveryId, adjustmentId, newKg, reason: 'recount', adjustedOn: '2026-01-21' },
  }));
const commands = fc.array(fc.oneof(placeOrder, deliver, adjust), { maxLength: 40 });

/** The rules, restated from the events alone rather than from the state's running totals. */
function assertInvariants(state: AgreedFeedContract): void {
  let ordered = 0;
  for (const { order, deliveredKg } of state.orders.values()) {
    ordered += order.kg;
    expect(deliveredKg).toBeGreaterThanOrEqual(0);
    expect(deliveredKg).toBeLessThanOrEqual(order.kg);
  }
  let delivered = 0;
  let outsideOrders = 0;
  for (const { delivery, kg, amountSatang } of state.deliveries.values()) {
    expect(kg).toBeGreaterThanOrEqual(0);
    expect(amountSatang).toBe(kg * PRICE);
    delivered += kg;
    if (delivery.orderId === undefined) outsideOrders += kg;
  }
  expect(state.deliveredKg).toBe(delivered);
  // Open orders + deliveries = everything ordered + what was delivered outside any order.
  expect(committedKg(state)).toBe(ordered + outsideOrders);
  expect(committedKg(state)).toBeLessThanOrEqual(VOLUME_KG);
}

describe('feed contract volume (property)', () => {
  it('never commits more than the volume, in any state, and replays to the same state', () => {
    fc.assert(
      fc.property(commands, (sequence) => {
        const accepted: FeedContractEvent[] = [agreed];
        let state: FeedContractState = fold(feedContractDecider, accepted);
        for (const command of sequence) {
          let events: readonly FeedContractEvent[];
          try {
            events = feedContractDecider.decide(command, state);
          } catch (error) {
            // Rejections are typed; anything else is a bug.
            if (!(error instanceof KhaiError)) throw error;
            continue;
          }
          for (const event of events) state = feedContractDecider.evolve(state, event);
          accepted.push(...events);
          if (state.status !== 'agreed') throw new Error('the contract stays agreed');
          assertInvariants(state);
          expect(fold(feedContractDecider, accepted)).toEqual(state);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a delivery outside orders exactly when it would exceed the volume', () => {
    fc.assert(
      fc.property(fc.array(kg, { maxLength: 8 }), (kgs) => {
        let state = fold(feedContractDecider, [agreed]);
        kgs.forEach((k, i) => {
          if (state.status !== 'agreed') throw new Error('the contract stays agreed');
          const fits = committedKg(state) + k <= VOLUME_KG;
          const run = () =>
            feedContractDecider.decide(
              {
                type: 'RecordFeedDelivery',
                data: {
                  contractId: 'FC-P',
                  deliveryId: `D-${i}`,
                  farmId: 'F01',
                  memberId: 'M01',
                  feedType: 'LAYER_COMPLETE',
                  kg: k,
                  deliveredOn: '2026-01-20',
                },
              },
              state,
            );
          if (fits) {
            state = run().reduce(feedContractDecider.evolve, state);
            return;
          }
          let refusal: string | undefined;
          try {
            run();
          } catch (error) {
            refusal = error instanceof KhaiError ? error.code : String(error);
          }
          expect(refusal).toBe('contract_volume_exceeded');
        });
      }),
    );
  });
});
