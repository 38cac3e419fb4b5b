import { InvariantViolated } from '@khai/core';

import { type AgreedFeedContract, committedKg, type FeedContractState, openOrderKg } from './feed-contract.state';
import type { ReceiveFeedInvoice } from './feed-invoice.decider';

export function assertWithinPeriod(state: AgreedFeedContract, day: string): void {
  const { validFrom, validTo } = state.contract;
  if (day < validFrom || day > validTo) {
    throw new InvariantViolated('outside_contract_period', `${day} is outside the contract period`, {
      validFrom,
      validTo,
    });
  }
}

/** The volume is never exceeded silently: open orders and deliveries together stay within it. */
export function assertVolumeLeft(state: AgreedFeedContract, requestedKg: number): void {
  const { volumeKg } = state.contract;
  const remainingKg = volumeKg - committedKg(state);
  if (requestedKg > remainingKg) {
    throw new InvariantViolated(
      'contract_volume_exceeded',
      `${requestedKg} kg exceeds the ${remainingKg} kg left on the contract`,
      { volumeKg, deliveredKg: state.deliveredKg, openOrderKg: openOrderKg(state), remainingKg, requestedKg },
    );
  }
}

/**
 * What the invoice's own stream cannot know, read from the contract's by the use case: the contract is agreed, with this
 * supplier and at the contract price the invoice states, and every delivery it lists was recorded on it. That
 * the lines match the deliveries listed, add up and are at the stated price is the decider's.
 */
export function requireDeliveriesOfItsContract(d: ReceiveFeedInvoice['data'], state: FeedContractState): void {
  const { contractId } = d;
  if (state.status === 'none') {
    throw new InvariantViolated('feed_contract_not_found', `no feed contract ${contractId} is agreed`, { contractId });
  }
  const { supplierId, pricePerKgSatang } = state.contract;
  if (supplierId !== d.supplierId) {
    throw new InvariantViolated(
      'supplier_mismatch',
      `feed contract ${contractId} is with supplier ${supplierId}, not ${d.supplierId}`,
      { contractId, contractSupplierId: supplierId },
    );
  }
  if (pricePerKgSatang !== d.contractPricePerKgSatang) {
    throw new InvariantViolated(
      'contract_price_mismatch',
      `feed contract ${contractId} is at ${pricePerKgSatang} satang/kg, not ${d.contractPricePerKgSatang}`,
      { contractId, contractPricePerKgSatang: pricePerKgSatang },
    );
  }
  const strangers = d.deliveryIds.filter((deliveryId) => !state.deliveries.has(deliveryId));
  if (strangers.length > 0) {
    throw new InvariantViolated(
      'delivery_not_of_contract',
      `no delivery ${strangers.join(', ')} is recorded on feed contract ${contractId}`,
      { contractId, deliveryIds: strangers },
    );
  }
}
