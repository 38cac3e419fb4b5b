import { InvariantViolated } from '@khai/core';

import type { PriceNegotiationState } from './price-negotiation.state';
import { requireAgreedPrices, requireConfirmedOrder, requireSameBuyer } from './references.rules';
import type { SalesOrderState } from './sales-order.state';

const negotiation = {
  negotiationId: 'N-1',
  buyerId: 'B-makro',
  openedOn: '2026-10-01',
} as unknown as Extract<PriceNegotiationState, { status: 'open' }>['negotiation'];
const agreed: PriceNegotiationState = {
  status: 'agreed',
  negotiation,
  rounds: [],
  agreement: {
    negotiationId: 'N-1',
    buyerId: 'B-makro',
    agreedOn: '2026-10-10',
    prices: [
      { size: 2, satangPerEgg: 365 },
      { size: 3, satangPerEgg: 340 },
    ],
    validFrom: '2026-10-15',
    validTo: '2026-12-31',
    rounds: 3,
  },
};
const noNegotiation: PriceNegotiationState = { status: 'none' };
const noOrder: SalesOrderState = { status: 'none' };
const order = {
  orderId: 'SO-1',
  buyerId: 'B-makro',
  negotiationId: 'N-1',
  orderedOn: '2026-11-20',
  deliveryOn: '2026-11-26',
  lines: [{ size: 2 as const, trays: 10, satangPerEgg: 365 }],
};

const refusal = (rule: () => void): InvariantViolated => {
  try {
    rule();
  } catch (error) {
    if (error instanceof InvariantViolated) return error;
    throw error;
  }
  throw new Error('the rule let it through');
};

describe('a contract order against its negotiation', () => {
  it('goes on at the agreed prices, within the validity, with the same buyer', () => {
    expect(() => requireAgreedPrices(order, agreed)).not.toThrow();
  });

  it.each([
    [{}, noNegotiation, 'negotiation_not_agreed'],
    [{ buyerId: 'B-other' }, agreed, 'buyer_mismatch'],
    [{ orderedOn: '2027-01-01' }, agreed, 'outside_agreed_validity'],
    [{ lines: [{ size: 0 as const, trays: 1, satangPerEgg: 420 }] }, agreed, 'size_not_agreed'],
    [{ lines: [{ size: 2 as const, trays: 1, satangPerEgg: 366 }] }, agreed, 'contract_price_mismatch'],
  ])('refuses %j: %s', (change, state, code) => {
    expect(refusal(() => requireAgreedPrices({ ...order, ...change }, state)).code).toBe(code);
  });
});

describe('a shipment against its order', () => {
  const confirmed = {
    status: 'confirmed',
    order: { ...order, lines: [{ size: 2, trays: 10, satangPerEgg: 365, eggs: 300, amountSatang: 109_500 }] },
    payments: [],
    paidSatang: 0,
    dispatches: [],
  } as unknown as SalesOrderState;
  const plan = {
    shipmentId: 'SH-1',
    orderId: 'SO-1',
    buyerId: 'B-makro',
    plannedOn: '2026-11-25',
    items: [
      { lotId: 'L-1', size: 2 as const, trays: 6 },
      { lotId: 'L-2', size: 2 as const, trays: 4 },
    ],
  };

  it('goes on for a confirmed order, its buyer, its sizes and at most its trays', () => {
    expect(() => requireConfirmedOrder(plan, confirmed)).not.toThrow();
  });

  it.each([
    [{}, noOrder, 'sales_order_not_confirmed'],
    [{ buyerId: 'B-other' }, confirmed, 'buyer_mismatch'],
    [{ plannedOn: '2026-11-19' }, confirmed, 'date_out_of_order'],
    [{ items: [{ lotId: 'L-1', size: 3 as const, trays: 1 }] }, confirmed, 'size_not_ordered'],
    [{ items: [...plan.items, { lotId: 'L-3', size: 2 as const, trays: 1 }] }, confirmed, 'more_than_ordered'],
  ])('refuses %j: %s', (change, state, code) => {
    expect(refusal(() => requireConfirmedOrder({ ...plan, ...change }, state)).code).toBe(code);
  });
});

it('names both buyers when the buyer is not the party', () => {
  expect(refusal(() => requireSameBuyer('B-other', 'B-makro', 'order SO-1', { orderId: 'SO-1' })).details).toEqual({
    orderId: 'SO-1',
    buyerId: 'B-other',
    partyBuyerId: 'B-makro',
  });
});
