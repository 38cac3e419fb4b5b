import { InvariantViolated } from '@khai/core';

import { type AgreedFeedContract, committedKg, openOrderKg } from './feed-contract.state';

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
