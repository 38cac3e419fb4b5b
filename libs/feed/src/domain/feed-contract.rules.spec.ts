import { InvariantViolated } from '@khai/core';

import { requireDeliveriesOfItsContract } from './feed-contract.rules';
import type { FeedContractState } from './feed-contract.state';
import type { ReceiveFeedInvoice } from './feed-invoice.decider';

const contract = {
  status: 'agreed',
  contract: { contractId: 'FC-1', supplierId: 'SUP-CPF', pricePerKgSatang: 1_450 },
  deliveries: new Map([['D-1', {}]]),
} as unknown as FeedContractState;
const invoice = {
  invoiceId: 'INV-1',
  contractId: 'FC-1',
  supplierId: 'SUP-CPF',
  contractPricePerKgSatang: 1_450,
  deliveryIds: ['D-1'],
} as unknown as ReceiveFeedInvoice['data'];

const codeOf = (rule: () => void): string | undefined => {
  try {
    rule();
  } catch (error) {
    if (error instanceof InvariantViolated) return error.code;
    throw error;
  }
  return undefined;
};

describe('a feed invoice against its contract', () => {
  it('goes on for the contract’s supplier, price and deliveries', () => {
    expect(codeOf(() => requireDeliveriesOfItsContract(invoice, contract))).toBeUndefined();
  });

  const none: FeedContractState = { status: 'none' };
  it.each([
    [{}, none, 'feed_contract_not_found'],
    [{ supplierId: 'SUP-OTHER' }, contract, 'supplier_mismatch'],
    [{ contractPricePerKgSatang: 1_500 }, contract, 'contract_price_mismatch'],
    [{ deliveryIds: ['D-1', 'D-9'] }, contract, 'delivery_not_of_contract'],
  ])('refuses %j: %s', (change, state, code) => {
    expect(codeOf(() => requireDeliveriesOfItsContract({ ...invoice, ...change }, state))).toBe(code);
  });
});
