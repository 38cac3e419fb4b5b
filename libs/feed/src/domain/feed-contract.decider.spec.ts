import { Conflict, InvariantViolated, NotFound } from '@khai/core';
import { given } from '@khai/testing';

import { type AgreeFeedContract, feedContractDecider, type RecordFeedDelivery } from './feed-contract.decider';
import type { FeedContractAgreed, FeedDelivered } from './feed-contract.events';

const terms: FeedContractAgreed['data'] = {
  contractId: 'FC-2026-01',
  supplierId: 'SUP-CPF',
  feedType: 'LAYER_COMPLETE',
  pricePerKgSatang: 1450,
  volumeKg: 10_000,
  validFrom: '2026-01-01',
  validTo: '2026-03-31',
  marketPricePerKgSatang: 1550,
  agreedOn: '2025-12-20',
};
const agree: AgreeFeedContract = { type: 'AgreeFeedContract', data: terms };
const agreed: FeedContractAgreed = { type: 'FeedContractAgreed', data: terms };

const deliver: RecordFeedDelivery = {
  type: 'RecordFeedDelivery',
  data: {
    contractId: 'FC-2026-01',
    deliveryId: 'D-001',
    farmId: 'F01',
    memberId: 'M001',
    feedType: 'LAYER_COMPLETE',
    kg: 2000,
    deliveredOn: '2026-01-10',
  },
};
const delivered: FeedDelivered = {
  type: 'FeedDelivered',
  data: { ...deliver.data, pricePerKgSatang: 1450, amountSatang: 2_900_000 },
};
const withDelivery = (data: Partial<RecordFeedDelivery['data']>): RecordFeedDelivery => ({
  ...deliver,
  data: { ...deliver.data, ...data },
});

describe('agreeing a feed contract', () => {
  it('records the terms and the market price at signing', () => {
    given(feedContractDecider).when(agree).then([agreed]);
  });

  it('accepts a contract valid for a single day', () => {
    const oneDay = { ...terms, validTo: terms.validFrom };
    given(feedContractDecider)
      .when({ ...agree, data: oneDay })
      .then([{ type: 'FeedContractAgreed', data: oneDay }]);
  });

  it('points back to the negotiation it came out of', () => {
    const fromNegotiation = { ...terms, negotiationId: 'FN-2026-Q1' };
    given(feedContractDecider)
      .when({ ...agree, data: fromNegotiation })
      .then([{ type: 'FeedContractAgreed', data: fromNegotiation }]);
  });

  it('is a no-op when the same terms are sent again', () => {
    given(feedContractDecider, [agreed]).when(agree).thenNothing();
  });

  it('treats an absent negotiation id like one left undefined', () => {
    given(feedContractDecider, [agreed])
      .when({ ...agree, data: { ...terms, negotiationId: undefined } })
      .thenNothing();
  });

  it('refuses other terms for an agreed contract', () => {
    given(feedContractDecider, [agreed])
      .when({ ...agree, data: { ...terms, pricePerKgSatang: 1500 } })
      .thenThrows(Conflict, 'feed_contract_already_agreed');
  });

  it('refuses a period that ends before it starts', () => {
    given(feedContractDecider)
      .when({ ...agree, data: { ...terms, validTo: '2025-12-31' } })
      .thenThrows(InvariantViolated, 'invalid_contract_period');
  });
});

describe('recording a feed delivery', () => {
  it('charges the contract price for the kilograms delivered', () => {
    given(feedContractDecider, [agreed]).when(deliver).then([delivered]);
  });

  it('accepts a delivery that fills the contract exactly, on its last day', () => {
    const last = withDelivery({ deliveryId: 'D-002', kg: 8000, deliveredOn: '2026-03-31' });
    given(feedContractDecider, [agreed, delivered])
      .when(last)
      .then([{ type: 'FeedDelivered', data: { ...last.data, pricePerKgSatang: 1450, amountSatang: 11_600_000 } }]);
  });

  it('is a no-op when the same delivery is sent again, even once the contract is full', () => {
    const full: FeedDelivered = {
      type: 'FeedDelivered',
      data: { ...delivered.data, deliveryId: 'D-002', kg: 8000, amountSatang: 11_600_000 },
    };
    given(feedContractDecider, [agreed, delivered, full]).when(deliver).thenNothing();
  });

  it('refuses other details for a recorded delivery', () => {
    given(feedContractDecider, [agreed, delivered])
      .when(withDelivery({ kg: 2100 }))
      .thenThrows(Conflict, 'delivery_already_recorded');
  });

  it("records a delivery its contract's supplier states, and refuses one another supplier states, repeat or not", () => {
    given(feedContractDecider, [agreed])
      .when(withDelivery({ supplierId: 'SUP-CPF' }))
      .then([delivered]);
    given(feedContractDecider, [agreed])
      .when(withDelivery({ supplierId: 'SUP-OTHER' }))
      .thenThrows(InvariantViolated, 'supplier_mismatch');
    given(feedContractDecider, [agreed, delivered])
      .when(withDelivery({ supplierId: 'SUP-OTHER' }))
      .thenThrows(InvariantViolated, 'supplier_mismatch');
  });

  it('refuses a delivery without a contract', () => {
    given(feedContractDecider).when(deliver).thenThrows(NotFound, 'contract_not_found');
  });

  it('refuses a feed type the contract does not cover', () => {
    given(feedContractDecider, [agreed])
      .when(withDelivery({ feedType: 'PULLET_GROWER' }))
      .thenThrows(InvariantViolated, 'feed_type_mismatch');
  });

  it.each(['2025-12-31', '2026-04-01'])('refuses a delivery on %s, outside the contract period', (deliveredOn) => {
    given(feedContractDecider, [agreed])
      .when(withDelivery({ deliveredOn }))
      .thenThrows(InvariantViolated, 'outside_contract_period');
  });

  it('refuses to exceed the contract volume and says how much is left', () => {
    const error = given(feedContractDecider, [agreed, delivered])
      .when(withDelivery({ deliveryId: 'D-002', kg: 8001 }))
      .thenThrows(InvariantViolated, 'contract_volume_exceeded');
    expect(error.details).toEqual({
      volumeKg: 10_000,
      deliveredKg: 2000,
      openOrderKg: 0,
      remainingKg: 8000,
      requestedKg: 8001,
    });
  });
});
